import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import type { CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { dedupeEvents } from "../../lib/stream/dedupeEvents.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { monitorStream } from "../../lib/stream/monitorStream.js";
import type { Benchmark } from "./Benchmark.js";

const EVENTS = Number(process.env.TNS_BENCH_EVENTS ?? 10_000_000);
const DIR = "data/generated/bench-stream";
const FILE = `${DIR}/events-${EVENTS}.jsonl`;
const PERIOD = 90 * 86_400_000;
let rules: CompiledRuleSet;

const pad = (n: number) => String(n).padStart(2, "0");
function seoul(ms: number): string {
  const d = new Date(ms + 9 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+09:00`;
}

/**
 * The monitor over a long JSONL stream with the production rules on: data/events.jsonl repeated,
 * each copy 90 days later, to 10M events (1.6 GB). Kit: read, de-duplicate, evaluate the compiled
 * rule set on every listing, hourly windows, drift and rate alarms; heap is sampled every 1M events
 * to show memory stays flat. Baseline: read lines, JSON.parse, count by type — the floor any
 * consumer pays. Both must see the same number of events.
 */
export const streamMonitorBenchmark: Benchmark = {
  name: "stream-monitor",
  description: `${EVENTS.toLocaleString("en-US")} JSONL events: tns monitor pipeline with rules on vs a plain JSON.parse-and-count loop`,
  async setup() {
    rules = compileRules(
      await loadRuleFile("data/rules/production-rules.yaml"),
      ruleFieldSchema(sampleSchemas.listings),
    );
    if (existsSync(FILE)) return;
    mkdirSync(DIR, { recursive: true });
    const lines = readFileSync("data/events.jsonl", "utf8").trimEnd().split("\n");
    const out = createWriteStream(FILE);
    let written = 0;
    for (let copy = 0; written < EVENTS; copy++) {
      let chunk = "";
      for (const line of lines) {
        if (written++ >= EVENTS) break;
        const ts = line.slice(7, 32);
        chunk += `{"ts":"${seoul(Date.parse(ts) + copy * PERIOD)}"${line.slice(33)}\n`;
        if (chunk.length > 1 << 20) {
          if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
          chunk = "";
        }
      }
      out.write(chunk);
    }
    out.end();
    await finished(out);
  },
  async kit() {
    const dupes = { duplicates: 0, evicted: 0, peakKeys: 0 };
    const heap: string[] = [];
    let n = 0;
    async function* sampled(
      source: AsyncIterable<import("../../lib/stream/StreamEvent.js").StreamEvent>,
    ) {
      for await (const e of source) {
        if (++n % 1_000_000 === 0)
          heap.push(`${n / 1e6}M: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
        yield e;
      }
    }
    const result = await monitorStream(sampled(dedupeEvents(jsonlEvents(FILE), { stats: dupes })), {
      rules,
      keepWindows: false,
    });
    console.log(
      `  kit heap used ${heap.join(", ")}; ${result.alerts.length} alerts; ${dupes.duplicates} duplicates`,
    );
    return result.events + dupes.duplicates;
  },
  async baseline() {
    const counts = new Map<string, number>();
    const lines = createInterface({
      input: createReadStream(FILE, { encoding: "utf8" }),
      crlfDelay: Infinity,
    });
    let n = 0;
    for await (const line of lines) {
      const event = JSON.parse(line) as { type: string };
      counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
      n++;
    }
    return n;
  },
  check(kit, baseline) {
    if (kit !== baseline)
      throw new Error(`stream-monitor: kit saw ${kit} events, baseline ${baseline}`);
    console.log(`  ${(kit as number).toLocaleString("en-US")} events each`);
  },
};
