/** The kinds of token in a `when` expression. */
export type RuleTokenKind =
  "ident" | "keyword" | "string" | "number" | "regex" | "listRef" | "op" | "punct" | "end";

/**
 * One token of a `when` expression with its 0-based offsets; keywords are lower-cased in `value`,
 * strings are unescaped, a regex token keeps the raw pattern and its flags.
 * @example const t: RuleToken = { kind: "keyword", value: "and", start: 6, end: 9 };
 */
export interface RuleToken {
  kind: RuleTokenKind;
  value: string;
  flags?: string;
  start: number;
  end: number;
}
