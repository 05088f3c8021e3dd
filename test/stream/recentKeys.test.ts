import { randomLcg } from "d3-random";
import { describe, expect, it } from "vitest";
import { dedupeEvents, type DedupeStats } from "../../lib/stream/dedupeEvents.js";
import { eventTextHash, jsonTextHash, stringHash } from "../../lib/stream/jsonTextHash.js";
import { RecentKeys } from "../../lib/stream/RecentKeys.js";
import { StreamClock } from "../../lib/stream/StreamClock.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";
import { strictTimestampParser } from "../../lib/time/strictTimestampParser.js";

/**
 * dedupeEvents as it was with a Map<JSON text, time>, one event at a time: the reference the ring
 * of typed-array slots must agree with, decision by decision.
 */
function mapDedupe(
  events: StreamEvent[],
  options: { maxKeys: number; horizonMs?: number; key?: (e: StreamEvent) => string },
) {
  const { maxKeys, horizonMs = 3_600_000, key = (e: StreamEvent) => JSON.stringify(e) } = options;
  const stats: DedupeStats = { duplicates: 0, evicted: 0, peakKeys: 0 };
  const clock = new StreamClock<null>(
    {},
    () => {},
    () => {},
  );
  const parse = strictTimestampParser("Asia/Seoul");
  const seen = new Map<string, number>();
  const kept: StreamEvent[] = [];
  let lastPrune = NaN;
  for (const event of events) {
    const t = parse(event.ts);
    clock.offer(null, t);
    const id = key(event);
    const previous = seen.get(id);
    if (previous !== undefined && Math.abs(t - previous) <= horizonMs) {
      stats.duplicates++;
      continue;
    }
    if (!Number.isNaN(t)) {
      if (previous !== undefined) seen.delete(id);
      else if (seen.size >= maxKeys) {
        seen.delete(seen.keys().next().value!);
        stats.evicted++;
      }
      seen.set(id, t);
      if (seen.size > stats.peakKeys) stats.peakKeys = seen.size;
    }
    const now = clock.now;
    if (now - lastPrune > horizonMs || (Number.isNaN(lastPrune) && !Number.isNaN(now))) {
      for (const [k, at] of seen) if (Math.abs(now - at) > horizonMs) seen.delete(k);
      lastPrune = now;
    }
    kept.push(event);
  }
  return { kept, stats };
}

async function ringDedupe(
  events: StreamEvent[],
  options: { maxKeys: number; horizonMs?: number; key?: (e: StreamEvent) => string },
) {
  const stats: DedupeStats = { duplicates: 0, evicted: 0, peakKeys: 0 };
  async function* from() {
    yield* events;
  }
  const kept: StreamEvent[] = [];
  for await (const e of dedupeEvents(from(), { ...options, stats })) kept.push(e);
  return { kept, stats };
}

const t0 = Date.UTC(2026, 9, 1);

/**
 * A seeded stream drawn from a small pool of events, so the same event comes back within and
 * beyond the horizon; the clock mostly creeps forward, sometimes jumps back hours (late replays)
 * or ahead, and a few events have no valid time. Some pool events are the same JSON text built
 * differently (-0 and 0, NaN and null, an undefined field, a Date and its ISO string).
 */
function seededStream(seed: number, length: number): StreamEvent[] {
  const random = randomLcg(seed);
  let clock = t0;
  const pool: StreamEvent[] = [];
  for (let i = 0; i < 400; i++) {
    const ts = new Date(t0 + Math.floor(random() * 6) * 1_200_000).toISOString();
    const kind = i % 8;
    const e: StreamEvent = {
      ts,
      type: kind < 4 ? "flagged" : "model_scored",
      listing_id: `L${i % 97}`,
    };
    if (kind === 1) e.score = -0;
    if (kind === 2) e.score = 0;
    if (kind === 3) e.score = NaN;
    if (kind === 4) e.score = null;
    if (kind === 5) e.note = undefined;
    if (kind === 6) e.at = new Date(t0);
    if (kind === 7) e.at = new Date(t0).toISOString();
    pool.push(e);
  }
  const out: StreamEvent[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    clock += r < 0.01 ? -3 * 3_600_000 : r < 0.015 ? 5 * 3_600_000 : Math.floor(random() * 60_000);
    const base = pool[Math.floor(random() * pool.length)];
    // Half the events take a time from the clock, so fresh keys keep arriving.
    const ts =
      random() < 0.01
        ? "not a time"
        : random() < 0.5
          ? base.ts
          : new Date(clock - Math.floor(random() * 4) * 600_000).toISOString();
    out.push({ ...base, ts });
  }
  return out;
}

