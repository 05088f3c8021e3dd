import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { CompiledRuleSet } from "../rules/CompiledRuleSet.js";
import { evaluateEvents } from "../rules/evaluateEvents.js";
import { ruleHit, type RuleHits } from "../rules/RuleHits.js";
import { CountAccumulator } from "./CountAccumulator.js";
import { EventTimeWindows } from "./EventTimeWindows.js";
import type { MonitorAlert, MonitorResult } from "./MonitorTypes.js";
import { PageHinkley } from "./PageHinkley.js";
import { populationStabilityIndex } from "./populationStabilityIndex.js";
import { ScoreHistogram } from "./ScoreHistogram.js";
import type { StreamEvent } from "./StreamEvent.js";
import { StreamClock, type StreamClockOptions } from "./StreamClock.js";
import { StreamError } from "./StreamError.js";
import { quarantineRecorder } from "./QuarantineReport.js";
import { pastWithinWindows, quarantinedEvents } from "./messages.js";
import { eventBatches } from "./eventBatches.js";

/** Options for {@link monitorStream}. */
export interface MonitorStreamOptions {
  /** Window (pane) length in ms. Default 3,600,000 (1 h). */
  window?: number;
  /** Allowed lateness in ms. Default 600,000 (10 min). */
  lateness?: number;
  /** Events far ahead of or behind the stream's clock are quarantined (see {@link StreamClock}); `maxPast` must cover the window plus the lateness. Default: its defaults (1 h, 7 d, 10). */
  clock?: StreamClockOptions;
  /** IANA zone of a `ts` without an offset: the dataset's zone. Default `DEFAULT_ZONE`. */
  zone?: string;
  /** A compiled rule set (lib/rules) evaluated on every listing_created event; hits count as `eval:<rule id>`. Default none. */
  rules?: CompiledRuleSet;
  /** Any other per-event evaluation: the ids of the rules an event hits, counted as `eval:<id>`. Default none. */
  evaluate?: (event: StreamEvent) => Iterable<string>;
  /** Score drift: PSI of the last `currentMs` against the `referenceMs` before it, per model family. */
  drift?: { currentMs?: number; referenceMs?: number; threshold?: number; minScores?: number };
  /** Rate alarms: Page–Hinkley on hits per window of each detector and rule. */
  rate?: { delta?: number; threshold?: number; minWindows?: number };
  /** Called for each alert as it fires (e.g. to append it to a JSONL file). */
  onAlert?: (alert: MonitorAlert) => void;
  /** Keep every closed window in the result. Default true; false keeps memory flat for endless streams. */
  keepWindows?: boolean;
}

interface Pane {
  types: CountAccumulator;
  flags: CountAccumulator;
  rules: CountAccumulator;
  confirmed: number;
  decided: number;
  /** Production scores in order of arrival, as pairs: family number, bin (-1 for NaN). */
  scores: number[];
}

/** A closed pane's scores while it is in the current or the reference drift window. */
interface PaneScores {
  end: number;
  scores: number[];
}

const noHits: string[] = [];
const family = (model: string) => model.replace(/_v\d+$/, "");
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Monitors an event stream: tumbling event-time windows with allowed lateness give volumes and
 * reviewer-confirmed precision; a compiled rule set (or any `evaluate` hook) runs on each event; each model family's *production* scores (the version whose flags
 * are seen; shadow versions are left out) feed PSI drift alarms; hits per detector and per rule
 * (the `evaluate` hook) feed Page–Hinkley rate alarms; a new production version is reported. State
 * is bounded by the drift window, not by the number of events. A stream that ends mid-window is
 * flushed. Event times go through a {@link StreamClock}: an event far ahead of the stream (dated
 * 2099), far behind it or without a valid ISO 8601 `ts` touches no window, watermark or model
 * state; it is counted in `quarantine` and reported in one `quarantined` alert at the end.
 * @example const { alerts } = await monitorStream(dedupeEvents(jsonlEvents("data/events.jsonl")));
 */
