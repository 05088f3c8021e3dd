import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { replayEvents } from "../../lib/stream/replayEvents.js";
import { tempDir } from "../report/notebookFixture.js";

const event = (ts: string, type: string, id: string, extra: object = {}) =>
  JSON.stringify({ ts, type, listing_id: id, ...extra });

describe("replayEvents", () => {
  it("replayEvents counts malformed lines, drops duplicates and quarantines a 2099 event", async () => {
    const dir = await tempDir("replay");
    const path = join(dir, "events.jsonl");
    const lines = [
      event("2026-10-01T09:00:00+09:00", "listing_created", "L1"),
      event("2026-10-01T09:10:00+09:00", "listing_created", "L2"),
      event("2026-10-01T09:10:00+09:00", "listing_created", "L2"), // a replayed line
      "not json",
      event("2099-01-01T00:00:00+09:00", "flagged", "L9", { detector: "rule:x" }),
      event("2026-10-01T10:30:00+09:00", "flagged", "L1", { detector: "rule:x" }),
      event("2026-10-01T10:40:00+09:00", "review_decided", "L1", { decision: "violation" }),
    ];
    await writeFile(path, lines.join("\n") + "\n");
    const replay = await replayEvents(path, { zone: "Asia/Seoul" });
    expect(replay.stats).toMatchObject({ lines: 7, malformed: 1 });
    expect(replay.duplicates.duplicates).toBe(1);
    expect(replay.quarantined).toBe(1);
    expect(replay.monitor.quarantine.future).toBe(1);
    // Four events reach the windows: two listings, one flag, one decision (not the 2099 flag).
    const counted = replay.monitor.windows.reduce((n, w) => n + w.events, 0);
    expect(counted).toBe(4);
    expect(replay.monitor.windows.reduce((n, w) => n + w.confirmed, 0)).toBe(1);
    expect(replay.stream).toBeUndefined();
  });

  it("replayEvents feeds the streamed KPIs from the same read when given a KPI file", async () => {
    const dir = await tempDir("replay-kpis");
    const path = join(dir, "events.jsonl");
    await writeFile(
      path,
      [
        event("2026-10-01T09:00:00+09:00", "listing_created", "L1"),
        event("2026-10-01T10:30:00+09:00", "flagged", "L1", { detector: "rule:x" }),
      ].join("\n"),
    );
    const kpis = await loadKpis("data/kpis.yaml");
    const replay = await replayEvents(path, { kpis: kpis });
    expect(replay.stream?.events).toBe(2);
    expect(replay.stream?.kpis.length).toBeGreaterThan(0);
    expect(replay.monitor.events).toBe(2);
  });

  it("replayEvents without a file returns an empty replay", async () => {
    for (const path of [undefined, ""]) {
      const replay = await replayEvents(path);
      expect(replay.monitor).toEqual({
        windows: [],
        alerts: [],
        events: 0,
        late: 0,
        quarantine: { future: 0, past: 0, invalid: 0, examples: [] },
      });
      expect([replay.quarantined, replay.stats.lines, replay.stream]).toEqual([0, 0, undefined]);
    }
  });
});