describe("dedupeEvents' ring of hash slots finds the duplicates the Map of JSON texts found", () => {
  for (const [name, options] of [
    ["default key, room for every key", { maxKeys: 100_000 }],
    ["default key, evicting at a bound of 40 keys", { maxKeys: 40 }],
    ["default key, a 20-minute horizon and 7 keys", { maxKeys: 7, horizonMs: 1_200_000 }],
    [
      "a listing_id key, evicting at 25",
      { maxKeys: 25, key: (e: StreamEvent) => String(e.listing_id) },
    ],
  ] as const)
    it(`dedupeEvents keeps the same events with the same counts: ${name}`, async () => {
      for (const seed of [0.11, 0.52, 0.93]) {
        const events = seededStream(seed, 20_000);
        const expected = mapDedupe(events, options);
        const actual = await ringDedupe(events, options);
        expect(actual.stats).toEqual(expected.stats);
        expect(actual.kept).toEqual(expected.kept);
        expect(actual.kept.every((e, i) => e === expected.kept[i])).toBe(true);
        // The stream holds enough of each kind to mean something.
        expect(expected.stats.duplicates).toBeGreaterThan(50);
        if (options.maxKeys < 100) expect(expected.stats.evicted).toBeGreaterThan(100);
      }
    });
});

describe("RecentKeys acts as a Map<key, time> whose delete-then-set moves a key last", () => {
  it("RecentKeys agrees with a Map on seeded adds, removes, evictions and prunes, with colliding hashes", () => {
    // Three hash values for 300 keys: long probe runs, so removal must shift entries back.
    for (const hashOf of [(k: string) => stringHash(k) & 3, (k: string) => stringHash(k)]) {
      const random = randomLcg(0.37);
      const ring = new RecentKeys<string>((a, b) => a === b);
      const map = new Map<string, number>();
      for (let step = 0; step < 30_000; step++) {
        const key = `k${Math.floor(random() * 300)}`;
        const r = random();
        const slot = ring.find(key, hashOf(key));
        expect(slot === -1 ? undefined : ring.timeAt(slot)).toBe(map.get(key));
        if (r < 0.6) {
          if (slot !== -1) {
            ring.remove(slot);
            map.delete(key);
          } else if (map.size >= 120) {
            const oldest = map.keys().next().value!;
            expect(ring.timeAt(ring.oldest())).toBe(map.get(oldest));
            ring.remove(ring.oldest());
            map.delete(oldest);
          }
          ring.add(key, hashOf(key), step);
          map.set(key, step);
        } else if (r < 0.8 && slot !== -1) {
          ring.remove(slot);
          map.delete(key);
        } else if (r < 0.801) {
          const keep = (t: number) => t > step - 200;
          ring.prune(keep);
          for (const [k, t] of map) if (!keep(t)) map.delete(k);
        }
        expect(ring.size).toBe(map.size);
      }
      // Every key still findable, with its time.
      for (const [k, t] of map) expect(ring.timeAt(ring.find(k, hashOf(k)))).toBe(t);
    }
  });

  it("RecentKeys tells keys with the same hash apart by `same`", () => {
    const ring = new RecentKeys<string>((a, b) => a === b);
    ring.add("a", 7, 1);
    ring.add("b", 7, 2);
    expect([
      ring.timeAt(ring.find("a", 7)),
      ring.timeAt(ring.find("b", 7)),
      ring.find("c", 7),
    ]).toEqual([1, 2, -1]);
    ring.remove(ring.find("a", 7));
    expect([ring.find("a", 7), ring.timeAt(ring.find("b", 7)), ring.size]).toEqual([-1, 2, 1]);
  });
});

