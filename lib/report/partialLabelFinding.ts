import { formatEstimate } from "../format/formatEstimate.js";
import { formatValue } from "../format/formatValue.js";
import type { PartialLabelComparison } from "../tuning/partialLabelComparison.js";

/**
 * The partial-label check in one Markdown sentence: whether the audit-weighted recall interval
 * contains the ground-truth recall, and how many points wide the audits leave it.
 * @example partialLabelFinding(comparison) // "The audit-weighted recall 61.0% [48.2%–72.9%] contains …"
 */
export function partialLabelFinding(comparison: PartialLabelComparison): string {
  const { recall } = comparison.estimated;
  const truth = formatValue(comparison.truth.recall.estimate, "percent");
  const width = ((recall.upper - recall.lower) * 100).toFixed(0);
  return `The audit-weighted recall ${formatEstimate(recall)} ${comparison.covers ? "contains" : "does not contain"} the ground-truth recall ${truth}; with ${comparison.audited} audits its interval is ${width} points wide — the audit sample, not the model, limits what we can say about recall.`;
}
