// npm run bench: runs every benchmark in scripts/bench/ — the kit and a baseline on the same input
// in the same process, best of N runs each — and prints the ratio. No timing assertions anywhere.
import { Command } from "commander";
import type { Benchmark } from "./bench/Benchmark.js";
import { loadCsvBenchmark } from "./bench/loadCsvBenchmark.js";
import { rcaSearchBenchmark } from "./bench/rcaSearchBenchmark.js";
import { ruleRegexpBenchmark, ruleDuckDbBenchmark } from "./bench/ruleBacktestBenchmark.js";
import { kpiBenchmark } from "./bench/kpiBenchmark.js";
import { streamMonitorBenchmark } from "./bench/streamMonitorBenchmark.js";
import { curveBenchmark } from "./bench/curveBenchmark.js";
import {
  metricsVsSklearnBenchmark,
  metricsVsDuckDbBenchmark,
} from "./bench/metricsEndToEndBenchmark.js";
import { datasetLoadBenchmark } from "./bench/datasetLoadBenchmark.js";
import { suiteScaleBenchmark } from "./bench/suiteScaleBenchmark.js";
import { enginesBenchmark } from "./bench/enginesBenchmark.js";

const benchmarks: Benchmark[] = [
  loadCsvBenchmark,
  rcaSearchBenchmark,
  ruleRegexpBenchmark,
  ruleDuckDbBenchmark,
  kpiBenchmark,
  streamMonitorBenchmark,
  curveBenchmark,
  metricsVsSklearnBenchmark,
  metricsVsDuckDbBenchmark,
  datasetLoadBenchmark,
  suiteScaleBenchmark,
  enginesBenchmark,
];

const options = new Command()
  .name("bench")
  .option("--runs <n>", "timed runs of each side (best is reported)", "3")
  .option("--only <name>", "run one benchmark")
  .parse()
  .opts<{ runs: string; only?: string }>();

async function best(
  fn: () => Promise<unknown>,
  runs: number,
): Promise<{ seconds: number; result: unknown }> {
  let seconds = Infinity;
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const started = performance.now();
    result = await fn();
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return { seconds, result };
}

for (const benchmark of benchmarks.filter((b) => !options.only || b.name === options.only)) {
  console.log(`\n${benchmark.name}: ${benchmark.description}`);
  await benchmark.setup?.();
  const runs = benchmark.runs ?? Number(options.runs);
  const kit = await best(benchmark.kit, runs);
  const baseline = await best(benchmark.baseline, runs);
  benchmark.check?.(kit.result, baseline.result);
  console.log(`  kit      ${kit.seconds.toFixed(3)} s`);
  console.log(`  baseline ${baseline.seconds.toFixed(3)} s`);
  console.log(
    `  ratio    ${(baseline.seconds / kit.seconds).toFixed(2)}× (baseline time / kit time; > 1 means the kit is faster)`,
  );
}
