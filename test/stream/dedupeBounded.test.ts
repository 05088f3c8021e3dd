import { describe, expect, it } from "vitest";
import { dedupeEvents, type DedupeStats } from "../../lib/stream/dedupeEvents.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";

const t0 = Date.UTC(2026, 9, 1);
const iso = (ms: number) => new Date(ms).toISOString();
const event = (ms: number, id: number): StreamEvent => ({
  ts: iso(ms),
  type: "flagged",
  listing_id: `L${id}`,
});
async function* from(events: Iterable<StreamEvent>) {
  yield* events;
}
const run = async (events: Iterable<StreamEvent>, options = {}) => {
  const stats: DedupeStats = { duplicates: 0, evicted: 0, peakKeys: 0 };
  let passed = 0;
  for await (const _ of dedupeEvents(from(events), { ...options, stats })) passed++;
  return { ...stats, passed };
};

describe("dedupeEvents keeps its memory bounded", () => {
  // 100 unique events per hour of event time for 200 hours: the horizon (1 h) holds ~100 keys.
  const perHour = 100;
  // Two horizons of keys (pruning runs once per horizon of the clock), plus at most `confirm` (10)
  // keys of events far from the clock.
  const bound = 2 * (perHour + 1) + 10;
  function* unique(hours: number, first = 0) {
    for (let i = 0; i < hours * perHour; i++)
      yield event(t0 + (i * 3_600_000) / perHour, first + i);
  }

  it("dedupeEvents prunes by the stream clock: about two horizons of keys, whatever the stream's length", async () => {
    const r = await run(unique(200));
    expect(r.passed).toBe(200 * perHour);
    expect(r.peakKeys).toBeGreaterThan(perHour);
    expect(r.peakKeys).toBeLessThanOrEqual(bound);
  });

  it("dedupeEvents keeps pruning after an event dated 2099, and still catches duplicates", async () => {
    function* stream() {
      const events = [...unique(200)];
      events.splice(1_000, 0, event(Date.UTC(2099, 0, 1), -1));
      yield* events;
      yield events.at(-1)!; // a replay of the last event
    }
    const r = await run(stream());
    expect(r.duplicates).toBe(1);
    expect(r.passed).toBe(200 * perHour + 1); // the 2099 event is passed on, not dropped here
    expect(r.peakKeys).toBeGreaterThan(perHour);
    expect(r.peakKeys).toBeLessThanOrEqual(bound);
  });

  it("dedupeEvents stays within maxKeys on streams designed to defeat pruning, counting evictions", async () => {
    // Every event unique and at the same instant: the clock never advances, so pruning never
    // frees a key.
    const burst = Array.from({ length: 20_000 }, (_, i) => event(t0, i));
    const r = await run(burst, { maxKeys: 1_000 });
    expect([r.peakKeys, r.evicted, r.passed]).toEqual([1_000, 19_000, 20_000]);
    // The same, half of it with a wrong clock far ahead.
    const mixed = burst.map((e, i) => (i % 2 ? event(Date.UTC(2099, 0, 1) + i, i) : e));
    const m = await run(mixed, { maxKeys: 1_000 });
    expect(m.peakKeys).toBeLessThanOrEqual(1_000);
    expect(m.evicted).toBeGreaterThan(18_000);
    expect(m.passed).toBe(20_000);
  });

  it("dedupeEvents forgets the oldest key first when full: a recent replay is caught, an old one not", async () => {
    const events = Array.from({ length: 50 }, (_, i) => event(t0 + i * 1000, i));
    const r = await run([...events, events[49], events[0]], { maxKeys: 10 });
    expect([r.duplicates, r.evicted, r.peakKeys, r.passed]).toEqual([1, 41, 10, 51]);
  });
});
