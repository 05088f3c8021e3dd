import { mkdirSync, writeFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { dedupeEvents } from "../../lib/stream/dedupeEvents.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { eventRow } from "../../lib/stream/eventRow.js";
import { parseDuration } from "../../lib/stream/parseDuration.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";

mkdirSync("test/.tmp/stream", { recursive: true });
const file = (name: string, text: string) => {
  const path = `test/.tmp/stream/${name}`;
  writeFileSync(path, text);
  return path;
};
const collect = async (events: AsyncIterable<StreamEvent>) => {
  const out: StreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};
const good = '{"ts":"2026-10-01T10:00:00+09:00","type":"flagged","listing_id":"L1"}';

describe("jsonlEvents", () => {
  it("jsonlEvents stops at a malformed line by default, naming the file, line and fix", async () => {
    const path = file(
      "bad.jsonl",
      `${good}\n{"ts": "2026-10-01T10:00:00+09:00", "type": \n${good}\n`,
    );
    await expect(collect(jsonlEvents(path))).rejects.toThrow(
      /bad\.jsonl, line 2: not an event \(.*\): .*; write one JSON object per line with "ts" \(ISO 8601\) and "type", or pass malformed: "skip"/,
    );
  });

  it("jsonlEvents skips malformed lines with a counted warning when asked, never silently", async () => {
    const path = file(
      "mixed.jsonl",
      [good, "[1,2]", '{"type":"x"}', '{"ts":"yesterday","type":"x"}', "", good].join("\n"),
    );
    const stats = { lines: 0, events: 0, malformed: 0, invalid: 0 };
    const warnings: string[] = [];
    const events = await collect(
      jsonlEvents(path, { malformed: "skip", stats, onWarning: (m) => warnings.push(m) }),
    );
    expect(events).toHaveLength(2);
    expect(stats).toEqual({ lines: 6, events: 2, malformed: 2, invalid: 1 });
    expect(
      warnings.map((w) => /line (\d+): (?:not an event \(([^)]*)\)|ts (".*?"))/.exec(w)),
    ).toMatchObject([
      { 1: "2", 2: "not a JSON object" },
      { 1: "3", 2: "no ts" },
      { 1: "4", 3: '"yesterday"' },
    ]);
  });

  it("jsonlEvents reads a readable stream such as stdin and names it in messages", async () => {
    const events = await collect(jsonlEvents(Readable.from([`${good}\n`, `${good}\n`])));
    expect(events).toHaveLength(2);
    await expect(collect(jsonlEvents(Readable.from(["nope\n"])))).rejects.toThrow(
      /^stdin, line 1: not an event/,
    );
  });

  it("jsonlEvents replays at N× speed: 2 s of event time at 100× takes about 20 ms", async () => {
    const later = good.replace("10:00:00", "10:00:02");
    const path = file("speed.jsonl", `${good}\n${later}\n`);
    const started = performance.now();
    await collect(jsonlEvents(path, { speed: 100 }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("jsonlEvents rejects a missing file and a bad speed", async () => {
    await expect(collect(jsonlEvents("test/.tmp/stream/none.jsonl"))).rejects.toThrow(
      /none\.jsonl: cannot read the event file; check --events/,
    );
    await expect(collect(jsonlEvents("x", { speed: 0 }))).rejects.toThrow(
      /speed: "0" is not a positive number/,
    );
  });
});

describe("dedupeEvents, eventRow, parseDuration", () => {
  it("dedupeEvents drops identical events within the horizon and counts them", async () => {
    const a = { ts: "2026-10-01T10:00:00+09:00", type: "flagged", listing_id: "L1" };
    const b = { ...a, listing_id: "L2" };
    const far = { ...a, ts: "2026-10-01T12:00:00+09:00" };
    const stats = { duplicates: 0, evicted: 0, peakKeys: 0 };
    async function* source() {
      yield* [a, a, b, a, far];
    }
    const out = await collect(dedupeEvents(source(), { stats }));
    expect(out).toEqual([a, b, far]);
    expect(stats.duplicates).toBe(2);
  });

  it("eventRow maps event types to table rows with ts as the table's time column", () => {
    expect(
      eventRow({ ts: "T", type: "review_decided", review_id: "RV1", decision: "violation" }),
    ).toEqual({
      table: "reviews",
      row: { review_id: "RV1", decision: "violation", reviewed_at: "T" },
    });
    expect(eventRow({ ts: "T", type: "heartbeat" })).toBeNull();
  });

  it("parseDuration reads units and rejects anything else with the fix", () => {
    expect([
      parseDuration("1h"),
      parseDuration("30m"),
      parseDuration("1.5d"),
      parseDuration(250),
    ]).toEqual([3_600_000, 1_800_000, 129_600_000, 250]);
    expect(() => parseDuration("an hour", "--window")).toThrow(
      /--window: "an hour" is not a duration; write a number and a unit, e\.g\. 30s/,
    );
  });
});
