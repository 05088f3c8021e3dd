import { normalizationSteps, type NormalizationStep } from "./normalizeText.js";

/**
 * A rule's normalisation as a decision table writes it: `all`, steps separated by commas, or per
 * field (`title: leet, spaces; description: all`); undefined when the rule normalises nothing.
 * @example formatNormalize({ "*": ["nfkc", "leet"] }); // "nfkc, leet"
 */
export function formatNormalize(
  normalize: Readonly<Record<string, readonly NormalizationStep[]>>,
): string | undefined {
  const steps = (list: readonly NormalizationStep[]) =>
    list.length === normalizationSteps.length ? "all" : list.join(", ");
  const entries = Object.entries(normalize).filter(([, list]) => list.length > 0);
  if (entries.length === 0) return undefined;
  if (entries.length === 1 && entries[0][0] === "*") return steps(entries[0][1]);
  return entries.map(([field, list]) => `${field}: ${steps(list)}`).join("; ");
}
