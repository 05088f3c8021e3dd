import { mkdirSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { monitorStream } from "../../lib/stream/monitorStream.js";
import type { MonitorResult } from "../../lib/stream/MonitorTypes.js";
import { streamKpis } from "../../lib/stream/streamKpis.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import type { KpiSet } from "../../lib/kpi/KpiDefinition.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";

mkdirSync("test/.tmp/stream", { recursive: true });
const file = (name: string, lines: string[]) => {
  const path = `test/.tmp/stream/${name}`;
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
};
const collect = async (events: AsyncIterable<StreamEvent>) => {
  const out: StreamEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};
/** The sample stream with `extra` inserted after its `at`-th event. */
async function* withEvent(extra: StreamEvent, at: number) {
  let n = 0;
  for await (const e of jsonlEvents("data/events.jsonl")) {
    if (n++ === at) yield extra;
    yield e;
  }
}
const sum = (r: MonitorResult) => r.windows.reduce((s, w) => s + w.events, 0);
const flag = (ts: string, listing = "L9999999") => ({
  ts,
  type: "flagged",
  listing_id: listing,
  detector: "model:counterfeit_v9",
  policy: "counterfeit",
});

describe("an event far in the future or past of the stream (the 2099 reproduction)", () => {
  let sampleEvents: number;
  let clean: MonitorResult;
  let future: MonitorResult;
  let kpis: KpiSet;
  beforeAll(async () => {
    sampleEvents = (await collect(jsonlEvents("data/events.jsonl"))).length;
    clean = await monitorStream(jsonlEvents("data/events.jsonl"));
    future = await monitorStream(withEvent(flag("2099-01-01T00:00:00+09:00"), 5_900));
    kpis = await loadKpis("data/kpis.yaml");
  }, 300_000);

  it("monitorStream counts every other event when one event dated 2099 is replayed, and quarantines that one", () => {
    expect(future.events).toBe(sampleEvents + 1);
    expect(sum(future)).toBe(sampleEvents);
    expect(future.late).toBe(0);
    expect(future.quarantine).toEqual({
      future: 1,
      past: 0,
      invalid: 0,
      examples: [
        {
          kind: "future",
          ts: "2099-01-01T00:00:00+09:00",
          type: "flagged",
          id: "listing_id=L9999999",
        },
      ],
    });
    // Same windows and alarms as without it: the event touched no window and no model state.
    expect(future.windows).toEqual(clean.windows);
    expect(future.alerts.slice(0, -1)).toEqual(clean.alerts);
    expect(future.alerts.at(-1)).toMatchObject({ kind: "quarantined", value: 1 });
    expect(future.alerts.at(-1)!.message).toMatch(
      /^1 quarantined \(1 more than 1h ahead of the stream clock, 0 more than 7d behind it, 0 without a valid ISO 8601 ts; first: future, ts "2099-01-01T00:00:00\+09:00", "flagged" "listing_id=L9999999"\): left out of every window/,
    );
  });

  it("monitorStream quarantines an event dated 2001 as past instead of counting it late", async () => {
    const past = await monitorStream(withEvent(flag("2001-01-01T00:00:00+09:00"), 30_000));
    expect([past.late, past.quarantine.past, past.quarantine.future]).toEqual([0, 1, 0]);
    expect(sum(past)).toBe(sampleEvents);
  });

  it("monitorStream quarantines events without a valid ISO 8601 ts from any source", async () => {
    async function* events() {
      yield flag("2026-10-01T10:00:00+09:00", "L1");
      yield flag("5/6/2026", "L2");
      yield flag("1", "L3");
      yield { ...flag("", "L5"), ts: 1_790_000_000_000 as unknown as string };
      yield flag("2026-10-01T10:05:00+09:00", "L4");
    }
    const r = await monitorStream(events());
    expect([r.quarantine.invalid, sum(r)]).toEqual([3, 2]);
    expect(r.quarantine.examples.map((e) => e.id)).toEqual([
      "listing_id=L2",
      "listing_id=L3",
      "listing_id=L5",
    ]);
  });

  it("streamKpis gives the same values with an event dated 2099 in the stream, and counts it", async () => {
    const only = ["enforcement_actions", "reviews_completeness"];
    const a = await streamKpis(jsonlEvents("data/events.jsonl"), kpis, { only });
    const b = await streamKpis(withEvent(flag("2099-01-01T00:00:00+09:00"), 5_900), kpis, {
      only,
    });
    expect(b.values).toEqual(a.values);
    expect([b.late, b.quarantine.future]).toEqual([0, 1]);
  }, 300_000);

  it("monitorStream refuses a maxPast shorter than the window plus the lateness", async () => {
    await expect(
      monitorStream(jsonlEvents("data/events.jsonl"), { clock: { maxPast: 3_600_000 } }),
    ).rejects.toThrow(
      /maxPast \(--max-past\): 1h is shorter than the window plus the lateness \(70m\), so events a window still accepts would be quarantined; raise --max-past or lower --lateness/,
    );
  });
});

describe("strict ISO 8601 event times", () => {
  const naive = '{"ts":"2026-10-29T09:00:00","type":"flagged","listing_id":"L1","detector":"x"}';

  it("jsonlEvents and monitorStream read a ts without an offset in the dataset's zone", async () => {
    const path = file("naive.jsonl", [naive]);
    const seoul = await monitorStream(jsonlEvents(path, { zone: "Asia/Seoul" }), {
      zone: "Asia/Seoul",
    });
    expect(seoul.windows.map((w) => w.start)).toEqual(["2026-10-29T00:00:00.000Z"]);
    const utc = await monitorStream(jsonlEvents(path, { zone: "UTC" }), { zone: "UTC" });
    expect(utc.windows.map((w) => w.start)).toEqual(["2026-10-29T09:00:00.000Z"]);
  });

  it("jsonlEvents stops at a ts Date.parse would take, naming the file, line and problem", async () => {
    for (const [ts, problem] of [
      ["1", "expected a date YYYY-MM-DD first"],
      ["5/6/2026", "expected a date YYYY-MM-DD first"],
      ["2026-13-45T00:00:00", "month 13 does not exist"],
    ]) {
      const path = file("badts.jsonl", [naive, naive.replace("2026-10-29T09:00:00", ts)]);
      await expect(collect(jsonlEvents(path))).rejects.toThrow(
        `test/.tmp/stream/badts.jsonl, line 2: ts ${JSON.stringify(ts)} is not an ISO 8601 timestamp (${problem}); write e.g. 2026-10-29T09:00:00+09:00`,
      );
    }
  });

  it("jsonlEvents counts lines with an invalid ts as invalid when skipping, with one warning each", async () => {
    const lines = ["1", "5/6/2026", "2026-13-45T00:00:00"].map((ts) =>
      naive.replace("2026-10-29T09:00:00", ts),
    );
    const path = file("badts-skip.jsonl", [naive, ...lines, naive]);
    const stats = { lines: 0, events: 0, malformed: 0, invalid: 0 };
    const warnings: string[] = [];
    const events = await collect(
      jsonlEvents(path, {
        malformed: "skip",
        stats,
        zone: "UTC",
        onWarning: (w) => warnings.push(w),
      }),
    );
    expect(events).toHaveLength(2);
    expect(stats).toEqual({ lines: 5, events: 2, malformed: 0, invalid: 3 });
    expect(warnings.map((w) => /line (\d+): ts/.exec(w)?.[1])).toEqual(["2", "3", "4"]);
    expect(warnings[0]).toMatch(/nothing for the dataset's zone \(UTC\)/);
  });

  it("jsonlEvents does not sleep until 2099 when replaying at a speed", async () => {
    const at = (ts: string) => naive.replace("2026-10-29T09:00:00", ts);
    const path = file("speed-2099.jsonl", [
      at("2026-10-29T09:00:00+09:00"),
      at("2099-01-01T00:00:00+09:00"),
      at("2026-10-29T09:00:01+09:00"),
    ]);
    // At 100,000× the 2099 event alone meant a wait of 6.7 hours; the clock keeps any wait
    // within maxFuture (1 h of event time: 36 ms here).
    const events = await collect(jsonlEvents(path, { speed: 100_000 }));
    expect(events).toHaveLength(3);
  }, 10_000);
});
