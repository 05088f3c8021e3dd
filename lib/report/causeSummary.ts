import { formatValue } from "../format/formatValue.js";
import { MISSING } from "../format/missing.js";
import { segmentText } from "../postmortem/incidentText.js";
import type { RcaCause } from "../rca/RcaCause.js";

/**
 * One root cause in a sentence's words (Markdown): the segment in bold, its rate before and now,
 * this period's n and the share of the change it explains.
 * @example causeSummary(ripple.causes[0]) // "**queue = contact** (84.0% → 61.0%, n 240, 72.0% of the change)"
 */
export function causeSummary(cause: RcaCause): string {
  const pct = (x: number | null) => formatValue(x, "percent");
  const n = cause.counts?.current.denominator ?? MISSING;
  return `**${segmentText(cause.segment)}** (${pct(cause.baseline)} → ${pct(cause.current)}, n ${n}, ${pct(cause.explanatoryPower)} of the change)`;
}
