import { createHash } from "node:crypto";
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import type { CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { evaluateEvent } from "../../lib/rules/evaluateEvent.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { dedupeEvents, type DedupeStats } from "../../lib/stream/dedupeEvents.js";
import { jsonlEvents, type JsonlStats } from "../../lib/stream/jsonlEvents.js";
import { monitorStream } from "../../lib/stream/monitorStream.js";
import type { MonitorAlert, MonitorResult } from "../../lib/stream/MonitorTypes.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";
import { strictTimestampParser } from "../../lib/time/strictTimestampParser.js";
import { troubledReplay, type TroubledReplayCounts } from "../support/troubledReplay.js";

// The monitor's whole output on a troubled replay (test/support/troubledReplay.ts) as `tns monitor
// --on-malformed skip --rules data/rules/production-rules.yaml` computes it, against (1) the output
// of the per-event implementation before batching, stored in the fixture, and (2) a straightforward
// reference path: lines read with readline, one event per await, rules evaluated one event at a
// time with evaluateEvent. Fixture made with: TNS_WRITE_MONITOR_FIXTURE=1 npx vitest run
// test/stream/monitorParity.test.ts (at commit "Stream monitor parity fixture", before batching).
const FIXTURE = "test/fixtures/stream/troubled-replay-monitor.json";

interface Outcome {
  result: MonitorResult;
  stats: JsonlStats;
  dupes: DedupeStats;
  warnings: string[];
  alerted: MonitorAlert[];
}

interface Fixture {
  sha256: string;
  events: number;
  late: number;
  quarantine: MonitorResult["quarantine"];
  stats: JsonlStats;
  dupes: DedupeStats;
  warnings: number;
  windows: number;
  ruleHits: Record<string, number>;
  alerts: MonitorAlert[];
}

const digest = (o: Outcome) => createHash("sha256").update(JSON.stringify(o)).digest("hex");
const ruleHitTotals = (r: MonitorResult) => {
  const totals: Record<string, number> = {};
  for (const w of r.windows)
    for (const [k, v] of Object.entries(w.ruleHits)) totals[k] = (totals[k] ?? 0) + v;
  return totals;
};

/** One event per await, hiding any faster way the source has to be read. */
async function* oneByOne(events: AsyncIterable<StreamEvent>): AsyncGenerator<StreamEvent> {
  for await (const e of events) yield e;
}

/** The reference reader: readline, JSON.parse, the same checks as jsonlEvents, skipping bad lines. */
async function* referenceEvents(path: string, skipped: number[]): AsyncGenerator<StreamEvent> {
  const parse = strictTimestampParser("Asia/Seoul");
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    const line = n++ === 0 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
    if (line.trim() === "") continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      skipped.push(n);
      continue;
    }
    const e = event as StreamEvent;
    if (
      typeof e !== "object" ||
      e === null ||
      Array.isArray(e) ||
      typeof e.ts !== "string" ||
      typeof e.type !== "string" ||
      Number.isNaN(parse(e.ts))
    ) {
      skipped.push(n);
      continue;
    }
    yield e;
  }
}

const lineOf = (warning: string) => Number(/, line (\d+):/.exec(warning)?.[1]);

describe("the stream monitor gives the same output however it reads and evaluates", () => {
  let rules: CompiledRuleSet;
  let path: string;
  let counts: TroubledReplayCounts;
  let kit: Outcome;
  beforeAll(async () => {
    rules = compileRules(
      await loadRuleFile("data/rules/production-rules.yaml"),
      ruleFieldSchema(sampleSchemas.listings),
    );
    const replay = troubledReplay(readFileSync("data/events.jsonl", "utf8").split("\n"));
    counts = replay.counts;
    mkdirSync("test/.tmp/stream", { recursive: true });
    path = "test/.tmp/stream/troubled-replay.jsonl";
    writeFileSync(path, replay.text);
    const stats = { lines: 0, events: 0, malformed: 0, invalid: 0 };
    const dupes = { duplicates: 0, evicted: 0, peakKeys: 0 };
    const warnings: string[] = [];
    const alerted: MonitorAlert[] = [];
    const source = jsonlEvents(path, {
      malformed: "skip",
      stats,
      onWarning: (m) => warnings.push(m),
    });
    const result = await monitorStream(dedupeEvents(source, { stats: dupes }), {
      rules,
      onAlert: (a) => alerted.push(a),
    });
    kit = { result, stats, dupes, warnings, alerted };
    if (process.env.TNS_WRITE_MONITOR_FIXTURE) {
      const fixture: Fixture = {
        sha256: digest(kit),
        events: result.events,
        late: result.late,
        quarantine: result.quarantine,
        stats,
        dupes,
        warnings: warnings.length,
        windows: result.windows.length,
        ruleHits: ruleHitTotals(result),
        alerts: result.alerts,
      };
      mkdirSync("test/fixtures/stream", { recursive: true });
      writeFileSync(FIXTURE, JSON.stringify(fixture, null, 1) + "\n");
    }
  }, 120_000);

  it("the troubled replay holds every kind of trouble, each counted, none silently lost", () => {
    const { result, stats, dupes, warnings } = kit;
    expect(stats).toMatchObject({
      lines: counts.lines,
      malformed: counts.malformed,
      invalid: counts.invalid,
    });
    expect(warnings).toHaveLength(counts.malformed + counts.invalid);
    expect(dupes.duplicates).toBeGreaterThanOrEqual(counts.duplicates);
    expect(result.events).toBe(stats.events - dupes.duplicates);
    expect(result.late).toBeGreaterThan(0);
    expect(result.quarantine.future).toBeGreaterThan(0);
    expect(result.quarantine.past).toBeGreaterThan(0);
    const inWindows = result.windows.reduce((s, w) => s + w.events, 0);
    const { future, past, invalid } = result.quarantine;
    expect(inWindows + result.late + future + past + invalid).toBe(result.events);
    expect(Object.keys(ruleHitTotals(result)).length).toBeGreaterThanOrEqual(3);
  });

  it("monitorStream's output equals the per-event implementation's before batching (fixture)", () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as Fixture;
    const { result, stats, dupes, warnings } = kit;
    expect({
      events: result.events,
      late: result.late,
      quarantine: result.quarantine,
      stats,
      dupes,
      warnings: warnings.length,
      windows: result.windows.length,
      ruleHits: ruleHitTotals(result),
      alerts: result.alerts,
    }).toEqual({ ...fixture, sha256: undefined });
    // Every window, figure and message, to the byte.
    expect(digest(kit)).toBe(fixture.sha256);
  });

  it("monitorStream equals a reference path: readline, one event per await, evaluateEvent per listing", async () => {
    const skipped: number[] = [];
    const dupes = { duplicates: 0, evicted: 0, peakKeys: 0 };
    const reference = await monitorStream(
      oneByOne(dedupeEvents(oneByOne(referenceEvents(path, skipped)), { stats: dupes })),
      {
        evaluate: (e) => (e.type === "listing_created" ? evaluateEvent(rules, e) : []),
      },
    );
    expect(skipped).toEqual(kit.warnings.map(lineOf));
    expect(dupes).toEqual(kit.dupes);
    expect(reference).toEqual(kit.result);
  });
});
