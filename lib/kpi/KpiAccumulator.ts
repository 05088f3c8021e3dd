import type { GrainName } from "../time/periodStart.js";
import { periodStart } from "../time/periodStart.js";
import type { CompiledKpi, KpiFeed } from "./compileKpi.js";
import { kpiPeriodValues, type KpiCell } from "./kpiPeriodValues.js";
import type { KpiValue } from "./KpiValue.js";
import { nextPeriod } from "../time/nextPeriod.js";
import { periodKeys } from "../time/periodKeys.js";
import { periodStartMs } from "../time/periodStartMs.js";

/** Options for {@link KpiAccumulator.values}. */
export interface KpiValuesOptions {
  /** First day (YYYY-MM-DD) whose period is reported. Default: the first day of the data. */
  from?: string;
  /**
   * Last day (the report date): a period ending after it, or after the data's last day, is
   * partial; a period wholly after the data is "no_data". Default: the last day of the data.
   */
  to?: string;
  /**
   * Report every KPI at this grain, rolled up from its own grain's sufficient statistics (ratio
   * of sums, quantiles of the period's values, stocks at the period end, counts per the target's
   * grain). Coarser than or equal to each KPI's grain; weeks do not roll up into months.
   * Default: each KPI's own grain.
   */
  grain?: GrainName;
  /** Give partial periods a status against the target instead of "partial". Default false. */
  judgePartial?: boolean;
}

/** The first and last day (the default zone) of the rows an accumulator has seen. */
export interface KpiDataRange {
  first: string;
  last: string;
}

const SEP = "\u0001";
const noValues: string[] = [];
const maxBacklogPeriods = 400;

/**
 * Mergeable per-period counts for a set of compiled KPIs. Batch (table rows) and stream (event
 * rows) feed the same `add`, so a KPI computed either way from the same rows is the same number;
 * `merge` combines accumulators of disjoint row sets (shards, windows).
 * @example const acc = new KpiAccumulator(kpis); for (const row of reviews) acc.add("reviews", row); acc.values();
 */
export class KpiAccumulator {
  readonly kpis: readonly CompiledKpi[];
  private readonly cells: Map<string, KpiCell>[];
  private firstMs = Infinity;
  private lastMs = -Infinity;
  private readonly byTable = new Map<string, { k: number; feed: KpiFeed }[]>();
  private readonly keys: ((ms: number) => string | null)[];

  constructor(kpis: readonly CompiledKpi[]) {
    this.kpis = kpis;
    this.cells = kpis.map(() => new Map<string, KpiCell>());
    this.keys = kpis.map((kpi) => periodKeys(kpi.definition.grain));
    kpis.forEach((kpi, k) => {
      for (const feed of kpi.feeds) {
        const list = this.byTable.get(feed.table) ?? [];
        list.push({ k, feed });
        this.byTable.set(feed.table, list);
      }
    });
  }

  /** The tables some KPI reads; rows of other tables can be skipped. */
  get tables(): string[] {
    return [...this.byTable.keys()];
  }

  /** The days the rows seen so far span (every row of a table some KPI reads); undefined before any. */
  get dataRange(): KpiDataRange | undefined {
    if (!Number.isFinite(this.firstMs)) return undefined;
    return { first: periodStart(this.firstMs, "day")!, last: periodStart(this.lastMs, "day")! };
  }

  /**
   * Adds one row of `table` to every KPI that reads the table. Rows may come table by table and
   * in chunks, in any order.
   */
  add(table: string, row: Record<string, unknown>): void {
    const feeds = this.byTable.get(table);
    if (!feeds) return;
    for (const { k, feed } of feeds) {
      const t = feed.time(row);
      if (t < this.firstMs) this.firstMs = t;
      if (t > this.lastMs) this.lastMs = t;
      if (!feed.accept(row)) continue;
      let period = this.keys[k](t);
      if (period === null) continue;
      const dims = this.kpis[k].definition.dimensions;
      const values = dims.length ? dims.map((d) => String(feed.dimension(row, d) ?? "")) : noValues;
      if (feed.measure === "open") {
        const grain = this.kpis[k].definition.grain;
        const end = feed.end!(row);
        for (let i = 0; i < maxBacklogPeriods; i++) {
          const next = nextPeriod(period, grain);
          if (periodStartMs(next) >= end) break;
          this.update(k, period, dims, values, feed, row, t);
          period = next;
        }
        continue;
      }
      this.update(k, period, dims, values, feed, row, t);
    }
  }

