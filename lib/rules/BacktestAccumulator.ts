import type { Table } from "arquero";
import { closestName } from "../data/closestName.js";
import { periodStart, type GrainName } from "../time/periodStart.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import {
  denseOverlapLimit,
  type PeriodBacktestRow,
  type RuleBacktest,
  type SegmentBacktestRow,
} from "./RuleBacktest.js";
import type { RuleHits } from "./RuleHits.js";
import { RuleError } from "./RuleError.js";
import { evaluateRules } from "./evaluateRules.js";
import { hitStats } from "./hitStats.js";
import { labelValues } from "./labelValues.js";
import { actionSeverity, resolveActions } from "./resolveActions.js";
import type { MatchModeName } from "./MatchModeName.js";
import * as msg from "./messages.js";

/** Options for a {@link BacktestAccumulator}; see `backtestRules`. */
export interface BacktestAccumulatorOptions {
  label?: string;
  by?: readonly string[];
  time?: string;
  grain?: GrainName;
  /** A column whose values are kept as the first `examples` hits of each rule. Default none. */
  id?: string;
  /** Example ids kept per rule (default 5). */
  examples?: number;
  /** How the active rules' actions combine on a listing (see `resolveActions`). Default "all". */
  match?: MatchModeName;
}

interface Counts {
  hits: number;
  tp: number;
  fp: number;
}

const counts = (): Counts => ({ hits: 0, tp: 0, fp: 0 });
const add = (c: Counts, label: number, weight = 1) => {
  c.hits += weight;
  if (label === 1) c.tp += weight;
  else if (label === 0) c.fp += weight;
};
const stats = (c: Counts, positives: number) =>
  hitStats({ ...c, unlabeled: c.hits - c.tp - c.fp }, positives);

/**
 * The mergeable sufficient statistics of a rule backtest: feed it the rows chunk by chunk (from
 * a DuckDB scan or one in-memory table) and read the same {@link RuleBacktest} as `backtestRules`,
 * with memory bounded by rules × segments × periods, not by rows.
 * @example const acc = new BacktestAccumulator(compiled, { by: ["category"] }); for await (const c of chunks) acc.add(c); acc.result();
 */
export class BacktestAccumulator {
  private readonly label: string;
  private readonly by: readonly string[];
  private readonly time?: string;
  private readonly grain: GrainName;
  private readonly idColumn?: string;
  private readonly exampleCount: number;
  private rows = 0;
  private labeled = 0;
  private positives = 0;
  private readonly rules: Counts[];
  private readonly unique: Counts[];
  private readonly total = counts();
  private readonly overlap: Map<number, number>;
  private readonly segments = new Map<
    string,
    Map<string, { rows: number; positives: number; any: Counts; rules: Counts[] }>
  >();
  private readonly periods: Map<string, Counts>[];
  private readonly exampleIds: unknown[][];
  private readonly warnings: string[] = [];
  private readonly ids: string[];
  /** Whether each rule acts (active); shadow rules are evaluated and reported, never flag. */
  private readonly acting: boolean[];
  private readonly match: MatchModeName;
  private readonly actions = new Map<string, Counts>();
  private readonly decided: Counts[];

  constructor(
    private readonly compiled: CompiledRuleSet,
    options: BacktestAccumulatorOptions = {},
  ) {
    this.label = options.label ?? "is_violation";
    this.by = options.by ?? [];
    this.time = options.time;
    this.grain = options.grain ?? "week";
    this.idColumn = options.id;
    this.exampleCount = options.examples ?? 5;
    this.ids = compiled.rules.map((r) => r.id);
    this.acting = compiled.rules.map((r) => (r.definition.status ?? "active") === "active");
    this.match = options.match ?? "all";
    this.decided = this.ids.map(counts);
    this.rules = this.ids.map(counts);
    this.unique = this.ids.map(counts);
    this.overlap = new Map();
    this.periods = this.ids.map(() => new Map<string, Counts>());
    this.exampleIds = this.ids.map(() => []);
    for (const column of this.by) this.segments.set(column, new Map());
  }

