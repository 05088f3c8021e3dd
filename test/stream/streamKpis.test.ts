import { beforeAll, describe, expect, it } from "vitest";
import type { ColumnTable } from "arquero";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { loadKpiTables } from "../../lib/kpi/loadKpiTables.js";
import type { KpiSet } from "../../lib/kpi/KpiDefinition.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";
import { dedupeEvents } from "../../lib/stream/dedupeEvents.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { streamKpis } from "../../lib/stream/streamKpis.js";
import type { StreamEvent } from "../../lib/stream/StreamEvent.js";

const key = (v: KpiValue) => `${v.kpi} ${v.period} ${JSON.stringify(v.dimensions)}`;
const differences = (a: KpiValue[], b: KpiValue[]) => {
  const other = new Map(b.map((v) => [key(v), v.value]));
  return a
    .filter((v) => {
      const w = other.get(key(v));
      return w === undefined || !(Object.is(w, v.value) || Math.abs(w - v.value) < 1e-9);
    })
    .map(key);
};

async function* without(events: AsyncIterable<StreamEvent>, drop: (e: StreamEvent) => boolean) {
  for await (const e of events) if (!drop(e)) yield e;
}

describe("streamKpis on the sample events", () => {
  let kpis: KpiSet;
  let tables: Record<string, ColumnTable>;
  let reviewIds: Set<unknown>;
  beforeAll(async () => {
    kpis = await loadKpis("data/kpis.yaml");
    tables = await loadKpiTables("data", kpis);
    reviewIds = new Set(Array.from(tables.reviews.array("review_id") as ArrayLike<unknown>));
  });

  it("streamKpis over de-duplicated events.jsonl equals computeKpis over the CSVs on the same events", async () => {
    const stats = { duplicates: 0, evicted: 0, peakKeys: 0 };
    const dropped: StreamEvent[] = [];
    // The same events: the CSVs lack the reviews of the feed-gap day (INC-2026-004), so those
    // review_decided events are set aside (and checked below) rather than compared.
    const events = without(dedupeEvents(jsonlEvents("data/events.jsonl"), { stats }), (e) => {
      const missing = e.type === "review_decided" && !reviewIds.has(e.review_id);
      if (missing) dropped.push(e);
      return missing;
    });
    const stream = await streamKpis(events, kpis);
    const batch = computeKpis(kpis, tables, { only: stream.kpis });
    expect(stream.kpis).toContain("precision_by_queue");
    expect(stream.kpis).not.toContain("estimated_recall"); // audits are not in the stream
    expect(stream.values.length).toBe(batch.length);
    expect(differences(stream.values, batch)).toEqual([]);
    expect(stats.duplicates).toBe(109); // INC-2026-005
    expect(stream.late).toBe(0);
    expect(dropped).toHaveLength(10);
    expect(new Set(dropped.map((e) => e.ts.slice(0, 10)))).toEqual(new Set(["2026-10-20"]));
  });

  it("streamKpis without de-duplication over-counts the window of the duplicated events", async () => {
    const events = without(
      jsonlEvents("data/events.jsonl"),
      (e) => e.type === "review_decided" && !reviewIds.has(e.review_id),
    );
    const stream = await streamKpis(events, kpis, {
      only: ["enforcement_actions", "reviews_completeness"],
    });
    const batch = computeKpis(kpis, tables, {
      only: ["enforcement_actions", "reviews_completeness"],
    });
    const periods = new Set(differences(stream.values, batch).map((k) => k.split(" ")[1]));
    expect([...periods]).toEqual(["2026-10-24"]);
  });
});

describe("streamKpis on small streams", () => {
  const set: KpiSet = {
    derived: {},
    kpis: [
      {
        name: "flags",
        title: "Flags",
        description: "",
        owner: "",
        area: "",
        grain: "day",
        dimensions: [],
        format: "integer",
        formula: { count: [{ table: "flags", time: "flagged_at" }], scale: 1 },
      },
    ],
  };
  async function* from(list: StreamEvent[]) {
    yield* list;
  }
  const flag = (ts: string) => ({ ts, type: "flagged", listing_id: "L1", detector: "rule:x" });

  it("streamKpis counts events out of order beyond the allowed lateness and drops them", async () => {
    const events = [
      flag("2026-10-01T10:00:00+09:00"),
      flag("2026-10-03T10:00:00+09:00"),
      flag("2026-10-01T11:00:00+09:00"),
    ];
    // A two-day jump with one event after it: believed only with a maxFuture that covers it.
    const clock = { maxFuture: 3 * 86_400_000 };
    const result = await streamKpis(from(events), set, { lateness: 3_600_000, clock });
    expect(result.late).toBe(1);
    // 10-02 has no flag: no data (NaN), not a count of 0.
    expect(result.values.map((v) => v.value)).toEqual([1, NaN, 1]);
    const lenient = await streamKpis(from(events), set, {
      lateness: 3 * 86_400_000,
      clock,
    });
    expect([lenient.late, lenient.values[0].value]).toEqual([0, 2]);
  });

  it("streamKpis flushes a stream that ends mid-window", async () => {
    const result = await streamKpis(from([flag("2026-10-01T10:00:00+09:00")]), set);
    expect(result.values).toMatchObject([{ period: "2026-10-01", value: 1 }]);
  });
});
