import type { RuleSet } from "./RuleDefinition.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { compileRules } from "./compileRules.js";
import { evaluateRules } from "./evaluateRules.js";
import { hitRows } from "./hitRows.js";
import { normalizationSteps, type NormalizationStep } from "./normalizeText.js";
import { evasionKinds, evasionVariants, type EvasionKind } from "./evasionVariants.js";

/** Options for {@link evasionRobustness}. */
export interface EvasionRobustnessOptions {
  /** The text field obfuscated (default "title"). */
  field?: string;
  /** Steps forced on every rule for the "normalised" side (default all six). */
  steps?: readonly NormalizationStep[];
}

/** One rule's robustness to one evasion kind. */
export interface EvasionRobustnessRow {
  rule: string;
  kind: EvasionKind;
  /** Rows the rule catches in their original form (the denominator). */
  caught: number;
  /** Share of those still caught after obfuscation, with the rule as written. */
  as_written: number;
  /** Share still caught with every normalisation step forced on. */
  normalized: number;
}

/**
 * How much of what each rule catches survives obfuscation: the rows (known violations) are
 * rewritten with {@link evasionVariants} in `field`, and each rule is evaluated as written and with
 * full normalisation; shares are over the rows the rule catches in their original form.
 * @example evasionRobustness(ruleSet, schema, violatingListings.objects()).filter((r) => r.kind === "spaced");
 */
export function evasionRobustness(
  ruleSet: RuleSet,
  schema: RuleFieldSchema,
  rows: readonly Record<string, unknown>[],
  options: EvasionRobustnessOptions = {},
): EvasionRobustnessRow[] {
  const { field = "title", steps = normalizationSteps } = options;
  const asWritten = compileRules(ruleSet, schema);
  const forced = compileRules(
    { ...ruleSet, rules: ruleSet.rules.map((r) => ({ ...r, normalize: { "*": steps } })) },
    schema,
  );
  const variants = rows.map((row) =>
    typeof row[field] === "string" ? evasionVariants(row[field]) : null,
  );
  const caughtBy = (compiled: typeof asWritten, data: readonly Record<string, unknown>[]) => {
    const hits = evaluateRules(compiled, data);
    return new Map(hits.ruleIds.map((id) => [id, new Set(hitRows(hits, id))]));
  };
  const original = caughtBy(asWritten, rows);
  const out: EvasionRobustnessRow[] = [];
  const perKind = evasionKinds.map((kind) => {
    const data = rows.map((row, i) => ({ ...row, [field]: variants[i]?.[kind] ?? row[field] }));
    return { kind, written: caughtBy(asWritten, data), normalized: caughtBy(forced, data) };
  });
  for (const rule of asWritten.rules) {
    const base = original.get(rule.id)!;
    const share = (set: Set<number> | undefined) =>
      base.size ? [...base].filter((r) => set?.has(r)).length / base.size : NaN;
    for (const { kind, written, normalized } of perKind)
      out.push({
        rule: rule.id,
        kind,
        caught: base.size,
        as_written: share(written.get(rule.id)),
        normalized: share(normalized.get(rule.id)),
      });
  }
  return out;
}
