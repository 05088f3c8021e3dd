import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { CountAccumulator } from "../../lib/stream/CountAccumulator.js";
import { dedupeEvents } from "../../lib/stream/dedupeEvents.js";
import { EventTimeWindows } from "../../lib/stream/EventTimeWindows.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { monitorStream } from "../../lib/stream/monitorStream.js";
import type { MonitorResult } from "../../lib/stream/MonitorTypes.js";
import { PageHinkley } from "../../lib/stream/PageHinkley.js";
import { populationStabilityIndex } from "../../lib/stream/populationStabilityIndex.js";
import { ScoreHistogram } from "../../lib/stream/ScoreHistogram.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";

const hour = 3_600_000;

describe("EventTimeWindows", () => {
  it("EventTimeWindows closes tumbling windows at the watermark and counts events beyond the lateness", () => {
    const w = new EventTimeWindows({
      size: hour,
      lateness: 10 * 60_000,
      create: () => new CountAccumulator(),
    });
    w.add(0.5 * hour, (c) => c.add("a"));
    w.add(1.05 * hour, (c) => c.add("a")); // watermark 0.883 h: window [0, 1 h) stays open
    expect(w.advance()).toEqual([]);
    expect(w.add(0.9 * hour, (c) => c.add("a"))).toBe(true); // late but within the lateness
    w.add(1.2 * hour, (c) => c.add("a")); // watermark 1.033 h closes [0, 1 h)
    const [closed] = w.advance();
    expect([closed.start, closed.end, closed.state.get("a")]).toEqual([0, hour, 2]);
    expect(w.add(0.95 * hour, (c) => c.add("a"))).toBe(false);
    expect(w.late).toBe(1);
    expect(w.flush().map((c) => c.state.get("a"))).toEqual([2]);
    expect(w.openCount).toBe(0);
  });

  it("EventTimeWindows puts an event in every sliding window that contains it", () => {
    const w = new EventTimeWindows({
      size: 3 * hour,
      slide: hour,
      create: () => new CountAccumulator(),
    });
    w.add(2.5 * hour, (c) => c.add("x"));
    expect(w.flush().map((c) => c.start / hour)).toEqual([0, 1, 2]);
    expect(
      () => new EventTimeWindows({ size: 3 * hour, slide: 2 * hour, create: () => 0 }),
    ).toThrow(
      /window: the slide \(7200000 ms\) must be positive and divide the size \(10800000 ms\)/,
    );
  });
});

describe("drift statistics", () => {
  it("populationStabilityIndex is 0 for the same distribution and matches a hand computation", () => {
    const ref = new ScoreHistogram(2);
    const cur = new ScoreHistogram(2);
    [0.1, 0.1, 0.9, 0.9].forEach((s) => ref.add(s));
    [0.1, 0.9, 0.9, 0.9].forEach((s) => cur.add(s));
    expect(populationStabilityIndex(ref, ref, { groups: 2 })).toBeCloseTo(0, 12);
    // groups 0.5/0.5 against 0.25/0.75: (0.25-0.5)ln(0.5) + (0.75-0.5)ln(1.5)
    const expected =
      (0.2501 - 0.5001) * Math.log(0.2501 / 0.5001) + (0.7501 - 0.5001) * Math.log(0.7501 / 0.5001);
    expect(populationStabilityIndex(ref, cur, { groups: 2 })).toBeCloseTo(expected, 12);
    expect(populationStabilityIndex(ref, new ScoreHistogram(2))).toBeNaN();
  });

  it("PageHinkley signals an upward shift and not a stable level", () => {
    const ph = new PageHinkley({ delta: 0.1, threshold: 5, minInstances: 10 });
    const stable = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    expect(stable.some((x) => ph.add(x))).toBe(false);
    const fired = [3, 3, 3, 3].findIndex((x) => ph.add(x));
    expect(fired).toBe(1);
  });

  it("CountAccumulator.merge adds counts without changing either input", () => {
    const a = new CountAccumulator();
    const b = new CountAccumulator();
    a.add("x", 2);
    b.add("x");
    b.add("y");
    expect(a.merge(b).entries()).toEqual([
      ["x", 3],
      ["y", 1],
    ]);
    expect(a.entries()).toEqual([["x", 2]]);
  });
});

