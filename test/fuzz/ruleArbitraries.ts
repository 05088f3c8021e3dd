// Generators for the rule-language fuzz runs (issue 12): `when` expressions (every operator, odd
// fields, literals, regexes that RE2 refuses, named and inline lists), shapes at size, random edits,
// and rule files written carefully or carelessly. Seeded lists, so every run is the same.
import fc from "fast-check";
import { stringify } from "yaml";
import { Re2 } from "../../lib/rules/re2.js";
import type { RuleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";

/** The fields the generated rules are checked against. */
export const schema: RuleFieldSchema = {
  title: "string",
  description: "string",
  category: "string",
  brand: "string",
  price_krw: "number",
  views: "number",
  created_at: "timestamp",
  verified: "boolean",
};
/** The text fields of {@link schema}. */
export const textFields = ["title", "description", "category", "brand"];
const fields = [...Object.keys(schema), "titel", "price", "__proto__", "constructor", "a.b", "_"];

// Seeded words so the big lists are the same on every run.
function words(count: number, seed: number, hangul: boolean): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
      hangul
        ? String.fromCharCode(0xac00 + Math.floor(next() * 11172))
        : String.fromCharCode(97 + Math.floor(next() * 26)),
    ).join(""),
  );
}
/** Named lists: odd entries, an empty one, 300 Hangul and 300 Latin words. */
export const lists: Record<string, readonly string[]> = {
  brands: ["Chanel", "Gucci", "Ｇｕｃｃｉ", "Louis Vuitton", "샤넬", "😀", ""],
  keywords: ["레플리카", "replica", "미러급", "SA급", "1:1", "r3pl1ca", "a.b", "(x", "\\1", "\0"],
  empty: [],
  hangul: words(300, 3, true),
  latin: words(300, 5, false),
};

const keyword = (word: string) =>
  fc.constantFrom(word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1));

// Strings as a rule author might write them, then quoted with the escapes the tokenizer knows.
const stringValues = [
  "bags",
  "Bags",
  "bags ",
  "가방",
  "😀",
  "é",
  "e\u0301",
  "\uD800",
  "",
  "'",
  '"',
  "\\",
  "\\1",
  "a\nb",
  "\t",
  "\0",
  "%",
  "_",
  "replica",
  "레플리카",
  "SA급",
  "Chanel",
  "Ｇｕｃｃｉ",
  "2026-09-15T00:00:00+09:00",
  "2026-09-15",
  "2026-09-15 00:00",
  "2026-09-14T15:00:00Z",
  "2026-02-30",
  "9999-12-31T23:59:59Z",
  "0000-01-01",
  "2026-09-15T00:00:00.123456789+0900",
  "not a time",
  "\u202Egpj.exe",
  "x".repeat(300),
];
const quoteString = (value: string, quote: string) =>
  quote +
  value
    .replaceAll("\\", "\\\\")
    .replaceAll(quote, "\\" + quote)
    .replaceAll("\n", "\\n") +
  quote;
const stringLiteral = fc
  .tuple(fc.constantFrom(...stringValues), fc.constantFrom('"', "'"))
  .map(([v, q]) => quoteString(v, q));
const numberLiteral = fc.constantFrom(
  "0",
  "1",
  "-5",
  "3.5",
  "49_999",
  "50000",
  "100_000",
  "1e9",
  "1e400",
  "-1e400",
  "1e-400",
  "0.1",
  "9007199254740993",
  "-0",
  "1e21",
  "5000",
  "101",
);
const literal = fc.oneof(
  stringLiteral,
  numberLiteral,
  keyword("true"),
  keyword("false"),
  keyword("null"),
);

