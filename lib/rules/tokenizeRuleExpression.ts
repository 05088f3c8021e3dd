import type { RuleToken } from "./RuleToken.js";
import { RuleSyntaxError } from "./RuleSyntaxError.js";
import * as msg from "./messages.js";

const KEYWORDS = new Set([
  "and",
  "or",
  "not",
  "in",
  "is",
  "null",
  "true",
  "false",
  "contains_any",
  "contains_word",
]);
const REGEX_FLAGS = new Set(["i", "m", "s"]);
const ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  '"': '"',
  "'": "'",
};

const NUMBER = /-?[0-9][0-9_]*(\.[0-9_]+)?([eE][-+]?[0-9]+)?/y;

/**
 * Splits a `when` expression into tokens; a `/…/flags` regex literal is read only right after `~`
 * or `!~`, so `/` needs no escaping elsewhere. Throws {@link RuleSyntaxError} at the first
 * character that starts no token.
 * @example tokenizeRuleExpression('price_krw < 150000').map((t) => t.value); // ["price_krw", "<", "150000", ""]
 */
export function tokenizeRuleExpression(text: string): RuleToken[] {
  const tokens: RuleToken[] = [];
  let i = 0;
  const push = (token: RuleToken) => tokens.push(token);
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    const previous = tokens.at(-1);
    if (previous?.kind === "op" && (previous.value === "~" || previous.value === "!~")) {
      if (c !== "/") throw new RuleSyntaxError(msg.regexExpected(c), i);
      i = readRegex(text, i, push);
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_.]/.test(text[i])) i++;
      const word = text.slice(start, i);
      const lower = word.toLowerCase();
      push({
        kind: KEYWORDS.has(lower) ? "keyword" : "ident",
        value: KEYWORDS.has(lower) ? lower : word,
        start,
        end: i,
      });
    } else if (c === "$") {
      i++;
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
      if (i === start + 1) throw new RuleSyntaxError(msg.listNameExpected(), start);
      push({ kind: "listRef", value: text.slice(start + 1, i), start, end: i });
    } else if (/[0-9]/.test(c) || (c === "-" && /[0-9]/.test(text[i + 1] ?? ""))) {
      NUMBER.lastIndex = i; // sticky: no copy of the rest of the text per number
      const match = NUMBER.exec(text)!;
      i += match[0].length;
      push({ kind: "number", value: match[0].replaceAll("_", ""), start, end: i });
    } else if (c === '"' || c === "'") {
      i = readString(text, i, push);
    } else if ("<>=!~".includes(c)) {
      const two = text.slice(i, i + 2);
      const op = ["<=", ">=", "!=", "!~"].includes(two) ? two : c === "!" ? "" : c;
      if (!op) throw new RuleSyntaxError(msg.unexpectedCharacter(c), i);
      i += op.length;
      push({ kind: "op", value: op, start, end: i });
    } else if ("()[],".includes(c)) {
      i++;
      push({ kind: "punct", value: c, start, end: i });
    } else {
      throw new RuleSyntaxError(msg.unexpectedCharacter(c), i);
    }
  }
  push({ kind: "end", value: "", start: text.length, end: text.length });
  return tokens;
}

function readRegex(text: string, start: number, push: (t: RuleToken) => void): number {
  let i = start + 1;
  let pattern = "";
  while (i < text.length && text[i] !== "/") {
    if (text[i] === "\\" && text[i + 1] === "/") {
      pattern += "/";
      i += 2;
    } else if (text[i] === "\\" && i + 1 < text.length) {
      pattern += text.slice(i, i + 2);
      i += 2;
    } else pattern += text[i++];
  }
  if (i >= text.length) throw new RuleSyntaxError(msg.unterminatedRegex(), start, i - start);
  i++;
  const flagStart = i;
  while (i < text.length && /[A-Za-z]/.test(text[i])) i++;
  const flags = text.slice(flagStart, i);
  for (const [k, f] of [...flags].entries()) {
    if (!REGEX_FLAGS.has(f)) throw new RuleSyntaxError(msg.unknownRegexFlag(f), flagStart + k);
    if (flags.indexOf(f) !== k) throw new RuleSyntaxError(msg.repeatedRegexFlag(f), flagStart + k);
  }
  push({ kind: "regex", value: pattern, flags: [...flags].sort().join(""), start, end: i });
  return i;
}

function readString(text: string, start: number, push: (t: RuleToken) => void): number {
  const quote = text[start];
  let i = start + 1;
  let value = "";
  while (i < text.length && text[i] !== quote) {
    if (text[i] === "\\") {
      const escaped = ESCAPES[text[i + 1] ?? ""];
      if (escaped === undefined)
        throw new RuleSyntaxError(msg.badStringEscape(text.slice(i, i + 2)), i, 2);
      value += escaped;
      i += 2;
    } else value += text[i++];
  }
  if (i >= text.length) throw new RuleSyntaxError(msg.unterminatedString(quote), start, i - start);
  push({ kind: "string", value, start, end: i + 1 });
  return i + 1;
}
