import { formatValue } from "../format/formatValue.js";
import type { TopKRow } from "../metrics/topKTable.js";

const pct = (x: number) => formatValue(x, "percent");

/**
 * The top-k table for reading: each share of top scores, its cut-off, what it flags, true and false
 * positives, precision and recall.
 * @example htmlTable(topKRows(topKTable(counts, { shares: [0.01, 0.05] })))
 */
export function topKRows(rows: readonly TopKRow[]): Record<string, string | number>[] {
  return rows.map((k) => ({
    "top share": pct(k.share),
    cutoff: k.cutoff,
    flagged: k.flagged,
    TP: k.truePositives,
    FP: k.falsePositives,
    precision: pct(k.precision),
    recall: pct(k.recall),
  }));
}