/** Pieces of user regexes: backtracking traps, features RE2 refuses, broken syntax, odd Unicode. */
export const regexFragments = [
  "replica",
  "레플리카",
  "(a+)+$",
  "\\d{3,4}",
  "[가-힣]+",
  "^$",
  "",
  ".*",
  "\\1",
  "(?=x)",
  "(?!x)",
  "(?<=x)",
  "a++",
  "a{1001}",
  "a{2,1}",
  "(",
  ")",
  "[",
  "[z-a]",
  "\\p{Hangul}",
  "\\pL",
  "\\x00",
  "\0",
  "\\/",
  "\\b",
  "(?i)abc",
  "(?P<n>x)",
  "\\Q.*\\E",
  "x*?",
  "\\C",
  "[[:alpha:]]",
  "é",
  "😀",
  "\uD800",
  "^",
  "$",
  "|",
  "a|",
  "\\\\",
  "'",
  '"',
  "%",
  "_",
  "\\n",
  "\n",
  "(?s).",
  "(?m)^a$",
  ".{0,1000}",
  "[^\\x00-\\x7F]",
  "SA급",
  "1:1",
  "\\s+",
  "[0-9]{2,}",
  "(?i)chanel",
  "\u202E",
];
/** A pattern written in a rule: a slash inside is escaped as \/ (the tokenizer's only escape). */
export const regexLiteral = fc
  .tuple(
    fc.array(fc.constantFrom(...regexFragments), { minLength: 1, maxLength: 4 }),
    fc.subarray(["i", "m", "s"]),
    fc.constantFrom("", "", "", "", "", "", "", "x", "ii"),
  )
  .map(([parts, flags, odd]) => {
    let pattern = "";
    for (const c of parts.join("")) pattern += c === "/" ? "\\/" : c;
    if (pattern.endsWith("\\") && !pattern.endsWith("\\\\")) pattern += "\\";
    return `/${pattern}/${flags.join("")}${odd}`;
  });

const listOperand = fc.oneof(
  fc.constantFrom(
    "$brands",
    "$keywords",
    "$empty",
    "$hangul",
    "$latin",
    "$missing",
    "$",
    "$constructor",
    "$__proto__",
    "$toString",
  ),
  fc
    .tuple(fc.array(literal, { minLength: 1, maxLength: 5 }), fc.constantFrom("[]", "()"))
    .map(([values, [open, close]]) => `${open}${values.join(", ")}${close}`),
);

const field = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.keys(schema)) },
  { weight: 1, arbitrary: fc.constantFrom(...fields) },
);
const textField = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...textFields) },
  { weight: 1, arbitrary: fc.constantFrom(...fields) },
);

const comparison = fc.constantFrom("=", "!=", "<", "<=", ">", ">=");
const timeLiteral = fc
  .tuple(
    fc.constantFrom(...stringValues.filter((v) => /^\d{4}-/.test(v))),
    fc.constantFrom('"', "'"),
  )
  .map(([v, q]) => quoteString(v, q));
// A comparison whose literal suits the field's kind (a careful author), most of the time.
const typedComparison = fc.oneof(
  fc.tuple(fc.constantFrom(...textFields), comparison, stringLiteral),
  fc.tuple(fc.constantFrom("price_krw", "views"), comparison, numberLiteral),
  fc.tuple(fc.constantFrom("created_at"), comparison, timeLiteral),
  fc.tuple(
    fc.constantFrom("verified"),
    fc.constantFrom("=", "!="),
    fc.oneof(keyword("true"), keyword("false")),
  ),
);

