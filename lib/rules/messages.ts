// Every user-facing message of the rules module, in one template: what is invalid, the value, the
// fix. Positions (file, rule, line, column, caret) are added by formatRuleDiagnostic.
import type { RuleToken } from "./RuleToken.js";

/** Quotes a value for a message, cut to 60 characters. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const describeToken = (t: RuleToken) =>
  t.kind === "end" ? "the end of the expression" : `${quote(t.value)}`;

export const expected = {
  closeParen: 'a closing ")"',
  field: "a field name (e.g. title, price_krw)",
  in: '"in" after "not" (write field not in [...])',
  null: '"null" (write field is null or field is not null)',
  operator: "an operator: = != < <= > >= ~ !~ in, not in, contains_any, contains_word, is null",
  list: 'a list: [ "a", "b" ] or a named list $name',
  regex: "a /pattern/ (write e.g. title ~ /r[e3]pl[i1]ca/i)",
  listSeparator: (close: string) => `"," or "${close}" in the list`,
  literal: 'a value: "text", a number, true or false',
  notNull: 'a value; to test for a missing value write "field is null"',
  endOrBoolean: '"and", "or" or the end of the expression',
};

// --- syntax --------------------------------------------------------------------------------
export const unexpectedToken = (t: RuleToken, what: string) =>
  `expected ${what} but found ${describeToken(t)}`;
export const unexpectedCharacter = (c: string) =>
  `unexpected character ${quote(c)}; operators are = != < <= > >= ~ !~, strings are quoted`;
export const regexExpected = (c: string) =>
  `expected a /pattern/ after ~ but found ${quote(c)}; write e.g. title ~ /r[e3]pl[i1]ca/i`;
export const unterminatedRegex = () =>
  `the regex is not closed; end it with "/" (write \\/ for a slash inside)`;
export const unknownRegexFlag = (f: string) =>
  `unknown regex flag ${quote(f)}; the flags are i (ignore case), m (multi-line ^ $), s (. matches newline)`;
export const repeatedRegexFlag = (f: string) =>
  `regex flag ${quote(f)} is given twice; give it once`;
export const unterminatedString = (q: string) => `the string is not closed; end it with ${q}`;
export const badStringEscape = (e: string) =>
  `unknown escape ${quote(e)} in a string; the escapes are \\" \\' \\\\ \\n \\t \\r`;
export const listNameExpected = () =>
  `"$" must be followed by a list name, e.g. $counterfeit_keywords`;
export const tooDeep = (max: number) =>
  `the expression nests more than ${max} levels deep; split it into several rules`;

// --- rule file -----------------------------------------------------------------------------
export const invalidYaml = (detail: string) => `invalid YAML: ${detail}`;
export const notAList = () =>
  `the rule file must be a YAML list of rules (each starting with "- id: ..."), or a map with a "rules:" list`;
export const ruleNotAMap = (index: number) =>
  `rule #${index + 1} is not a map; write it as "- id: ...", "when: ..." and the other keys`;
export const missingKey = (key: string) => `the rule has no ${quote(key)}; add "${key}: ..."`;
export const badKeyType = (key: string, value: unknown, want: string) =>
  `${key} is ${quote(value)}; it must be ${want}`;
export const badId = (id: string) =>
  `rule id ${quote(id)} is not a valid id; use letters, digits, "_" and "-" (e.g. cf_keywords)`;
export const duplicateId = (id: string, firstLine: number | undefined) =>
  `rule id ${quote(id)} is used twice${firstLine ? ` (first on line ${firstLine})` : ""}; give every rule its own id`;
export const badAction = (value: unknown) =>
  `action ${quote(value)} is not one of block, review, tag; pick the one the rule should take`;
export const unknownKey = (key: string, hint: string | undefined) =>
  `unknown key ${quote(key)}${hint ? `; did you mean ${quote(hint)}?` : ""}; it is ignored`;
export const badNormalizeStep = (step: unknown, steps: readonly string[]) =>
  `normalize step ${quote(step)} is unknown; the steps are ${steps.join(", ")}`;
export const badNormalize = (value: unknown) =>
  `normalize is ${quote(value)}; write a list of steps ([nfkc, zero_width, casefold, confusables, leet, spaces]) or a map from field to such a list`;
export const missingListFile = (name: string, dir: string) =>
  `list $${name} has no file ${dir}/${name}.txt; create it (one entry per line) or fix the name`;

// --- schema checks -------------------------------------------------------------------------
export const unknownField = (field: string, hint: string | undefined, fields: readonly string[]) =>
  `unknown field ${quote(field)}${hint ? `; did you mean ${quote(hint)}?` : `; the fields are ${fields.slice(0, 12).join(", ")}${fields.length > 12 ? ", …" : ""}`}`;
export const unknownList = (name: string, hint: string | undefined) =>
  `unknown list $${name}${hint ? `; did you mean $${hint}?` : ""}; add data/lists/${name}.txt or fix the name`;
export const textOperatorOnNonText = (op: string, field: string, kind: string) =>
  `${op} needs a text field but ${field} is a ${kind}; compare it with = < > instead`;
export const literalTypeMismatch = (field: string, kind: string, value: unknown) =>
  `${field} is a ${kind} but is compared with ${quote(value)}; write a ${kind === "timestamp" ? 'quoted ISO time such as "2026-09-15T00:00:00+09:00"' : kind} value`;
export const orderOnBoolean = (field: string, op: string) =>
  `${field} is a boolean; ${op} is meaningless on it, use = or !=`;
export const namedListOnNonText = (field: string, kind: string) =>
  `${field} is a ${kind} but named lists hold text; write the values inline, e.g. ${field} in [1, 2]`;

// --- regex ---------------------------------------------------------------------------------
export const regexFeature = (pattern: string, feature: string, detail: string) =>
  `unsupported regex feature ${feature} in /${pattern.length > 40 ? `${pattern.slice(0, 39)}…` : pattern}/; RE2 has none (it guarantees linear time). ${detail}`;
export const invalidRegex = (pattern: string, reason: string) =>
  `invalid regex /${pattern.length > 40 ? `${pattern.slice(0, 39)}…` : pattern}/: ${reason}; RE2 syntax is documented at https://github.com/google/re2/wiki/Syntax`;
export const patternTooLong = (length: number, max: number) =>
  `the pattern is ${length} characters long, over the limit of ${max}; split it into several rules or move the words to a list with contains_any`;
export const listTooLarge = (name: string, entries: number, reason: string, fit: number) =>
  `list $${name} has ${entries} entries and RE2 cannot compile it (${reason}); the first ${fit} fit, so split it into lists of at most ${Math.floor(fit * 0.9)} entries, or use "in $${name}" for exact matches`;
export const setTooLarge = (field: string, patterns: number, fit: number) =>
  `the ${patterns} patterns over ${field} are too large for one RE2.Set (the first ${fit} fit); split the rules over several rule files or shorten the lists`;

// --- lint ----------------------------------------------------------------------------------
export const neverMatches = (why: string) => `the rule can never match: ${why}; fix the condition`;
export const duplicateRule = (other: string) =>
  `the rule has the same condition as ${quote(other)}; remove one or change it`;
export const matchesEmpty = (pattern: string) =>
  `the pattern /${pattern}/ matches the empty string, so it matches every non-null value; anchor or tighten it`;
export const emptyList = (name: string) =>
  `list $${name} is empty, so nothing can match it; add entries`;

// --- data and labels -----------------------------------------------------------------------
export const invalidUtf16 = (field: string, rows: number, example: number) =>
  `${field} has ${rows} value(s) with invalid UTF-16 (lone surrogates, first at row ${example + 1}); they were matched with U+FFFD in their place`;
export const missingLabel = (
  column: string,
  columns: readonly string[],
  hint: string | undefined,
) =>
  `label column ${quote(column)} is not in the data${hint ? `; did you mean ${quote(hint)}?` : `; the columns are ${columns.slice(0, 12).join(", ")}`} (pass --label <column>)`;
export const badLabel = (column: string, row: number, value: unknown) =>
  `label column ${quote(column)} has ${quote(value)} at row ${row + 1}; labels must be true/false, 1/0 or "true"/"false" (empty for unlabeled)`;
export const noLabels = (column: string) =>
  `label column ${quote(column)} has no labeled row; precision and recall are NaN`;
export const emptyData = () => `the data has no rows; there is nothing to evaluate`;
export const missingColumn = (column: string, option: string, hint: string | undefined) =>
  `${option} column ${quote(column)} is not in the data${hint ? `; did you mean ${quote(hint)}?` : ""}`;
export const rulesHaveErrors = (count: number, first: string) =>
  `the rules have ${count} error(s); the first: ${first}`;
export const duckDbFailed = (detail: string) =>
  `DuckDB could not run the compiled rules: ${detail}`;