export async function monitorStream(
  events: AsyncIterable<StreamEvent>,
  options: MonitorStreamOptions = {},
): Promise<MonitorResult> {
  const {
    window = 3_600_000,
    lateness = 600_000,
    rules,
    evaluate,
    onAlert,
    keepWindows = true,
    zone,
  } = options;
  const {
    currentMs = 86_400_000,
    referenceMs = 7 * 86_400_000,
    threshold: psiThreshold = 0.3,
    minScores = 100,
  } = options.drift ?? {};
  const { delta = 0.1, threshold: rateThreshold = 15, minWindows = 48 } = options.rate ?? {};
  const windows = new EventTimeWindows<Pane>({
    size: window,
    lateness,
    create: () => ({
      types: new CountAccumulator(),
      flags: new CountAccumulator(),
      rules: new CountAccumulator(),
      confirmed: 0,
      decided: 0,
      scores: [],
    }),
  });
  const production = new Map<string, string>();
  // The production model of each family, and back: a model_scored event asks has(model), not a regex.
  const productionFamily = new Map<string, string>();
  // Model families by number, numbered as their first production score arrives.
  const families: string[] = [];
  const familyNumber = new Map<string, number>();
  const bins = new ScoreHistogram();
  const current: PaneScores[] = [];
  const reference: PaneScores[] = [];
  const currentSum = new Map<string, ScoreHistogram>();
  const referenceSum = new Map<string, ScoreHistogram>();
  const rates = new Map<string, PageHinkley>();
  // Per model family: false after a drift alarm, until its PSI falls below half the threshold.
  const armed = new Map<string, boolean>();
  const [quarantine, record] = quarantineRecorder();
  const result: MonitorResult = { windows: [], alerts: [], events: 0, late: 0, quarantine };
  const alert = (a: MonitorAlert) => {
    result.alerts.push(a);
    onAlert?.(a);
  };

  // Running sums: a pane enters the current window, moves to the reference, then leaves. A
  // family enters a sum the first time a pane brings it, in the order of the pane's scores.
  const sums = (map: Map<string, ScoreHistogram>, scores: number[], sign: 1 | -1) => {
    for (let k = 0; k < scores.length; k += 2) {
      const fam = families[scores[k]];
      let sum = map.get(fam);
      if (!sum) map.set(fam, (sum = new ScoreHistogram()));
      sum.addToBin(scores[k + 1], sign);
    }
  };
  let firstStart = Infinity;
  let lastEnd = NaN;
  const closePane = (start: number, end: number, pane: Pane) => {
    firstStart = Math.min(firstStart, start);
    lastEnd = end;
    // Warm-up: no drift test until the reference window is full.
    const warm = end - firstStart >= currentMs + referenceMs;
    current.push({ end, scores: pane.scores });
    sums(currentSum, pane.scores, 1);
    while (current.length && current[0].end <= end - currentMs) {
      const moved = current.shift()!;
      sums(currentSum, moved.scores, -1);
      sums(referenceSum, moved.scores, 1);
      reference.push(moved);
    }
    while (reference.length && reference[0].end <= end - currentMs - referenceMs)
      sums(referenceSum, reference.shift()!.scores, -1);
    const psi: Record<string, number> = {};
    if (warm)
      for (const [fam, now] of currentSum) {
        const reference = referenceSum.get(fam);
        if (!reference) continue;
        if (now.count < minScores || reference.count < minScores) continue;
        const value = populationStabilityIndex(reference, now);
        psi[fam] = value;
        if (value >= psiThreshold && armed.get(fam) !== false) {
          armed.set(fam, false);
          alert({
            ts: iso(end),
            kind: "drift",
            subject: fam,
            value,
            threshold: psiThreshold,
            message: `${fam} score distribution shifted: PSI ${value.toFixed(3)} (≥ ${psiThreshold}) for the ${currentMs / 3_600_000} h to ${iso(end)} against the ${referenceMs / 86_400_000} days before, ${now.count} against ${reference.count} scores of ${production.get(fam)}`,
          });
        } else if (value < psiThreshold / 2) armed.set(fam, true);
      }
    // Hits per detector and rule: subjects already followed, in the order they came, then new
    // ones in key order, each with its Page–Hinkley test.
    const fresh: string[] = [];
    for (const counts of [pane.flags, pane.rules])
      for (const subject of counts.keys()) if (!rates.has(subject)) fresh.push(subject);
    for (const subject of [...new Set(fresh)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      rates.set(
        subject,
        new PageHinkley({ delta, threshold: rateThreshold, minInstances: minWindows }),
      );
    for (const [subject, ph] of rates) {
      const hits = pane.flags.get(subject) + pane.rules.get(subject);
      if (ph.add(hits)) {
        alert({
          ts: iso(end),
          kind: "rate",
          subject,
          value: ph.statistic,
          threshold: rateThreshold,
          message: `${subject} hits rose: ${hits} in the window to ${iso(end)} against a running mean of ${ph.level.toFixed(2)} per window (Page–Hinkley ${ph.statistic.toFixed(1)} ≥ ${rateThreshold})`,
        });
        ph.reset();
      }
    }
    if (!keepWindows) return;
    const ci = wilsonInterval(pane.confirmed, pane.decided);
    result.windows.push({
      start: iso(start),
      end: iso(end),
      events: pane.types.total(),
      byType: Object.fromEntries(pane.types.entries()),
      flags: Object.fromEntries(pane.flags.entries()),
      confirmed: pane.confirmed,
      decided: pane.decided,
      precision: ci.estimate,
      lower: ci.lower,
      upper: ci.upper,
      ruleHits: Object.fromEntries(pane.rules.entries()),
      psi,
    });
  };

  // Per-event state of the pane update, set before each windows.add (one function, no closure per event).
  let event: StreamEvent;
  let hookHits: string[] = [];
  let listingRow = -1;
  let ruleHits: RuleHits | undefined;
  const evalKeys = rules ? rules.rules.map((r) => `eval:${r.id}`) : [];
  const update = (pane: Pane) => {
    pane.types.add(event.type);
    if (event.type === "flagged") pane.flags.add(String(event.detector));
    for (const rule of hookHits) pane.rules.add(`eval:${rule}`);
    if (listingRow >= 0)
      for (let k = 0; k < evalKeys.length; k++)
        if (ruleHit(ruleHits!, k, listingRow)) pane.rules.add(evalKeys[k]);
    if (
      event.type === "review_decided" &&
      (event.decision === "violation" || event.decision === "no_violation")
    ) {
      pane.decided++;
      if (event.decision === "violation") pane.confirmed++;
    }
    const fam =
      event.type === "model_scored" && typeof event.model === "string"
        ? productionFamily.get(event.model)
        : undefined;
    if (fam !== undefined) {
      let number = familyNumber.get(fam);
      if (number === undefined) {
        familyNumber.set(fam, (number = families.length));
        families.push(fam);
      }
      pane.scores.push(number, bins.binOf(Number(event.score)));
    }
  };
  const admit = (t: number) => {
    if (
      event.type === "flagged" &&
      typeof event.detector === "string" &&
      event.detector.startsWith("model:")
    ) {
      const model = event.detector.slice(6);
      const previous = productionFamily.has(model) ? model : production.get(family(model));
      if (previous !== model) {
        production.set(family(model), model);
        if (previous) productionFamily.delete(previous);
        productionFamily.set(model, family(model));
        if (previous)
          alert({
            ts: event.ts,
            kind: "model_change",
            subject: family(model),
            value: 1,
            threshold: 1,
            message: `${model} started flagging in place of ${previous}: scores of ${family(model)} now come from ${model}`,
          });
      }
    }
    hookHits = evaluate ? [...evaluate(event)] : noHits;
    if (!windows.add(t, update)) result.late++;
    for (const w of windows.advance()) closePane(w.start, w.end, w.state);
  };
  // Admitted events wait here, at most `batch` of them, so the rule set runs on a micro-batch of
  // listings at once; they are then applied one by one in order, so nothing else changes.
  const batch = 1024;
  const pendingEvents: StreamEvent[] = [];
  const pendingTimes: number[] = [];
  const drain = () => {
    const listings = rules ? pendingEvents.filter((e) => e.type === "listing_created") : [];
    ruleHits = listings.length ? evaluateEvents(rules!, listings) : undefined;
    let listing = 0;
    for (let i = 0; i < pendingEvents.length; i++) {
      event = pendingEvents[i];
      listingRow = rules && event.type === "listing_created" ? listing++ : -1;
      admit(pendingTimes[i]);
    }
    pendingEvents.length = 0;
    pendingTimes.length = 0;
  };
  const clock = new StreamClock<StreamEvent>(
    options.clock ?? {},
    (e, t) => {
      pendingEvents.push(e);
      pendingTimes.push(t);
      if (pendingEvents.length >= batch) drain();
    },
    record,
  );
  if (clock.maxPast < window + lateness)
    throw new StreamError(pastWithinWindows(clock.maxPast, window, lateness));
  // Times come with the batches (read once, by jsonlEvents), or are read here in `zone`.
  for await (const { events: batchEvents, times } of eventBatches(events, zone)) {
    for (let i = 0; i < batchEvents.length; i++) {
      result.events++;
      clock.offer(batchEvents[i], times[i]);
    }
    // A batch is what arrived together: its events are counted before the next read.
    drain();
  }
  clock.flush();
  drain();
  for (const w of windows.flush()) closePane(w.start, w.end, w.state);
  if (result.late > 0)
    alert({
      ts: Number.isNaN(lastEnd) ? "" : iso(lastEnd),
      kind: "late_events",
      subject: "stream",
      value: result.late,
      threshold: 0,
      message: `${result.late} events arrived after the allowed lateness of ${lateness / 60_000} min and were dropped; raise --lateness or fix the producer's ordering`,
    });
  const quarantined = quarantine.future + quarantine.past + quarantine.invalid;
  if (quarantined > 0)
    alert({
      ts: Number.isNaN(lastEnd) ? "" : iso(lastEnd),
      kind: "quarantined",
      subject: "stream",
      value: quarantined,
      threshold: 0,
      message: quarantinedEvents(quarantine, clock),
    });
  return result;
}
