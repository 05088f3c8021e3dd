import { wilsonInterval } from "../metrics/wilsonInterval.js";
import { periodStart } from "../time/periodStart.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type {
  ShadowArrivalRow,
  ShadowLabelCounts,
  ShadowQueueLoad,
  ShadowReadout,
  ShadowRuleReadout,
} from "./ShadowReadout.js";
import { evaluateEvent } from "./evaluateEvent.js";
import { shadowRecommendation, type ShadowRecommendationOptions } from "./shadowRecommendation.js";
import { addDays } from "../time/addDays.js";
import { dayCount } from "../time/dayCount.js";

/** Options for a {@link ShadowStreamReadout}. */
export interface ShadowStreamReadoutOptions extends ShadowRecommendationOptions {
  /** IANA zone of the days. Default `DEFAULT_ZONE`. */
  zone?: string;
  /** Flags per day each queue can review (default: the most `review_decided` of the queue in one day). */
  capacity?: Readonly<Record<string, number>>;
  /** Days a shadow hit waits for its label before it is forgotten (bounds memory). Default 60. */
  horizonDays?: number;
  /** An event's time in ms (default `Date.parse(event.ts)`). */
  timeOf?: (event: { ts: string }) => number;
}

interface Counts {
  hits: number;
  newHits: number;
  labeled: number;
  tp: number;
  fp: number;
  newLabeled: number;
  newTp: number;
  newFp: number;
}

interface Tracked {
  rules: number[];
  isNew: boolean;
  label: -1 | 0 | 1;
  day: string;
}

/**
 * The shadow readout of a stream, event by event: on each `listing_created` event the rules are
 * evaluated (the ids of every hit rule are returned, for rate alarms), shadow hits are kept with
 * whether an active rule hit the listing too; `review_decided` and `appeal_resolved` events are
 * the labels, counted when they arrive (an appeal's outcome replaces the review's); `flagged`
 * events give each queue's load. `readout()` gives the same {@link ShadowReadout} as the batch
 * `shadowRulesReadout`, with one arrival row per day seen. Memory grows with shadow hits of the last
 * `horizonDays`, not with events.
 * @example const shadow = new ShadowStreamReadout(compiled); await monitorStream(events, { evaluate: (e) => shadow.observe(e) });
 */
export class ShadowStreamReadout {
  private readonly shadow: number[];
  private readonly acting: boolean[];
  private readonly counts: Counts[];
  private readonly overlap: Map<number, number>[];
  private readonly liveHits: number[];
  private readonly tracked = new Map<string, Tracked>();
  /** New flags per group (`queue` or `rule:<index>`) and day. */
  private readonly extra = new Map<string, Map<string, number>>();
  /** Listings flagged into each queue: `queue\0key` → day (pruned), and the count per queue. */
  private readonly flaggedKeys = new Map<string, string>();
  private readonly flagged = new Map<string, number>();
  private readonly decided = new Map<string, Map<string, number>>();
  private readonly arrival: ShadowArrivalRow[][];
  private readonly days: string[] = [];
  private listings = 0;

  constructor(
    private readonly compiled: CompiledRuleSet,
    private readonly options: ShadowStreamReadoutOptions = {},
  ) {
    const status = compiled.rules.map((r) => r.definition.status ?? "active");
    this.shadow = status.flatMap((s, k) => (s === "shadow" ? [k] : []));
    this.acting = status.map((s) => s === "active");
    this.counts = compiled.rules.map(() => ({
      hits: 0,
      newHits: 0,
      labeled: 0,
      tp: 0,
      fp: 0,
      newLabeled: 0,
      newTp: 0,
      newFp: 0,
    }));
    this.overlap = compiled.rules.map(() => new Map<number, number>());
    this.liveHits = compiled.rules.map(() => 0);
    this.arrival = compiled.rules.map(() => []);
  }

