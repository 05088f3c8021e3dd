import { wilsonInterval } from "../metrics/wilsonInterval.js";
import { periodEnd } from "../time/periodEnd.js";
import { periodStart, type GrainName } from "../time/periodStart.js";
import type { CompiledKpi } from "./compileKpi.js";
import { KpiError } from "./KpiError.js";
import { kpiStatus } from "./kpiStatus.js";
import type { KpiValue } from "./KpiValue.js";
import * as msg from "./messages.js";
import { nextPeriod } from "../time/nextPeriod.js";
import { periodRange } from "../time/periodRange.js";
import { periodStartMs } from "../time/periodStartMs.js";
import { quantileSorted } from "./quantileSorted.js";
import { dayCount } from "../time/dayCount.js";

/** The sufficient statistics of one KPI in one period (its own grain) and dimension combination. */
export interface KpiCell {
  period: string;
  dimensions: Record<string, string>;
  /** Per term slot: the count, sum or inverse-weight sum. */
  sums: number[];
  /** Per term slot: the rows counted (units, for n). */
  rows: number[];
  sets: (Set<unknown> | undefined)[];
  values: number[];
  latest: number;
}

/** Options for {@link kpiPeriodValues}. */
export interface KpiPeriodValuesOptions {
  from?: string;
  to?: string;
  grain?: GrainName;
  judgePartial?: boolean;
  /** The days the data spans; without it every period is "no_data". */
  data?: { first: string; last: string };
}

const rank: Record<GrainName, number> = { day: 0, week: 1, month: 2 };
const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/** Sums of a set of own-grain cells: what a coarser period is recomputed from. */
interface Stats {
  sums: number[];
  rows: number[];
  values: number[];
}

/**
 * One KPI's values per period (own grain or rolled up to a coarser one) and dimension combination,
 * from its cells. Flow KPIs (count, ratio, quantile) recompute from the summed statistics of the
 * own-grain periods inside each period; stock KPIs (freshness, backlog) take the value at the end
 * of the last own-grain period the data covers. A count is restated per the target's grain.
 * @example kpiPeriodValues(kpi, cells, { grain: "week", to: "2026-10-29", data })
 */
