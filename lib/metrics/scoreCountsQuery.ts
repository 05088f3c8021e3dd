import type { Dataset } from "../dataset/Dataset.js";
import { ident } from "../dataset/sqlText.js";
import { MetricsError } from "./MetricsError.js";
import type { SegmentScoreCounts } from "./scoreCountsBy.js";
import * as msg from "./messages.js";

/** Options for {@link scoreCountsQuery}. */
export interface ScoreCountsQueryOptions {
  /** A table name or parenthesised subquery over the dataset's tables. Required. */
  from: string;
  /** Score column (numbers in [0, 1]). Required. */
  score: string;
  /** Label column: boolean, 0/1 or true/false. Required. */
  label: string;
  /** Segment columns. Default none (one group). */
  by?: readonly string[];
  /** A SQL condition on the rows. Default none. */
  where?: string;
}

/** Score counts per segment, and the scored rows left out because they had no label. */
export interface ScoreCountsQueryResult {
  groups: SegmentScoreCounts[];
  unlabeled: number;
}

/**
 * Score counts computed in the engine by one GROUP BY on the exact score (so curves match
 * scikit-learn on any scores, not only rounded ones): only (segment, score, positives, negatives)
 * rows come back. Rows without a label are left out and counted; a score outside [0, 1] or a
 * label that is not one throws {@link MetricsError} naming the value.
 * @example const { groups } = await scoreCountsQuery(ds, { from: "scored", score: "score", label: "is_violation" });
 */
export async function scoreCountsQuery(
  ds: Dataset,
  options: ScoreCountsQueryOptions,
): Promise<ScoreCountsQueryResult> {
  const { from, score, label, by = [], where } = options;
  const described = await ds.describe(from);
  const columns = described.map((c) => c.name);
  const types = described.map((c) => c.type);
  for (const [column, option] of [
    [score, "--score"],
    [label, "--label"],
    ...by.map((b) => [b, "--by"]),
  ])
    if (!columns.includes(column))
      throw new MetricsError(msg.missingColumn(option, column, columns));
  // The labels the in-process metrics accept (rowAccessor's labelValue): booleans, 1/0, true/false.
  // A boolean or numeric column is read as it is; only text needs trimming and lower-casing.
  const labelType = types[columns.indexOf(label)] ?? "VARCHAR";
  const l = ident(label);
  const text = `lower(trim(CAST(${l} AS VARCHAR)))`;
  const y =
    labelType === "BOOLEAN"
      ? `CASE WHEN ${l} THEN 1 WHEN NOT ${l} THEN 0 END`
      : /INT|DOUBLE|FLOAT|DECIMAL|REAL/.test(labelType)
        ? `CASE WHEN ${l} = 1 THEN 1 WHEN ${l} = 0 THEN 0 END`
        : `CASE WHEN ${text} IN ('true', '1') THEN 1 WHEN ${text} IN ('false', '0') THEN 0 END`;
  const keys = by.map(ident);
  const rows =
    await ds.queryColumns(`SELECT ${[...keys, `CAST(${ident(score)} AS DOUBLE) AS s`].join(", ")},
  count(*) FILTER (WHERE y = 1) AS positives, count(*) FILTER (WHERE y = 0) AS negatives,
  count(*) FILTER (WHERE y IS NULL AND lbl IS NULL) AS unlabeled,
  count(*) FILTER (WHERE y IS NULL AND lbl IS NOT NULL) AS bad_labels, any_value(lbl) FILTER (WHERE y IS NULL AND lbl IS NOT NULL) AS bad_label
FROM (SELECT *, ${y} AS y, ${l} AS lbl FROM ${from}${where ? ` WHERE ${where}` : ""})
WHERE ${ident(score)} IS NOT NULL
GROUP BY ALL ORDER BY ${[...keys, "s"].join(", ")}`);
  const n = rows.numRows();
  const s = rows.array("s") as number[];
  const pos = rows.array("positives") as number[];
  const neg = rows.array("negatives") as number[];
  const unl = rows.array("unlabeled") as number[];
  const badLabels = rows.array("bad_labels") as number[];
  const badLabel = rows.array("bad_label");
  const keyColumns = by.map((b) => rows.array(b));
  const groups = new Map<
    string,
    { key: Record<string, unknown>; s: number[]; p: number[]; q: number[] }
  >();
  let unlabeled = 0;
  const firstRow = async (condition: string) => {
    const found = await ds.queryColumns(
      `SELECT rn FROM (SELECT row_number() OVER () AS rn, * FROM ${from}${where ? ` WHERE ${where}` : ""}) WHERE ${condition} LIMIT 1`,
    );
    return Number(found.array("rn")[0] ?? 0);
  };
  for (let i = 0; i < n; i++) {
    if (!(s[i] >= 0 && s[i] <= 1))
      throw new MetricsError(
        msg.badScore(await firstRow(`CAST(${ident(score)} AS DOUBLE) = ${s[i]}`), score, s[i]),
      );
    if (badLabels[i] > 0)
      throw new MetricsError(
        msg.badLabel(
          await firstRow(
            typeof badLabel[i] === "number"
              ? `${ident(label)} = ${String(badLabel[i])}`
              : `CAST(${ident(label)} AS VARCHAR) = '${String(badLabel[i]).replaceAll("'", "''")}'`,
          ),
          label,
          badLabel[i],
        ),
      );
    unlabeled += unl[i];
    if (pos[i] + neg[i] === 0) continue;
    const values = keyColumns.map((c) => c[i]);
    const id = JSON.stringify(values);
    let g = groups.get(id);
    if (!g)
      groups.set(
        id,
        (g = { key: Object.fromEntries(by.map((b, j) => [b, values[j]])), s: [], p: [], q: [] }),
      );
    g.s.push(s[i]);
    g.p.push(pos[i]);
    g.q.push(neg[i]);
  }
  return {
    unlabeled,
    groups: [...groups.values()].map((g) => ({
      key: g.key,
      counts: {
        scores: Float64Array.from(g.s),
        positives: Float64Array.from(g.p),
        negatives: Float64Array.from(g.q),
        resolution: "exact" as const,
        rounded: 0,
      },
    })),
  };
}