  /** Takes one event; returns the ids of the rules a listing_created event hits (active and shadow). */
  observe(event: { ts: string; type: string; [field: string]: unknown }): string[] {
    const ms = this.options.timeOf ? this.options.timeOf(event) : Date.parse(event.ts);
    const day = periodStart(ms, "day", { zone: this.options.zone });
    if (day === null) return [];
    if (this.days.length === 0 || day > this.days.at(-1)!) {
      if (this.days.length) this.closeDay(this.days.at(-1)!);
      this.days.push(day);
    }
    const key = event.listing_id === undefined ? undefined : String(event.listing_id);
    if (event.type === "listing_created") return this.listing(event, key, day);
    if (key === undefined) return [];
    if (event.type === "flagged" && typeof event.queue === "string") {
      const k = `${event.queue}\u0000${key}`;
      if (!this.flaggedKeys.has(k))
        this.flagged.set(event.queue, (this.flagged.get(event.queue) ?? 0) + 1);
      this.flaggedKeys.set(k, day);
    } else if (event.type === "review_decided") {
      const decision = String(event.decision ?? "").toLowerCase();
      if (typeof event.queue === "string") {
        const byDay = this.decided.get(event.queue) ?? new Map<string, number>();
        byDay.set(day, (byDay.get(day) ?? 0) + 1);
        this.decided.set(event.queue, byDay);
      }
      if (decision === "violation" || decision === "no_violation")
        this.label(key, decision === "violation" ? 1 : 0);
    } else if (event.type === "appeal_resolved") {
      const outcome = String(event.outcome ?? "").toLowerCase();
      if (outcome === "upheld" || outcome === "overturned")
        this.label(key, outcome === "upheld" ? 1 : 0);
    }
    return [];
  }

  private listing(event: Record<string, unknown>, key: string | undefined, day: string): string[] {
    this.listings++;
    const ids = evaluateEvent(this.compiled, event);
    if (ids.length === 0) return ids;
    const hit = ids.map((id) => this.compiled.rules.findIndex((r) => r.id === id));
    const live = hit.filter((k) => this.acting[k]);
    for (const k of live) this.liveHits[k]++;
    const shadows = hit.filter((k) => this.shadow.includes(k));
    if (shadows.length === 0) return ids;
    const isNew = live.length === 0;
    const queues = new Set<string>();
    for (const k of shadows) {
      const c = this.counts[k];
      c.hits++;
      if (isNew) {
        c.newHits++;
        this.bump(`rule:${k}`, day);
        queues.add(this.queueOf(k));
      }
      for (const l of live) this.overlap[k].set(l, (this.overlap[k].get(l) ?? 0) + 1);
    }
    for (const q of queues) this.bump(q, day);
    if (key !== undefined) this.tracked.set(key, { rules: shadows, isNew, label: -1, day });
    return ids;
  }

  private bump(group: string, day: string): void {
    const byDay = this.extra.get(group) ?? new Map<string, number>();
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
    this.extra.set(group, byDay);
  }

  private label(key: string, value: 0 | 1): void {
    const t = this.tracked.get(key);
    if (!t || t.label === value) return;
    for (const k of t.rules) {
      const c = this.counts[k];
      if (t.label === -1) {
        c.labeled++;
        if (t.isNew) c.newLabeled++;
      } else if (t.label === 1) {
        c.tp--;
        if (t.isNew) c.newTp--;
      } else {
        c.fp--;
        if (t.isNew) c.newFp--;
      }
      if (value === 1) {
        c.tp++;
        if (t.isNew) c.newTp++;
      } else {
        c.fp++;
        if (t.isNew) c.newFp++;
      }
    }
    t.label = value;
  }

  private closeDay(day: string): void {
    for (const k of this.shadow) {
      const c = this.counts[k];
      this.arrival[k].push({ day, hits: c.hits, newHits: c.newHits, ...labelCounts(c) });
    }
    const horizon = this.options.horizonDays ?? 60;
    const oldest = addDays(day, -horizon);
    for (const [key, t] of this.tracked) if (t.day < oldest) this.tracked.delete(key);
    for (const [key, d] of this.flaggedKeys) if (d < oldest) this.flaggedKeys.delete(key);
  }

