import type { CompiledRule, TextAtom, TextChannel } from "./CompiledRuleSet.js";
import { Re2 } from "./re2.js";
import * as msg from "./messages.js";
import type { RuleSet } from "./RuleDefinition.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { compileRuleExpression } from "./compileRuleExpression.js";
import { lintRules } from "./lintRules.js";
import type { TextPatternOptions } from "./textPattern.js";

/** Options for {@link checkRules}. */
export interface CheckRulesOptions extends TextPatternOptions {
  /** Also compile (and so check) disabled rules (default true; evaluation skips them anyway). */
  includeDisabled?: boolean;
}

/** What {@link checkRules} found, with the rules lowered so far (used by compileRules). */
export interface RuleCheck {
  diagnostics: RuleDiagnostic[];
  rules: CompiledRule[];
  atoms: TextAtom[];
  /** The RE2.Sets the evaluator uses, one per field × normalisation (empty when one cannot compile: an error). */
  channels: TextChannel[];
}

/**
 * Checks a parsed rule set against the data's fields: parse errors from the file, unknown fields
 * ("did you mean"), type mismatches, missing lists, regex errors naming the RE2-unsupported
 * feature, then lint warnings (never matches, duplicate rules, a pattern matching the empty
 * string). Errors come first in file order, then warnings.
 * @example checkRules(ruleSet, ruleFieldSchema(sampleSchemas.listings)).diagnostics.map(formatRuleDiagnostic);
 */
export function checkRules(
  ruleSet: RuleSet,
  schema: RuleFieldSchema,
  options: CheckRulesOptions = {},
): RuleCheck {
  const { includeDisabled = true, ...patternOptions } = options;
  const diagnostics: RuleDiagnostic[] = [...ruleSet.diagnostics];
  const atoms: TextAtom[] = [];
  const ctx = {
    ...patternOptions,
    schema,
    lists: ruleSet.lists,
    file: ruleSet.file,
    atoms,
    diagnostics,
  };
  const rules: CompiledRule[] = [];
  for (const rule of ruleSet.rules) {
    if (!rule.enabled && !includeDisabled) continue;
    const node = compileRuleExpression(rule, ctx);
    if (node) rules.push({ id: rule.id, definition: rule, node });
  }
  diagnostics.push(...lintRules(rules, ruleSet.file));
  // The same sets compileRules evaluates with, so a check passes only what can run.
  const channels = textChannels(atoms, diagnostics, ruleSet.file);
  const rank = (d: RuleDiagnostic) => (d.severity === "error" ? 0 : 1);
  const sorted = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
  return { diagnostics: sorted, rules, atoms, channels };
}

function textChannels(
  atoms: TextAtom[],
  diagnostics: RuleDiagnostic[],
  file?: string,
): TextChannel[] {
  const groups = new Map<string, number[]>();
  atoms.forEach((atom, index) => {
    const key = JSON.stringify([atom.field, atom.steps]);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const channels: TextChannel[] = [];
  for (const indexes of groups.values()) {
    const { field, steps } = atoms[indexes[0]];
    const sources = indexes.map((a) => atoms[a].source);
    const set = re2Set(sources);
    if (set) channels.push({ field, steps, atoms: indexes, set });
    else
      diagnostics.push({
        severity: "error",
        code: "set-too-large",
        message: msg.setTooLarge(field, sources.length, patternsThatFit(sources)),
        file,
      });
  }
  return channels;
}

function re2Set(sources: readonly string[]): TextChannel["set"] | undefined {
  try {
    return new Re2.Set(sources, "u");
  } catch {
    return undefined;
  }
}

function patternsThatFit(sources: readonly string[]): number {
  let low = 0;
  let high = sources.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (re2Set(sources.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}
