import { badResolution } from "./messages.js";
import { MetricsError } from "./MetricsError.js";

/** Options for {@link scoreCountsSql}. */
export interface ScoreCountsSqlOptions {
  /** A table name or a parenthesised subquery, e.g. "model_scores" or "(SELECT … )". Required. */
  from: string;
  /** Score column (numbers in [0, 1]). Required. */
  score: string;
  /** Label column: boolean or 0/1. Required. */
  label: string;
  /** Segment/period columns or SQL expressions. Default []. */
  by?: string[];
  /** Steps per unit scores are rounded to in the engine. Default 10000 (4 decimals). */
  resolution?: number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The one GROUP BY query that turns scored, labelled rows into score counts inside DuckDB (or any
 * SQL engine with ROUND and CASE): columns `bin` (score × resolution, an integer), `positives`,
 * `negatives` and the `by` keys. Only these counts leave the engine; rebuild them with
 * `countScores(bins.map(b => b / resolution), …)` or read them with the DuckDB node API.
 * Rows with a NULL score or label are left out, and a CHECK column counts scores outside [0, 1].
 * @example await connection.runAndReadAll(scoreCountsSql({ from: "model_scores", score: "score", label: "is_violation", by: ["model"] }))
 */
export function scoreCountsSql(options: ScoreCountsSqlOptions): string {
  const { from, score, label, by = [], resolution = 10_000 } = options;
  if (!(Number.isInteger(resolution) && resolution >= 1))
    throw new MetricsError(badResolution(resolution));
  const keys = by.map((k) => ident(k));
  const y = `CAST(${ident(label)} AS INTEGER)`;
  return [
    `SELECT ${[...keys, `CAST(ROUND(${ident(score)} * ${resolution}) AS BIGINT) AS bin`].join(", ")},`,
    `  SUM(CASE WHEN ${y} = 1 THEN 1 ELSE 0 END) AS positives,`,
    `  SUM(CASE WHEN ${y} = 0 THEN 1 ELSE 0 END) AS negatives,`,
    `  SUM(CASE WHEN ${y} NOT IN (0, 1) OR ${ident(score)} < 0 OR ${ident(score)} > 1 THEN 1 ELSE 0 END) AS invalid`,
    `FROM ${from}`,
    `WHERE ${ident(score)} IS NOT NULL AND ${ident(label)} IS NOT NULL`,
    `GROUP BY ${[...keys, "bin"].join(", ")}`,
    `ORDER BY ${[...keys, "bin"].join(", ")}`,
  ].join("\n");
}
