import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import type { CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { batchedEventStream } from "../../lib/stream/batchedEventStream.js";
import { dedupeEvents } from "../../lib/stream/dedupeEvents.js";
import type { BatchedEventStream } from "../../lib/stream/EventBatch.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { monitorStream } from "../../lib/stream/monitorStream.js";
import { formatTimestamp } from "../generate/time.js";
import type { Benchmark } from "./Benchmark.js";

const EVENTS = Number(process.env.TNS_BENCH_EVENTS ?? 10_000_000);
let dir = "";
let file = "";
const PERIOD = 90 * 86_400_000;
let rules: CompiledRuleSet;

/**
 * The monitor over a long JSONL stream with the production rules on: data/events.jsonl repeated,
 * each copy 90 days later, to 10M events (1.6 GB, in a temporary directory removed afterwards). Kit: read, de-duplicate, evaluate the compiled
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
    // A fresh temporary directory per run, removed by teardown: 10M events are 1.6 GB.
    dir = mkdtempSync(join(tmpdir(), "tns-bench-stream-"));
    file = join(dir, `events-${EVENTS}.jsonl`);
    const lines = readFileSync("data/events.jsonl", "utf8").trimEnd().split("\n");
    const out = createWriteStream(file);
    let written = 0;
    for (let copy = 0; written < EVENTS; copy++) {
      let chunk = "";
      for (const line of lines) {
        if (written++ >= EVENTS) break;
        const ts = line.slice(7, 32);
        chunk += `{"ts":"${formatTimestamp(Date.parse(ts) + copy * PERIOD)}"${line.slice(33)}\n`;
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
  teardown() {
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
  async kit() {
    const dupes = { duplicates: 0, evicted: 0, peakKeys: 0 };
    const heap: string[] = [];
    let n = 0;
    // Heap sampled between batches, so the monitor still reads batches as `tns monitor` does.
    const sampled = (source: BatchedEventStream) =>
      batchedEventStream(
        (async function* () {
          for await (const batch of source.batches()) {
            const before = n;
            n += batch.events.length;
            if (Math.floor(n / 1e6) > Math.floor(before / 1e6))
              heap.push(
                `${Math.floor(n / 1e6)}M: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
              );
            yield batch;
          }
        })(),
      );
    const result = await monitorStream(sampled(dedupeEvents(jsonlEvents(file), { stats: dupes })), {
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
      input: createReadStream(file, { encoding: "utf8" }),
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
      throw new Error(
        `stream-monitor: kit saw ${String(kit)} events, baseline ${String(baseline)}`,
      );
    console.log(`  ${(kit as number).toLocaleString("en-US")} events each`);
  },
};