  /**
   * Adds one chunk of rows (hits evaluated here unless given for the same rows). With `weights`,
   * each row stands for that many rows alike in hits, label, segments and period (an engine's
   * GROUP BY); examples then come from {@link BacktestAccumulator.setExamples}.
   */
  add(
    chunk: Table,
    hits: RuleHits = evaluateRules(this.compiled, chunk),
    weights?: ArrayLike<number>,
  ): void {
    const names = chunk.columnNames();
    for (const [column, option] of [
      ...this.by.map((c) => [c, "--by"]),
      ...(this.time ? [[this.time, "time"]] : []),
      ...(this.idColumn ? [[this.idColumn, "--id"]] : []),
    ])
      if (!names.includes(column))
        throw new RuleError(msg.missingColumn(column, option, closestName(column, names)));
    if (this.rows === 0) for (const w of hits.warnings) this.warnings.push(w);
    const labels = labelValues(chunk, this.label);
    const n = chunk.numRows();
    const k = this.ids.length;
    const segmentValues = this.by.map((c) => chunk.array(c) as ArrayLike<unknown>);
    const times = this.time ? (chunk.array(this.time) as ArrayLike<unknown>) : undefined;
    const idValues = this.idColumn ? (chunk.array(this.idColumn) as ArrayLike<unknown>) : undefined;
    const hitRules: number[] = [];
    const actingHits: number[] = [];
    const definitions = this.compiled.rules.map((r) => r.definition);
    for (let row = 0; row < n; row++) {
      const y = labels[row];
      const w = weights ? weights[row] : 1;
      this.rows += w;
      if (y >= 0) this.labeled += w;
      if (y === 1) this.positives += w;
      hitRules.length = 0;
      const word = row >>> 5;
      const bit = row & 31;
      actingHits.length = 0;
      for (let r = 0; r < k; r++)
        if ((hits.bits[r][word] >>> bit) & 1) {
          hitRules.push(r);
          if (this.acting[r]) actingHits.push(r);
        }
      const keys = segmentValues.map((values) => {
        const v = values[row];
        return v === null || v === undefined ? "(null)" : String(v);
      });
      this.by.forEach((column, c) => {
        const groups = this.segments.get(column)!;
        let g = groups.get(keys[c]);
        if (!g)
          groups.set(
            keys[c],
            (g = { rows: 0, positives: 0, any: counts(), rules: this.ids.map(counts) }),
          );
        g.rows += w;
        if (y === 1) g.positives += w;
        if (actingHits.length) add(g.any, y, w);
        for (const r of hitRules) add(g.rules[r], y, w);
      });
      if (hitRules.length === 0) continue;
      if (actingHits.length) {
        add(this.total, y, w);
        const resolved = resolveActions(
          actingHits.map((r) => definitions[r]),
          this.match,
        )!;
        const decider = actingHits.find((r) => this.ids[r] === resolved.ruleId)!;
        let a = this.actions.get(resolved.action);
        if (!a) this.actions.set(resolved.action, (a = counts()));
        add(a, y, w);
        add(this.decided[decider], y, w);
      }
      const period = times
        ? (periodStart(times[row] as Date | string | number | null, this.grain) ?? "(none)")
        : "";
      for (const r of hitRules) {
        add(this.rules[r], y, w);
        // Unique among the acting rules: a shadow rule takes nothing from an active one.
        if (actingHits.length === (this.acting[r] ? 1 : 0)) add(this.unique[r], y, w);
        for (const s of hitRules)
          this.overlap.set(r * k + s, (this.overlap.get(r * k + s) ?? 0) + w);
        if (times) {
          let c = this.periods[r].get(period);
          if (!c) this.periods[r].set(period, (c = counts()));
          add(c, y, w);
        }
        if (idValues && this.exampleIds[r].length < this.exampleCount)
          this.exampleIds[r].push(idValues[row]);
      }
    }
  }

  /** Sets each rule's example ids (in rule order), found by the engine rather than in `add`. */
  setExamples(ids: readonly (readonly unknown[])[]): void {
    ids.forEach((list, r) => (this.exampleIds[r] = list.slice(0, this.exampleCount)));
  }

  /** The first example ids of each rule's hits (with the `id` option), by rule id. */
  examples(): Record<string, unknown[]> {
    return Object.fromEntries(this.ids.map((id, r) => [id, [...this.exampleIds[r]]]));
  }

  /** The backtest of every row added so far. */
  result(): RuleBacktest {
    const positives = this.positives;
    const k = this.ids.length;
    const rules = this.compiled.rules.map((rule, r) => ({
      id: rule.id,
      name: rule.definition.name,
      policy: rule.definition.policy,
      action: rule.definition.action,
      status: rule.definition.status ?? "active",
      priority: rule.definition.priority ?? 0,
      ...stats(this.rules[r], positives),
      decided: this.decided[r].hits,
      unique_hits: this.unique[r].hits,
      unique_tp: this.unique[r].tp,
      recall_lost: !this.acting[r] ? 0 : positives > 0 ? this.unique[r].tp / positives : NaN,
    }));
    const matrix =
      this.ids.length <= denseOverlapLimit
        ? this.ids.map((_, a) => this.ids.map((__, b) => this.overlap.get(a * k + b) ?? 0))
        : [];
    const pairs: [number, number, number][] = [];
    for (const [key, rows] of this.overlap) {
      const a = Math.floor(key / k);
      const b = key % k;
      if (a <= b && rows > 0) pairs.push([a, b, rows]);
    }
    pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const segments: SegmentBacktestRow[] = [];
    for (const [column, groups] of this.segments)
      for (const [value, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const base = { column, value, rows: g.rows, positives: g.positives };
        segments.push({ ...base, rule: "(any)", ...stats(g.any, g.positives) });
        this.ids.forEach((id, r) =>
          segments.push({ ...base, rule: id, ...stats(g.rules[r], g.positives) }),
        );
      }
    const periods: PeriodBacktestRow[] = [];
    this.ids.forEach((id, r) => {
      for (const [period, c] of [...this.periods[r]].sort(([a], [b]) => (a < b ? -1 : 1)))
        periods.push({ period, rule: id, hits: c.hits, tp: c.tp, fp: c.fp });
    });
    const warnings = [...this.warnings];
    if (this.rows > 0 && this.labeled === 0) warnings.push(msg.noLabels(this.label));
    return {
      rows: this.rows,
      labeled: this.labeled,
      positives,
      rules,
      total: stats(this.total, positives),
      actions: {
        match: this.match,
        taken: [...this.actions]
          .sort(([a], [b]) => actionSeverity[b as "tag"] - actionSeverity[a as "tag"])
          .map(([action, c]) => ({ action, ...stats(c, positives) })),
      },
      overlap: { ruleIds: [...this.ids], matrix, pairs },
      segments,
      periods,
      warnings,
    };
  }
}
