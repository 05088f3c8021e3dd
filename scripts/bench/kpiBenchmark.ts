import { existsSync, mkdirSync, createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { table, type ColumnTable } from "arquero";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import type { KpiSet } from "../../lib/kpi/KpiDefinition.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";
import { DEFAULT_ZONE_OFFSET_MS } from "../../lib/time/defaultZone.js";
import { periodStartMs } from "../../lib/time/periodStartMs.js";
import type { Benchmark } from "./Benchmark.js";

const ROWS = Number(process.env.TNS_BENCH_KPI_ROWS ?? 10_000_000);
const DIR = "data/generated/bench-kpi";
const FILE = `${DIR}/reviews-${ROWS}.csv`;
const ONLY = [
  "precision_by_queue",
  "time_to_decision_p50",
  "time_to_decision_p90",
  "sla_breach_share",
  "reviewer_throughput",
  "false_positive_cost",
];
const START = periodStartMs("2026-08-01");
const queues = ["counterfeit", "contact", "fraud", "prohibited"];
const decisions = ["violation", "no_violation", "escalate"];

let kpis: KpiSet;
let reviews: ColumnTable;
let duck: DuckDBConnection;

// A seeded linear congruential generator: the same rows on every run.
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Six review KPIs of data/kpis.yaml (weekly precision by queue, daily p50/p90 time to decision,
 * SLA breach share, throughput with a distinct count, false-positive hours) over 10M synthetic
 * review rows held in memory: the kit's computeKpis on an arquero table against the same
 * aggregation as two DuckDB GROUP BY queries (quantile_cont, count distinct) on a DuckDB table.
 * Loading is setup; both sides must give the same values.
 */
export const kpiBenchmark: Benchmark = {
  name: "kpi",
  description: `${ROWS.toLocaleString("en-US")} review rows in memory, 6 KPIs per day/week (and queue): kit computeKpis vs DuckDB GROUP BY (all cores)`,
  async setup() {
    kpis = await loadKpis("data/kpis.yaml");
    const random = lcg(42);
    const reviewed = new Float64Array(ROWS);
    const enqueued = new Float64Array(ROWS);
    const handling = new Int32Array(ROWS);
    const queue = new Array<string>(ROWS);
    const decision = new Array<string>(ROWS);
    const reviewer = new Array<string>(ROWS);
    for (let i = 0; i < ROWS; i++) {
      reviewed[i] = START + Math.floor(random() * 90 * 86_400) * 1000;
      enqueued[i] = reviewed[i] - Math.floor(-Math.log(1 - random()) * 6 * 3600) * 1000;
      queue[i] = queues[Math.floor(random() * 4)];
      const u = random();
      decision[i] = decisions[u < 0.6 ? 0 : u < 0.97 ? 1 : 2];
      reviewer[i] = `R${String(1 + Math.floor(random() * 24)).padStart(3, "0")}`;
      handling[i] = 20 + Math.floor(random() * 200);
    }
    reviews = table({
      reviewed_at: reviewed,
      enqueued_at: enqueued,
      queue,
      decision,
      reviewer_id: reviewer,
      handling_seconds: handling,
    });
    if (!existsSync(FILE)) {
      mkdirSync(DIR, { recursive: true });
      const out = createWriteStream(FILE);
      out.write("reviewed_ms,enqueued_ms,queue,decision,reviewer_id,handling_seconds\n");
      for (let i = 0; i < ROWS; i += 10_000) {
        let chunk = "";
        for (let j = i; j < Math.min(ROWS, i + 10_000); j++)
          chunk += `${reviewed[j]},${enqueued[j]},${queue[j]},${decision[j]},${reviewer[j]},${handling[j]}\n`;
        if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      }
      out.end();
      await finished(out);
    }
    const instance = await DuckDBInstance.create(":memory:");
    duck = await instance.connect();
    await duck.run(`CREATE TABLE reviews AS SELECT * FROM read_csv('${FILE}', header = true)`);
  },
  kit: () => computeKpis(kpis, { reviews }, { only: ONLY }),
  baseline: async () => {
    const daily = await duck.runAndReadAll(`
      WITH r AS (SELECT *, (reviewed_ms + ${DEFAULT_ZONE_OFFSET_MS}) // 86400000 AS d, (reviewed_ms - enqueued_ms) / 3600000.0 AS hours FROM reviews)
      SELECT d, quantile_cont(hours, 0.5) AS p50, quantile_cont(hours, 0.9) AS p90, avg((hours > 24)::INT) AS sla,
             count(*) / count(DISTINCT reviewer_id) AS throughput,
             coalesce(sum(CASE WHEN decision = 'no_violation' THEN handling_seconds END), 0) * 0.000277777777777778 AS fp_hours
      FROM r GROUP BY d ORDER BY d`);
    const weekly = await duck.runAndReadAll(`
      WITH r AS (SELECT *, (reviewed_ms + ${DEFAULT_ZONE_OFFSET_MS}) // 86400000 AS d FROM reviews)
      SELECT d - ((d + 3) % 7) AS w, queue, sum((decision = 'violation')::INT) AS confirmed,
             sum((decision IN ('violation', 'no_violation'))::INT) AS decided
      FROM r GROUP BY GROUPING SETS ((w, queue), (w)) ORDER BY w, queue`);
    return { daily: daily.getRowObjectsJS(), weekly: weekly.getRowObjectsJS() };
  },
  check(kit, baseline) {
    const values = kit as KpiValue[];
    const { daily, weekly } = baseline as {
      daily: Record<string, unknown>[];
      weekly: Record<string, unknown>[];
    };
    const day = (d: unknown) => new Date(Number(d) * 86_400_000).toISOString().slice(0, 10);
    const kitValue = new Map(
      values.map((v) => [`${v.kpi} ${v.period} ${v.dimensions.queue ?? ""}`, v.value]),
    );
    const same = (key: string, expected: number) => {
      const got = kitValue.get(key);
      if (got === undefined || Math.abs(got - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
        throw new Error(`kpi: ${key}: kit ${got}, DuckDB ${expected}`);
    };
    for (const row of daily) {
      same(`time_to_decision_p50 ${day(row.d)} `, Number(row.p50));
      same(`time_to_decision_p90 ${day(row.d)} `, Number(row.p90));
      same(`sla_breach_share ${day(row.d)} `, Number(row.sla));
      same(`reviewer_throughput ${day(row.d)} `, Number(row.throughput));
      same(`false_positive_cost ${day(row.d)} `, Number(row.fp_hours));
    }
    for (const row of weekly)
      same(
        `precision_by_queue ${day(row.w)} ${String(row.queue ?? "")}`,
        Number(row.confirmed) / Number(row.decided),
      );
  },
};
