import { countScores, type CountScoresOptions } from "./countScores.js";
import { badLabel, badScore } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import type { Accessor } from "../table/Accessor.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { accessorColumn, labelValue } from "./rowAccessor.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** Options for {@link scoreCountsBy}. */
export interface ScoreCountsByOptions<Row> {
  /** Score column or accessor; values must be numbers in [0, 1]. Required. */
  score: Accessor<Row>;
  /** Label column or accessor: true/false, 0/1 or "0"/"1"/"true"/"false". Required. */
  label: Accessor<Row>;
  /** Weight column or accessor (e.g. 1 / inclusion probability). Default: 1 per row. */
  weight?: Accessor<Row>;
  /** Segment/period keys: column names or functions. Default [] (one group). */
  by?: Accessor<Row>[];
  /** See {@link CountScoresOptions.resolution}. Default "exact". */
  resolution?: CountScoresOptions["resolution"];
}

/** One segment's score counts and its key. */
export interface SegmentScoreCounts {
  /** Key values by name (function keys are named key1, key2, …). */
  key: Record<string, unknown>;
  counts: ScoreCounts;
}

/**
 * Score counts per segment (and/or period) from rows or a table, sorted by key; with no `by`,
 * one group. Bad scores or labels throw a {@link MetricsError} naming the row and column.
 * @example scoreCountsBy(scored, { score: "score", label: "is_violation", by: ["model"] })
 */
export function scoreCountsBy<Row>(
  data: RowsOrTable<Row>,
  options: ScoreCountsByOptions<Row>,
): SegmentScoreCounts[] {
  const rows = tableRows(data, "scoreCountsBy");
  const scoreName = typeof options.score === "string" ? options.score : "score";
  const labelName = typeof options.label === "string" ? options.label : "label";
  const scores = accessorColumn(rows, options.score, "score");
  const labels = accessorColumn(rows, options.label, "label");
  const weights = options.weight ? accessorColumn(rows, options.weight, "weight") : undefined;
  const by = options.by ?? [];
  const names = by.map((k, i) => (typeof k === "string" ? k : `key${i + 1}`));
  const keys = by.map((k, i) => accessorColumn(rows, k, `by[${i}]`));
  const groups = new Map<string, { key: Record<string, unknown>; rows: number[] }>();
  for (let i = 0; i < rows.length; i++) {
    const s = scores[i];
    if (typeof s !== "number" || !(s >= 0 && s <= 1))
      throw new MetricsError(badScore(i + 1, scoreName, s));
    if (labelValue(labels[i]) === undefined)
      throw new MetricsError(badLabel(i + 1, labelName, labels[i]));
    const values = keys.map((column) => column[i]);
    const id = JSON.stringify(values);
    let group = groups.get(id);
    if (!group)
      groups.set(
        id,
        (group = { key: Object.fromEntries(names.map((n, j) => [n, values[j]])), rows: [] }),
      );
    group.rows.push(i);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({
      key: g.key,
      counts: countScores(
        Float64Array.from(g.rows, (i) => scores[i] as number),
        Uint8Array.from(g.rows, (i) => labelValue(labels[i])!),
        {
          resolution: options.resolution,
          weights: weights && Float64Array.from(g.rows, (i) => Number(weights[i])),
          scoreColumn: scoreName,
          labelColumn: labelName,
        },
      ),
    }));
}