describe("jsonTextHash hashes a value's JSON text without building it", () => {
  it("jsonTextHash is equal for values whose JSON texts are equal", () => {
    const pairs: [unknown, unknown][] = [
      [JSON.parse('{"ts": "2026-08-01", "n": 1.0}'), { ts: "2026-08-01", n: 1 }],
      [{ a: -0 }, { a: 0 }],
      [
        { a: NaN, b: Infinity },
        { a: null, b: null },
      ],
      [{ a: 1, b: undefined, c: () => 1 }, { a: 1 }],
      [
        [undefined, () => 1],
        [null, null],
      ],
      [{ at: new Date(t0) }, { at: new Date(t0).toISOString() }],
      [{ n: new Number(2.5) }, { n: 2.5 }],
      [Object.assign(Object.create(null), { a: [1, "x"] }), { a: [1, "x"] }],
      [{ a: { toJSON: (k: string) => `key ${k}` } }, { a: "key a" }],
      [{ 2: "b", 1: "a", z: 0 }, JSON.parse('{"1": "a", "2": "b", "z": 0}')],
      [{ s: "\ud800" }, { s: "\ud800" }],
    ];
    for (const [a, b] of pairs) {
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(jsonTextHash(a)).toBe(jsonTextHash(b));
    }
  });

  it("jsonTextHash differs for the values a replay's events differ in", () => {
    const values: unknown[] = [
      { a: 1, b: 2 },
      { b: 2, a: 1 },
      { a: "1", b: 2 },
      { a: [1, 2] },
      { a: [2, 1] },
      { a: { b: 1 } },
      { ab: 1 },
      { a: 0.1 },
      { a: 0.1000001 },
      { a: true },
      { a: false },
      { a: null },
      { a: "" },
      {},
      [],
    ];
    expect(new Set(values.map(jsonTextHash)).size).toBe(values.length);
  });

  it("eventTextHash, with the parsed ts standing for its text, is equal for events whose JSON texts are equal", () => {
    const parse = strictTimestampParser("Asia/Seoul");
    const line =
      '{"ts":"2026-08-01T00:07:22+09:00","type":"model_scored","listing_id":"L1","score":0.1717}';
    class Scored {
      constructor(
        readonly ts: string,
        readonly type: string,
        readonly listing_id: string,
        readonly score: number,
      ) {}
    }
    const same: StreamEvent[] = [
      JSON.parse(line) as StreamEvent,
      JSON.parse(line.replace(',"type":', ', "type" : ')) as StreamEvent,
      {
        ts: "2026-08-01T00:07:22+09:00",
        type: "model_scored",
        listing_id: "L1",
        score: 0.1717,
        x: undefined,
      },
      new Scored(
        "2026-08-01T00:07:22+09:00",
        "model_scored",
        "L1",
        0.1717,
      ) as unknown as StreamEvent,
      { toJSON: () => JSON.parse(line) as unknown } as unknown as StreamEvent,
    ];
    const hashes = same.map((e) => eventTextHash(e, parse(JSON.parse(line).ts as string), parse));
    expect(new Set(hashes).size).toBe(1);
    // Another time, or the same instant written in UTC (another text), may differ; the first does.
    const other = { ...(JSON.parse(line) as StreamEvent), ts: "2026-08-01T00:07:23+09:00" };
    expect(eventTextHash(other, parse(other.ts), parse)).not.toBe(hashes[0]);
  });

  it("jsonTextHash throws where JSON.stringify throws: a BigInt, a cycle", () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => jsonTextHash({ n: 1n })).toThrow(/BigInt/);
    expect(() => jsonTextHash(cycle)).toThrow(/circular/);
  });
});
