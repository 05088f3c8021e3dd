// Checks shared by the rule-language fuzz runs: what a parse, a check and a compile of a generated
// rule file must give, and a watch on the JS RegExp constructor (user patterns run under RE2 only).
import { expect } from "vitest";
import { TnsError } from "../../lib/errors/TnsError.js";
import { checkRules } from "../../lib/rules/checkRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { formatRuleDiagnostic } from "../../lib/rules/formatRuleDiagnostic.js";
import { parseRuleExpression } from "../../lib/rules/parseRuleExpression.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import type { RuleDiagnostic } from "../../lib/rules/RuleDiagnostic.js";
import type { RuleExpression, RuleLiteral } from "../../lib/rules/RuleExpression.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import { RuleSyntaxError } from "../../lib/rules/RuleSyntaxError.js";
import { escapeRe2 } from "../../lib/rules/textPattern.js";
import { adversarialRows } from "../rules/adversarialRows.js";
import { lists, schema } from "./ruleArbitraries.js";

/** parseRuleExpression either parses or throws a RuleSyntaxError pointing into the text. */
export function parsesOrPoints(text: string): void {
  try {
    parseRuleExpression(text);
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error;
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(text.length);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** Every error names where it is: a line in the file, or (a set too large) the field. */
export function errorsArePlaced(text: string, diagnostics: readonly RuleDiagnostic[]): void {
  const lines = text.split(/\r?\n/).length;
  for (const d of diagnostics.filter((x) => x.severity === "error")) {
    if (d.code === "set-too-large" || d.code === "not-a-list") continue;
    expect(d.line, `${d.code}: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${d.code}: ${d.message}`).toBeLessThanOrEqual(lines);
  }
  // What `tns rules check` prints for each one.
  for (const d of diagnostics) expect(formatRuleDiagnostic(d)).toContain(d.message);
}

/**
 * Runs `body` with the global RegExp constructor watched: the sources of the JS regexes built
 * meanwhile (regex literals in the kit's code are built once, at load, and are not seen).
 */
export function jsRegExpSources<T>(body: () => T): { result: T; sources: string[] } {
  const original = globalThis.RegExp;
  const sources: string[] = [];
  const record = (args: unknown[]) => {
    const [pattern] = args;
    sources.push(pattern instanceof original ? pattern.source : String(pattern));
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    return { result: body(), sources };
  } finally {
    globalThis.RegExp = original;
  }
}

/** The regex patterns and keywords a parsed expression holds (what its author wrote). */
export function userPatterns(node: RuleExpression | undefined, out: string[] = []): string[] {
  const stack = node ? [node] : [];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "and" || n.type === "or") stack.push(n.left, n.right);
    else if (n.type === "not") stack.push(n.operand);
    else if (n.type === "regex") out.push(n.pattern);
    else if ((n.type === "contains" || n.type === "in") && n.list.kind === "values")
      out.push(...n.list.values.filter((v: RuleLiteral) => typeof v === "string"));
    else if (n.type === "contains" && n.list.kind === "named" && Object.hasOwn(lists, n.list.name))
      out.push(...lists[n.list.name]);
  }
  return out;
}

/** No JS RegExp was built from a user pattern or keyword (as written or escaped). */
export function noUserPatternInJs(sources: readonly string[], patterns: readonly string[]): void {
  // Short ones could be part of the kit's own regexes by chance.
  const distinctive = patterns.filter((p) => p.length >= 4);
  for (const source of sources)
    for (const p of distinctive) {
      expect(source.includes(p), `JS RegExp /${source}/ from ${JSON.stringify(p)}`).toBe(false);
      expect(source.includes(escapeRe2(p)), `JS RegExp /${source}/`).toBe(false);
    }
}

/** The rows every fuzzed rule set is evaluated on: seeded adversarial listings. */
export const rows = adversarialRows(64, 11);

/** Parses, checks and compiles a rule file; the compiled set when it has no error. */
export function checkAndCompile(text: string) {
  const ruleSet = parseRuleFile(text, { file: "fuzz.yaml", lists });
  errorsArePlaced(text, ruleSet.diagnostics);
  const check = checkRules(ruleSet, schema);
  errorsArePlaced(text, check.diagnostics);
  const checkErrors = check.diagnostics.filter((d) => d.severity === "error");
  const enabledErrors = checkRules(ruleSet, schema, { includeDisabled: false }).diagnostics.filter(
    (d) => d.severity === "error",
  );
  try {
    const compiled = compileRules(ruleSet, schema);
    expect(enabledErrors).toEqual([]);
    return { compiled, ruleSet };
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    // `rules check` passing a file means it compiles.
    expect(checkErrors.length, error.message).toBeGreaterThan(0);
    expect(enabledErrors.length).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(TnsError);
    return { compiled: undefined, ruleSet };
  }
}