  private update(
    k: number,
    period: string,
    dims: string[],
    values: string[],
    feed: KpiFeed,
    row: Record<string, unknown>,
    t: number,
  ) {
    this.apply(this.cell(k, period, [], []), feed, row, t);
    if (dims.length) this.apply(this.cell(k, period, dims, values), feed, row, t);
  }

  private cell(k: number, period: string, dims: string[], values: string[]): KpiCell {
    const id = dims.length ? period + SEP + values.join(SEP) : period;
    let cell = this.cells[k].get(id);
    if (!cell) {
      const slots = this.kpis[k].slots;
      cell = {
        period,
        dimensions: Object.fromEntries(dims.map((d, i) => [d, values[i]])),
        sums: new Array<number>(slots).fill(0),
        rows: new Array<number>(slots).fill(0),
        sets: new Array<Set<unknown> | undefined>(slots).fill(undefined),
        values: [],
        latest: -Infinity,
      };
      this.cells[k].set(id, cell);
    }
    return cell;
  }

  private apply(cell: KpiCell, feed: KpiFeed, row: Record<string, unknown>, t: number) {
    const s = feed.slot;
    switch (feed.measure) {
      case "count":
      case "open":
        cell.sums[s] += 1;
        cell.rows[s] += 1;
        return;
      case "sum":
      case "inverse": {
        const v = Number(feed.value(row) ?? NaN);
        // n counts the rows (reviews, audits), never the summed seconds or weights.
        if (Number.isFinite(v) && v !== 0) {
          cell.sums[s] += feed.measure === "sum" ? v : 1 / v;
          cell.rows[s] += 1;
        }
        return;
      }
      case "distinct":
        (cell.sets[s] ??= new Set()).add(feed.value(row));
        return;
      case "value": {
        const v = Number(feed.value(row) ?? NaN);
        if (Number.isFinite(v)) cell.values.push(v);
        return;
      }
      case "latest":
        if (t > cell.latest) cell.latest = t;
    }
  }

  /** A new accumulator holding the rows of this one and `other` (same KPIs). */
  merge(other: KpiAccumulator): KpiAccumulator {
    const merged = new KpiAccumulator(this.kpis);
    merged.firstMs = Math.min(this.firstMs, other.firstMs);
    merged.lastMs = Math.max(this.lastMs, other.lastMs);
    for (const source of [this, other]) {
      source.cells.forEach((cells, k) => {
        for (const [id, cell] of cells) {
          const into = merged.cells[k].get(id);
          if (!into) {
            merged.cells[k].set(id, {
              ...cell,
              sums: [...cell.sums],
              rows: [...cell.rows],
              sets: cell.sets.map((s) => s && new Set(s)),
              values: [...cell.values],
            });
            continue;
          }
          cell.sums.forEach((v, i) => (into.sums[i] += v));
          cell.rows.forEach((v, i) => (into.rows[i] += v));
          cell.sets.forEach((s, i) => s && s.forEach((v) => (into.sets[i] ??= new Set()).add(v)));
          for (const v of cell.values) into.values.push(v);
          into.latest = Math.max(into.latest, cell.latest);
        }
      });
    }
    return merged;
  }

  /**
   * The KPI values per period and dimension combination, with status against the targets;
   * partial periods are marked. Throws a KpiError for a grain a KPI cannot roll up to.
   */
  values(options: KpiValuesOptions = {}): KpiValue[] {
    const range = this.dataRange;
    return this.kpis.flatMap((kpi, k) =>
      kpiPeriodValues(kpi, [...this.cells[k].values()], { ...options, data: range }),
    );
  }
}