describe("monitorStream on the sample events", () => {
  let result: MonitorResult;
  let incidents: { id: string; kind: string; start: string }[];
  const hits: string[] = [];
  beforeAll(async () => {
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8"));
    // A simple evaluator stands in for a compiled rule set: one rule on listing titles.
    const evaluate = (e: StreamEvent) =>
      e.type === "listing_created" && /레플리카|replica/i.test(String(e.title))
        ? ["replica_title"]
        : [];
    result = await monitorStream(dedupeEvents(jsonlEvents("data/events.jsonl")), {
      evaluate,
      onAlert: (a) => hits.push(a.kind),
    });
  }, 300_000);

  it("monitorStream fires one drift alarm, after the counterfeit_v4 rollout (INC-2026-001), within a day", () => {
    const shift = Date.parse(incidents.find((i) => i.kind === "calibration_shift")!.start);
    const drift = result.alerts.filter((a) => a.kind === "drift");
    expect(drift.map((a) => a.subject)).toEqual(["counterfeit"]);
    const delay = (Date.parse(drift[0].ts) - shift) / hour;
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThan(24);
    const change = result.alerts.find((a) => a.kind === "model_change")!;
    expect(change.message).toMatch(/counterfeit_v4 started flagging in place of counterfeit_v3/);
  });

  it("monitorStream raises a rate alarm on contact_phone hours after the over-broad rule change (INC-2026-003)", () => {
    const start = Date.parse(incidents.find((i) => i.kind === "rule_change")!.start);
    const rate = result.alerts.filter(
      (a) => a.kind === "rate" && a.subject === "rule:contact_phone",
    );
    expect(rate.length).toBeGreaterThan(0);
    expect((Date.parse(rate[0].ts) - start) / hour).toBeGreaterThan(0);
    expect((Date.parse(rate[0].ts) - start) / hour).toBeLessThan(12);
  });

  it("monitorStream counts evaluate-hook hits per window, windowed precision, and passes alerts to onAlert", () => {
    expect(result.windows.length).toBeGreaterThan(2000);
    const ruleHits = result.windows.reduce(
      (s, w) => s + (w.ruleHits["eval:replica_title"] ?? 0),
      0,
    );
    expect(ruleHits).toBeGreaterThan(50);
    const decided = result.windows.reduce((s, w) => s + w.decided, 0);
    expect(decided).toBeGreaterThan(1300);
    expect(hits).toEqual(result.alerts.map((a) => a.kind));
    expect(result.late).toBe(0);
  });
});

describe("monitorStream with the compiled production rules (lib/rules)", () => {
  it("monitorStream evaluates a compiled rule set on each listing_created event and counts hits per window", async () => {
    const { loadRuleFile } = await import("../../lib/rules/loadRuleFile.js");
    const { compileRules } = await import("../../lib/rules/compileRules.js");
    const { ruleFieldSchema } = await import("../../lib/rules/ruleFieldSchema.js");
    const { sampleSchemas } = await import("../../lib/data/sampleSchemas.js");
    const rules = compileRules(
      await loadRuleFile("data/rules/production-rules.yaml"),
      ruleFieldSchema(sampleSchemas.listings),
    );
    const title = (t: string, extra: Record<string, unknown> = {}) => ({
      ts: "2026-10-01T10:00:00+09:00",
      type: "listing_created",
      listing_id: "L1",
      title: t,
      category: "bags",
      brand: null,
      price_krw: 90000,
      ...extra,
    });
    async function* events() {
      yield title("[미러급] 샤넬 클래식 플랩백");
      yield title("나이키 운동화 정품");
      // One hour later (a lone event further ahead than maxFuture would be quarantined).
      yield { ...title("[미러급] 가방"), ts: "2026-10-01T11:00:00+09:00" };
    }
    const result = await monitorStream(events());
    expect(result.windows.every((w) => Object.keys(w.ruleHits).length === 0)).toBe(true);
    const withRules = await monitorStream(events(), { rules });
    expect(withRules.windows.map((w) => w.ruleHits)).toEqual([
      { "eval:cf_keywords": 1 },
      { "eval:cf_keywords": 1 },
    ]);
  });
});