/** One predicate of a `when` expression, on a field of {@link schema} or an odd name. */
export const predicate = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.tuple(field, comparison, literal).map(([f, op, v]) => `${f} ${op} ${v}`),
  },
  { weight: 2, arbitrary: typedComparison.map((p) => p.join(" ")) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(textField, fc.constantFrom("~", "!~"), regexLiteral)
      .map((p) => p.join(" ")),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(field, fc.constantFrom("", "not "), keyword("in"), listOperand)
      .map(([f, not, kw, list]) => `${f} ${not}${kw} ${list}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        textField,
        fc.constantFrom("contains_any", "contains_word", "CONTAINS_ANY"),
        listOperand,
      )
      .map((p) => p.join(" ")),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(field, keyword("is"), fc.constantFrom("", "not ", "NOT "), keyword("null"))
      .map(([f, is, not, nul]) => `${f} ${is} ${not}${nul}`),
  },
);

// The fragments RE2 takes (so a careful author's regexes compile).
const re2Fragments = regexFragments.filter((f) => {
  try {
    new Re2(f, "u");
    return !["(", ")", "[", "\\", "\uD800", "\0"].includes(f);
  } catch {
    return false;
  }
});
// A predicate as a careful author writes it: known fields, fitting values, lists that exist.
const carefulPredicate = fc.oneof(
  typedComparison.map((p) => p.join(" ")),
  fc
    .tuple(
      fc.constantFrom(...textFields),
      fc.constantFrom("~", "!~"),
      fc.array(fc.constantFrom(...re2Fragments), { minLength: 1, maxLength: 3 }),
      fc.constantFrom("", "i", "is", "m"),
    )
    .map(
      ([f, op, parts, flags]) => `${f} ${op} /${parts.join("").replaceAll("/", "\\/")}/${flags}`,
    ),
  fc
    .tuple(
      fc.constantFrom(...textFields),
      fc.constantFrom("contains_any", "contains_word", "in", "not in"),
      fc.constantFrom("$brands", "$keywords", "$hangul", "$latin", "$empty", '["가방", "bags"]'),
    )
    .map((p) => p.join(" ")),
  fc
    .tuple(fc.constantFrom(...Object.keys(schema)), fc.constantFrom("is null", "is not null"))
    .map((p) => p.join(" ")),
);

function expressionOf(leaf: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(keyword("not"), tie("expr")).map(([not, e]) => `${not} ${e}`),
      tie("expr").map((e) => `(${e})`),
      fc
        .tuple(tie("expr"), fc.oneof(keyword("and"), keyword("or")), tie("expr"))
        .map(([a, op, b]) => `${a} ${op} ${b}`),
    ),
  })).expr;
}

/** A `when` expression: predicates under not, parentheses, and, or (any keyword case). */
export const expression = expressionOf(predicate);

/** A `when` expression a careful author writes: it compiles unless the fields' types say no. */
export const carefulExpression = expressionOf(carefulPredicate);

/** Shapes at size: long flat chains, deep nesting, not-chains, huge inline lists, long alternations. */
export const atSize = fc.oneof(
  fc
    .tuple(fc.integer({ min: 500, max: 3_000 }), fc.constantFrom("and", "or", "mixed"), predicate)
    .map(([n, op, p]) =>
      Array.from({ length: n }, (_, i) =>
        op === "mixed" ? (i % 3 === 0 ? `not ${p}` : p) : p,
      ).join(op === "mixed" ? " or " : ` ${op} `),
    ),
  fc
    .tuple(fc.integer({ min: 150, max: 260 }), predicate)
    .map(([depth, p]) => "(".repeat(depth) + p + ")".repeat(depth)),
  fc.tuple(fc.integer({ min: 150, max: 5_000 }), predicate).map(([n, p]) => "not ".repeat(n) + p),
  fc.tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.boolean()).map(
    ([n, hangul]) =>
      `title contains_any [${words(n, n, hangul)
        .map((w) => JSON.stringify(w))
        .join(", ")}]`,
  ),
  fc.integer({ min: 100, max: 3_000 }).map((n) => `title ~ /${words(n, n + 1, false).join("|")}/i`),
);

/** Random edits of a text: delete or duplicate a slice, insert a piece, or cut the rest. */
export const mutated = (source: fc.Arbitrary<string>) =>
  fc
    .tuple(
      source,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.nat({ max: 12 }),
          fc.constantFrom("delete", "duplicate", "insert", "insert", "truncate"),
          fc.constantFrom(
            ..."()[],$/\\\"'~!=<> \n\t",
            "and",
            "not",
            "\uFEFF",
            "\u200B",
            "가",
            "😀",
            "\uD800",
            "\0",
            ":",
            "#",
            "- ",
            "  ",
          ),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([text, edits]) => {
      let out = text;
      for (const [at, length, kind, piece] of edits) {
        const i = out.length ? at % (out.length + 1) : 0;
        if (kind === "delete") out = out.slice(0, i) + out.slice(i + length);
        else if (kind === "truncate") out = out.slice(0, i);
        else if (kind === "duplicate") out = out.slice(0, i + length) + out.slice(i);
        else out = out.slice(0, i) + piece + out.slice(i);
      }
      return out;
    });

/** `normalize` values: the first seven valid, the rest errors. */
export const normalizeValues = [
  undefined,
  "all",
  ["nfkc", "zero_width"],
  ["casefold"],
  ["leet", "spaces", "confusables"],
  "nfkc, spaces",
  { title: ["casefold", "leet"], description: "all" },
  ["bogus"],
  5,
  { title: "nope" },
];
// A rule as a careless or hostile author writes it: odd ids, types, actions, normalisations.
const hostileRule = fc.record(
  {
    id: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("r1", "r2", "cf.keywords-2", "_x", "r1") },
      {
        weight: 1,
        arbitrary: fc.constantFrom("", "a b", "1", "é", "__proto__", "toString", 7, null),
      },
    ),
    name: fc.constantFrom("Rule", "규칙 \u202E", "", 5),
    action: fc.constantFrom("review", "block", "tag", "ban", undefined),
    enabled: fc.constantFrom(true, true, true, false, "yes", 1, undefined),
    normalize: fc.constantFrom(...normalizeValues),
    when: fc.oneof(
      { weight: 8, arbitrary: expression },
      { weight: 2, arbitrary: mutated(expression) },
      { weight: 1, arbitrary: fc.constantFrom(null, "", 5, true, ["title = 'x'"], { a: 1 }) },
    ),
    enabeld: fc.constantFrom(undefined, true),
  },
  { requiredKeys: ["id", "when"] },
);

// A rule as a careful author writes it: only the `when` expression can be wrong.
const cleanIds = ["r1", "r2", "r3", "cf.keywords-2", "_x"];
const cleanRule = fc.record(
  {
    id: fc.constantFrom(...cleanIds),
    name: fc.constantFrom("Rule", "규칙 \u202E", ""),
    action: fc.constantFrom("review", "block", "tag", undefined),
    enabled: fc.constantFrom(true, true, true, false, undefined),
    normalize: fc.constantFrom(...normalizeValues.slice(0, 7)),
    when: fc.oneof(expression, carefulExpression),
  },
  { requiredKeys: ["id", "when"] },
);
const rule = fc.oneof({ weight: 3, arbitrary: cleanRule }, { weight: 1, arbitrary: hostileRule });
// Rules with distinct ids most of the time (a duplicate id is one of the errors generated).
const ruleList = (maxLength: number) =>
  fc
    .tuple(fc.array(rule, { minLength: 1, maxLength }), fc.boolean(), fc.boolean())
    .map(([list, unique, unique2]) =>
      unique || unique2
        ? list.map((r, i) => (cleanIds.includes(r.id as string) ? { ...r, id: `${r.id}_${i}` } : r))
        : list,
    );

/** The text of a rule file: rules as a list or under `rules:`, edited at random, with a BOM, CRLF or tabs. */
export const ruleFileText = fc.oneof(
  {
    weight: 6,
    arbitrary: ruleList(4).map((rules) => stringify(rules)),
  },
  {
    weight: 1,
    arbitrary: ruleList(4).map((rules) => stringify({ rules })),
  },
  {
    weight: 2,
    arbitrary: mutated(ruleList(3).map((rules) => stringify(rules))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(ruleList(3), fc.constantFrom("\uFEFF", "\r\n", "\t"))
      .map(([rules, odd]) => {
        const text = stringify(rules);
        return odd === "\uFEFF"
          ? odd + text
          : text.replaceAll("\n", odd === "\t" ? "\n\t" : "\r\n");
      }),
  },
);
