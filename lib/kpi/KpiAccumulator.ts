import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { CompiledKpi, KpiFeed } from "./compileKpi.js";
import { kpiStatus } from "./kpiStatus.js";
import type { KpiValue } from "./KpiValue.js";
import { nextPeriod, periodKeys, periodRange, periodStartMs } from "./periodKeys.js";
import { quantileSorted } from "./quantileSorted.js";

/** The sufficient statistics of one KPI in one period and dimension combination. */
interface Cell {
  period: string;
  dimensions: Record<string, string>;
  sums: number[];
  sets: (Set<unknown> | undefined)[];
  values: number[];
  latest: number;
}

/** Options for {@link KpiAccumulator.values}. */
export interface KpiValuesOptions {
  /** First day (YYYY-MM-DD) whose period is reported. Default: the first period seen. */
  from?: string;
  /** Last day whose period is reported. Default: the last period seen. */
  to?: string;
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
  private readonly cells: Map<string, Cell>[];
  private readonly byTable = new Map<string, { k: number; feed: KpiFeed }[]>();
  private readonly keys: ((ms: number) => string | null)[];

  constructor(kpis: readonly CompiledKpi[]) {
    this.kpis = kpis;
    this.cells = kpis.map(() => new Map());
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

  /** Adds one row of `table` to every KPI that reads the table. */
  add(table: string, row: Record<string, unknown>): void {
    const feeds = this.byTable.get(table);
    if (!feeds) return;
    for (const { k, feed } of feeds) {
      if (!feed.accept(row)) continue;
      const t = feed.time(row);
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

  private cell(k: number, period: string, dims: string[], values: string[]): Cell {
    const id = dims.length ? period + SEP + values.join(SEP) : period;
    let cell = this.cells[k].get(id);
    if (!cell) {
      const slots = this.kpis[k].slots;
      cell = {
        period,
        dimensions: Object.fromEntries(dims.map((d, i) => [d, values[i]])),
        sums: new Array(slots).fill(0),
        sets: new Array(slots).fill(undefined),
        values: [],
        latest: -Infinity,
      };
      this.cells[k].set(id, cell);
    }
    return cell;
  }

  private apply(cell: Cell, feed: KpiFeed, row: Record<string, unknown>, t: number) {
    const s = feed.slot;
    switch (feed.measure) {
      case "count":
      case "open":
        cell.sums[s] += 1;
        return;
      case "sum":
      case "inverse": {
        const v = Number(feed.value(row) ?? NaN);
        if (Number.isFinite(v) && v !== 0) cell.sums[s] += feed.measure === "sum" ? v : 1 / v;
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
    for (const source of [this, other]) {
      source.cells.forEach((cells, k) => {
        for (const [id, cell] of cells) {
          const into = merged.cells[k].get(id);
          if (!into) {
            merged.cells[k].set(id, {
              ...cell,
              sums: [...cell.sums],
              sets: cell.sets.map((s) => s && new Set(s)),
              values: [...cell.values],
            });
            continue;
          }
          cell.sums.forEach((v, i) => (into.sums[i] += v));
          cell.sets.forEach((s, i) => s && s.forEach((v) => (into.sets[i] ??= new Set()).add(v)));
          for (const v of cell.values) into.values.push(v);
          into.latest = Math.max(into.latest, cell.latest);
        }
      });
    }
    return merged;
  }

  /** The KPI values per period and dimension combination, with status against the targets. */
  values(options: KpiValuesOptions = {}): KpiValue[] {
    return this.kpis.flatMap((kpi, k) => kpiValues(kpi, [...this.cells[k].values()], options));
  }
}

function kpiValues(kpi: CompiledKpi, cells: Cell[], options: KpiValuesOptions): KpiValue[] {
  const { definition: d, kind } = kpi;
  const seen = cells.map((c) => c.period).sort();
  const from = options.from ?? seen[0];
  const to = options.to ?? seen[seen.length - 1];
  if (from === undefined || to === undefined) return [];
  const periods = periodRange(from, to, d.grain);
  const dimKeys = new Map<string, Record<string, string>>([["{}", {}]]);
  for (const c of cells) dimKeys.set(JSON.stringify(c.dimensions), c.dimensions);
  const byId = new Map(cells.map((c) => [c.period + JSON.stringify(c.dimensions), c]));
  const scale = d.formula.scale ?? 1;
  const size = (c: Cell, i: number) => c.sets[i]?.size ?? c.sums[i];
  const out: KpiValue[] = [];
  for (const [id, dimensions] of dimKeys) {
    let latest = -Infinity;
    if (kind === "freshness")
      for (const c of cells) if (c.period < (periods[0] ?? "")) latest = Math.max(latest, c.latest);
    for (const period of periods) {
      const cell = byId.get(period + id);
      const base = {
        kpi: d.name,
        title: d.title,
        area: d.area,
        format: d.format,
        period,
        dimensions,
        target: d.target,
      };
      let value = NaN;
      let n = 0;
      let extra: Partial<KpiValue> = {};
      if (kind === "count" || kind === "backlog") {
        value = cell ? cell.sums.reduce((sum, _, i) => sum + size(cell, i), 0) : 0;
        n = value;
        value *= scale;
      } else if (kind === "ratio") {
        const feeds = kpi.feeds;
        const part = (role: string) =>
          cell
            ? feeds.filter((f) => f.role === role).reduce((s, f) => s + size(cell, f.slot), 0)
            : 0;
        const numerator = part("numerator");
        const denominator = part("denominator");
        value = denominator > 0 ? (numerator / denominator) * scale : NaN;
        n = denominator;
        extra = { numerator, denominator };
        if (kpi.binomial && denominator > 0 && numerator <= denominator) {
          const ci = wilsonInterval(numerator, denominator);
          extra = { ...extra, lower: ci.lower * scale, upper: ci.upper * scale };
        }
      } else if (kind === "quantile") {
        const sorted = Float64Array.from(cell?.values ?? []).sort();
        value = quantileSorted(sorted, d.formula.quantile!.q) * scale;
        n = sorted.length;
      } else {
        latest = Math.max(latest, cell?.latest ?? -Infinity);
        const end = periodStartMs(nextPeriod(period, d.grain));
        value = Number.isFinite(latest) ? ((end - latest) / 3_600_000) * scale : NaN;
        n = cell ? 1 : 0;
      }
      out.push({ ...base, value, n, ...extra, status: kpiStatus(value, d.target) });
    }
  }
  return out;
}
