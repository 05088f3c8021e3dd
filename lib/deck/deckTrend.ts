import type { DeckTrend } from "./deckPart.js";

/** Options for {@link deckTrend}: the columns of the rows, as `timeSeriesChart` takes them. */
export interface DeckTrendOptions<Row> {
  x: keyof Row & string;
  y: keyof Row & string;
  /** The column naming each line; without it, one line named after `y`. */
  z?: keyof Row & string;
  title: string;
  caption?: string;
  format?: DeckTrend["format"];
}

/**
 * A deck trend from the rows a report's time-series chart draws: one line per `z`, points in `x`
 * order, non-finite values left out.
 * @example deckTrend(rows, { x: "week", y: "value", z: "kpi", title: "Precision by week", format: "percent" })
 */
export function deckTrend<Row extends object>(
  rows: readonly Row[],
  options: DeckTrendOptions<Row>,
): DeckTrend {
  const { x, y, z } = options;
  const lines = new Map<string, { x: string; y: number }[]>();
  for (const row of rows) {
    const value = Number(row[y]);
    if (!Number.isFinite(value)) continue;
    const name = z ? String(row[z]) : y;
    const at = row[x];
    const label = at instanceof Date ? at.toISOString().slice(0, 10) : String(at);
    lines.set(name, [...(lines.get(name) ?? []), { x: label, y: value }]);
  }
  return {
    title: options.title,
    caption: options.caption,
    format: options.format,
    series: [...lines].map(([name, points]) => ({
      name,
      points: points.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0)),
    })),
  };
}
