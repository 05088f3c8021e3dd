// npm run bench: runs every benchmark in scripts/bench/ — the kit and a baseline on the same input
// in the same process, best of N runs each — and prints wall and CPU time, peak memory and the
// ratios. No timing assertions anywhere.
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

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  result: unknown;
}

/** Best of `runs` by wall time, with the CPU time (user + system) and the peak RSS and heap sampled every 50 ms of that run. */
async function best(fn: () => unknown, runs: number): Promise<Measured> {
  let measured: Measured | undefined;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    let peakRss = 0;
    let peakHeap = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const sampler = setInterval(sample, 50);
    const cpu = process.cpuUsage();
    const started = performance.now();
    let result: unknown;
    try {
      result = await fn();
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    sample();
    if (!measured || seconds < measured.seconds)
      measured = {
        seconds,
        cpuSeconds: (used.user + used.system) / 1e6,
        peakRssMb: peakRss / 2 ** 20,
        peakHeapMb: peakHeap / 2 ** 20,
        result,
      };
  }
  return measured!;
}

const line = (side: string, m: Measured) =>
  `  ${side.padEnd(8)} ${m.seconds.toFixed(3)} s wall, ${m.cpuSeconds.toFixed(3)} s CPU, peak RSS ${m.peakRssMb.toFixed(0)} MB, peak heap ${m.peakHeapMb.toFixed(0)} MB`;

for (const benchmark of benchmarks.filter((b) => !options.only || b.name === options.only)) {
  console.log(`\n${benchmark.name}: ${benchmark.description}`);
  try {
    await benchmark.setup?.();
    const runs = benchmark.runs ?? Number(options.runs);
    const kit = await best(benchmark.kit, runs);
    const baseline = await best(benchmark.baseline, runs);
    benchmark.check?.(kit.result, baseline.result);
    console.log(line("kit", kit));
    console.log(line("baseline", baseline));
    console.log(
      `  ratio    ${(baseline.seconds / kit.seconds).toFixed(2)}× wall, ${(baseline.cpuSeconds / kit.cpuSeconds).toFixed(2)}× CPU (baseline time / kit time; > 1 means the kit is faster)`,
    );
  } finally {
    await benchmark.teardown?.();
  }
}