  private queueOf(k: number): string {
    const d = this.compiled.rules[k].definition;
    return typeof d.extra.queue === "string" && d.extra.queue ? d.extra.queue : d.policy;
  }

  private queueLoad(group: string, queue: string, days: number): ShadowQueueLoad {
    const byDay = [...(this.extra.get(group) ?? new Map<string, number>())];
    const total = byDay.reduce((a, [, n]) => a + n, 0);
    const peak = byDay.reduce((best, e) => (e[1] > best[1] ? e : best), ["", 0] as [
      string,
      number,
    ]);
    const flagged = this.flagged.get(queue) ?? 0;
    const shown = Math.max(0, ...(this.decided.get(queue)?.values() ?? []));
    const given = this.options.capacity?.[queue];
    const capacity = given ?? (shown > 0 ? shown : NaN);
    const headroom = capacity - flagged / days - total / days;
    return {
      queue,
      extraPerDay: total / days,
      peakExtra: peak[1],
      peakDay: peak[1] > 0 ? peak[0] : undefined,
      loadPerDay: flagged / days,
      loadSource: "listings flagged into the queue (flagged events)",
      capacity,
      capacitySource:
        given !== undefined
          ? "given"
          : shown > 0
            ? "the most review decisions of the queue in one day of the stream"
            : "unknown: no review decision of this queue and none given",
      headroom,
      fits: Number.isFinite(capacity) ? headroom >= 0 : undefined,
    };
  }

  /** The readout as of the last event seen (the current day counts as far as it went). */
  readout(): ShadowReadout {
    const since = this.days[0] ?? "";
    const asOf = this.days.at(-1) ?? "";
    const days = Math.max(1, this.days.length ? dayCount(since, asOf) : 1);
    const rules: ShadowRuleReadout[] = this.shadow.map((k) => {
      const rule = this.compiled.rules[k];
      const c = this.counts[k];
      const today = { day: asOf, hits: c.hits, newHits: c.newHits, ...labelCounts(c) };
      const base = {
        id: rule.id,
        name: rule.definition.name,
        policy: rule.definition.policy,
        action: rule.definition.action,
        queue: this.queueOf(k),
        hits: c.hits,
        newHits: c.newHits,
        known: labelCounts(c),
        overlap: this.compiled.rules.flatMap((r, l) => {
          if (!this.acting[l]) return [];
          const shared = this.overlap[k].get(l) ?? 0;
          return [
            {
              rule: r.id,
              shared,
              shareOfShadow: c.hits > 0 ? shared / c.hits : NaN,
              liveHits: this.liveHits[l],
              shareOfLive: this.liveHits[l] > 0 ? shared / this.liveHits[l] : NaN,
            },
          ];
        }),
        queueLoad: this.queueLoad(`rule:${k}`, this.queueOf(k), days),
        arrival: [...this.arrival[k], today],
      };
      return {
        ...base,
        recommendation: shadowRecommendation(base, {
          ...this.options,
          asOf,
          days,
          datedLabels: true,
        }),
      };
    });
    return {
      since,
      asOf,
      days,
      rows: this.listings,
      labelSource: "review_decided and appeal_resolved events, counted as they arrived",
      datedLabels: true,
      activeRules: this.compiled.rules.filter((_, k) => this.acting[k]).map((r) => r.id),
      rules,
      queues: [...new Set(rules.map((r) => r.queue))].map((q) => this.queueLoad(q, q, days)),
      notes: [],
    };
  }
}

function labelCounts(c: Counts): ShadowLabelCounts {
  return {
    labeled: c.labeled,
    tp: c.tp,
    fp: c.fp,
    precision: wilsonInterval(c.tp, c.tp + c.fp),
    newLabeled: c.newLabeled,
    newlyCaught: c.newTp,
    newlyFlaggedClean: c.newFp,
    newPrecision: wilsonInterval(c.newTp, c.newTp + c.newFp),
  };
}
