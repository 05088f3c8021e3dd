import { Re2 } from "./re2.js";
import { normalizeText, type NormalizationStep } from "./normalizeText.js";
import * as msg from "./messages.js";

/** Options for {@link regexPattern} and {@link keywordPattern}. */
export interface TextPatternOptions {
  /** Longest accepted user pattern in characters (default 10,000). */
  maxLength?: number;
}

/** An RE2 source ready for a Set and for SQL, or the reason it cannot be used. */
export type TextPatternResult =
  | { ok: true; source: string; matchesEmpty: boolean }
  | { ok: false; message: string; code: string };

const FEATURES: [RegExp, string, string][] = [
  [
    /invalid escape sequence: \\[1-9]/,
    "backreference (\\1)",
    "Match the repeated text explicitly or in a second rule.",
  ],
  [
    /invalid perl operator: \(\?[=!]/,
    "lookahead ((?= or (?!)",
    "Combine two conditions with and / and not instead.",
  ],
  [
    /invalid perl operator: \(\?<[=!]/,
    "lookbehind ((?<= or (?<!)",
    "Combine two conditions with and / and not instead.",
  ],
  [
    /bad repetition operator: [*+?]\+/,
    "possessive quantifier (*+, ++, ?+)",
    "Drop the extra +; RE2 never backtracks anyway.",
  ],
  [/invalid repetition size/, "repetition count over 1000", "Use a smaller {n,m} or + / *."],
];

/**
 * Compiles a user regex (`field ~ /pattern/flags`) to RE2 syntax with inline flags (`casefold`
 * adds `i`); RE2's errors name the unsupported feature.
 * @example regexPattern("r[e3]pl[i1]ca", "i", []); // { ok: true, source: "(?i)r[e3]pl[i1]ca", … }
 */
export function regexPattern(
  pattern: string,
  flags: string,
  steps: readonly NormalizationStep[],
  options: TextPatternOptions = {},
): TextPatternResult {
  const { maxLength = 10_000 } = options;
  if (pattern.length > maxLength)
    return {
      ok: false,
      code: "pattern-too-long",
      message: msg.patternTooLong(pattern.length, maxLength),
    };
  const all = [...new Set([...flags, ...(steps.includes("casefold") ? ["i"] : [])])]
    .sort()
    .join("");
  return compile(all ? `(?${all})${pattern}` : pattern, (reason) => {
    const feature = FEATURES.find(([re]) => re.test(reason));
    return feature
      ? { code: "regex-feature", message: msg.regexFeature(pattern, feature[1], feature[2]) }
      : { code: "regex", message: msg.invalidRegex(pattern, reason) };
  });
}

/**
 * Compiles a keyword list to one case-insensitive RE2 alternation: each keyword normalised with
 * the field's steps, escaped, deduplicated; `words` requires a non-letter, non-digit (or the text
 * edge) on both sides, which works for Hangul too (RE2's \b is ASCII-only). An empty list never
 * matches.
 * @example keywordPattern("brands", ["Gucci", "L.V"], false, []).source; // "(?i)(?:Gucci|L\\.V)"
 */
export function keywordPattern(
  listName: string,
  keywords: readonly string[],
  words: boolean,
  steps: readonly NormalizationStep[],
): TextPatternResult {
  const normalized = [...new Set(keywords.map((k) => normalizeText(k, steps)).filter(Boolean))];
  if (normalized.length === 0)
    return { ok: true, source: "[^\\x00-\\x{10FFFF}]", matchesEmpty: false };
  const body = `(?:${normalized.map(escapeRe2).join("|")})`;
  const source = words ? `(?i)(?:^|[^\\pL\\pN_])${body}(?:[^\\pL\\pN_]|$)` : `(?i)${body}`;
  return compile(source, (reason) => ({
    code: "list-too-large",
    message: msg.listTooLarge(
      listName,
      keywords.length,
      reason,
      keywordsThatFit(normalized, words),
    ),
  }));
}

// The most keywords of this list (in order) that compile into one RE2.Set, by bisection: the
// advice in the message is measured on the list itself (Hangul keywords cost RE2 far more than
// ASCII ones, so no fixed number is right).
function keywordsThatFit(normalized: readonly string[], words: boolean): number {
  const fits = (n: number) => {
    const body = `(?:${normalized.slice(0, n).map(escapeRe2).join("|")})`;
    const source = words ? `(?i)(?:^|[^\\pL\\pN_])${body}(?:[^\\pL\\pN_]|$)` : `(?i)${body}`;
    try {
      new Re2.Set([new Re2(source, "u").internalSource], "u");
      return true;
    } catch {
      return false;
    }
  };
  // Doubling from 500, then a few bisection steps: each try compiles a large pattern, so the
  // search stays near the answer instead of starting from the whole (maybe 100k-entry) list.
  let low = 0;
  let high = 500;
  while (high < normalized.length && fits(high)) {
    low = high;
    high *= 2;
  }
  high = Math.min(high, normalized.length);
  for (let step = 0; step < 5 && high - low > 1; step++) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

function compile(
  source: string,
  explain: (reason: string) => { code: string; message: string },
): TextPatternResult {
  try {
    const re = new Re2(source, "u");
    // A Set has a smaller memory budget than a single regex: check the pattern fits in one.
    new Re2.Set([re.internalSource], "u");
    return { ok: true, source: re.internalSource, matchesEmpty: re.test("") };
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      ...explain(
        /Set could not be compiled/.test(reason) ? "pattern too large for an RE2.Set" : reason,
      ),
    };
  }
}

/** Escapes RE2 metacharacters so a keyword matches literally. */
export function escapeRe2(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
}