export function kpiPeriodValues(
  kpi: CompiledKpi,
  cells: readonly KpiCell[],
  options: KpiPeriodValuesOptions,
): KpiValue[] {
  const { definition: d, kind } = kpi;
  const grain = options.grain ?? d.grain;
  if (rank[grain] < rank[d.grain] || (d.grain === "week" && grain === "month"))
    throw new KpiError(msg.rollUp(d.name, d.grain, grain), d.name);
  const data = options.data;
  const seen = cells.map((c) => c.period).sort();
  const from = options.from ?? data?.first ?? seen[0];
  const to = options.to ?? data?.last ?? seen.at(-1);
  if (from === undefined || to === undefined) return [];
  // What the data covers up to the report date: a period reaching outside it is partial.
  const coveredTo = data ? minDay(to, data.last) : undefined;
  const periods = periodRange(from, to, grain);
  const fine = periodRange(periods[0] ?? from, periodEnd(periods.at(-1) ?? to, grain), d.grain);
  const parent = (p: string) => (grain === d.grain ? p : periodStart(periodStartMs(p), grain)!);
  const dimKeys = new Map<string, Record<string, string>>([["{}", {}]]);
  for (const c of cells) dimKeys.set(JSON.stringify(c.dimensions), c.dimensions);
  const byId = new Map(cells.map((c) => [c.period + JSON.stringify(c.dimensions), c]));
  const scale = d.formula.scale ?? 1;
  const per = d.target?.grain ?? d.grain;
  const stock = kind === "freshness" || kind === "backlog";
  const out: KpiValue[] = [];
  for (const [id, dimensions] of dimKeys) {
    // Own-grain statistics grouped by reported period, up to the last day covered.
    const grouped = new Map<string, Stats>();
    const stockAt = new Map<string, { value: number; n: number }>();
    let latest = -Infinity;
    if (kind === "freshness")
      for (const c of cells)
        if (c.period < (fine[0] ?? "") && JSON.stringify(c.dimensions) === id)
          latest = Math.max(latest, c.latest);
    for (const p of fine) {
      const cell = byId.get(p + id);
      if (kind === "freshness") latest = Math.max(latest, cell?.latest ?? -Infinity);
      if (coveredTo === undefined || p > coveredTo) continue;
      const key = parent(p);
      if (stock) {
        const end = periodStartMs(nextPeriod(p, d.grain));
        stockAt.set(
          key,
          kind === "backlog"
            ? { value: (cell?.sums[0] ?? 0) * scale, n: cell?.sums[0] ?? 0 }
            : Number.isFinite(latest)
              ? { value: ((end - latest) / 3_600_000) * scale, n: 1 }
              : { value: NaN, n: 0 },
        );
        continue;
      }
      const stats = grouped.get(key) ?? {
        sums: new Array<number>(kpi.slots).fill(0),
        rows: new Array<number>(kpi.slots).fill(0),
        values: [],
      };
      if (cell)
        for (let i = 0; i < kpi.slots; i++) {
          // A distinct count adds per own-grain period: reviewer-days, listing-weeks.
          const size = cell.sets[i]?.size;
          stats.sums[i] += size ?? cell.sums[i];
          stats.rows[i] += size ?? cell.rows[i];
        }
      if (cell) for (const v of cell.values) stats.values.push(v);
      grouped.set(key, stats);
    }
    for (const period of periods) {
      const end = periodEnd(period, grain);
      const outside = !data || coveredTo === undefined || period > coveredTo || end < data.first;
      const partial = !outside && (period < data.first || end > coveredTo);
      const base = {
        kpi: d.name,
        title: d.title,
        area: d.area,
        format: d.format,
        period,
        grain,
        partial,
        dimensions,
        target: d.target,
      };
      if (outside) {
        out.push({ ...base, value: NaN, n: 0, status: "no_data" });
        continue;
      }
      let value = NaN;
      let n = 0;
      let extra: Partial<KpiValue> = {};
      if (stock) {
        ({ value, n } = stockAt.get(period) ?? { value: NaN, n: 0 });
      } else {
        const stats = grouped.get(period) ?? { sums: [], rows: [], values: [] };
        const part = (role: string, of: number[]) =>
          kpi.feeds.filter((f) => f.role === role).reduce((s, f) => s + (of[f.slot] ?? 0), 0);
        if (kind === "count") {
          const total = part("numerator", stats.sums);
          n = part("numerator", stats.rows);
          value = total * scale;
          if (per !== grain) {
            // Per the target's grain (per day, per week), over the days the data covers.
            const days = dayCount(maxDay(period, data.first), minDay(end, coveredTo));
            value = (total * scale) / (days / (per === "week" ? 7 : 1));
            extra = { per, total: total * scale };
          }
        } else if (kind === "ratio") {
          const numerator = part("numerator", stats.sums);
          const denominator = part("denominator", stats.sums);
          n = part("denominator", stats.rows);
          value = denominator > 0 ? (numerator / denominator) * scale : NaN;
          extra = { numerator, denominator };
          if (kpi.binomial && denominator > 0 && numerator <= denominator) {
            const ci = wilsonInterval(numerator, denominator);
            extra = { ...extra, lower: ci.lower * scale, upper: ci.upper * scale };
          }
        } else {
          const sorted = Float64Array.from(stats.values).sort();
          value = quantileSorted(sorted, d.formula.quantile!.q) * scale;
          n = sorted.length;
        }
        if (n === 0) value = NaN;
      }
      const status =
        !Number.isFinite(value) || (!stock && n === 0)
          ? "no_data"
          : partial && !options.judgePartial
            ? "partial"
            : kpiStatus(value, d.target);
      out.push({ ...base, value, n, ...extra, status });
    }
  }
  return out;
}
