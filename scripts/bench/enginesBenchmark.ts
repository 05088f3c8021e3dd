import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Benchmark } from "./Benchmark.js";

const ROWS = Number(process.env.ENGINES_BENCH_ROWS ?? 10_000_000);
const DIR =
  process.env.ENGINES_BENCH_DIR ??
  `data/generated/engines-${ROWS >= 1e6 ? `${ROWS / 1e6}m` : `${ROWS / 1e3}k`}`;
const RULES = "data/rules/production-rules.yaml";

interface EngineRun {
  engine: string;
  rows: number;
  hits: number;
  load: number;
  backtest: number;
  scoreCounts: number;
  distinctScores: number;
  backtestDigest: string;
  countsDigest: string;
  peakRssMb: number;
}

const runs: Record<string, EngineRun> = {};

function run(engine: string): EngineRun {
  const child = spawnSync(
    process.execPath,
    ["dist/scripts/bench/engineRunChild.js", engine, `${DIR}/tns.yaml`, RULES],
    { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (child.status !== 0) throw new Error(`engines benchmark: the ${engine} run failed`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as EngineRun;
  runs[engine] = result;
  return result;
}

/**
 * The same backtest (the production rules, by category and week) and per-score label counts of
 * one model, on the embedded ClickHouse (chdb) against DuckDB, with the in-process engine beside
 * them: each engine in its own process, so each peak RSS is that engine's.
 */
export const enginesBenchmark: Benchmark = {
  name: `engines-${ROWS >= 1e6 ? `${ROWS / 1e6}m` : `${ROWS / 1e3}k`}`,
  description: `backtest + score counts on ${ROWS.toLocaleString("en-US")} listings: chdb (embedded ClickHouse, rules in the engine) vs DuckDB (rules by RE2.Set on scanned chunks, counts by GROUP BY) vs in-process (counts in JS), each in its own process`,
  runs: 1,
  setup: () => {
    if (existsSync(`${DIR}/tns.yaml`)) return;
    console.log(`  generating ${ROWS.toLocaleString("en-US")} listings into ${DIR} (once)…`);
    const gen = spawnSync(
      process.execPath,
      ["dist/scripts/generate-data.js", "--rows", String(ROWS), "--out", DIR],
      { stdio: "inherit" },
    );
    if (gen.status !== 0) throw new Error(`engines benchmark: generating ${DIR} failed`);
  },
  kit: () => run("chdb"),
  baseline: () => run("duckdb"),
  check: () => {
    const inProcess = run("in-process");
    const chdb = runs.chdb;
    const duck = runs.duckdb;
    for (const other of [duck, inProcess]) {
      if (other.backtestDigest !== chdb.backtestDigest)
        throw new Error(`engines benchmark: the ${other.engine} backtest differs from chdb's`);
      if (other.countsDigest !== chdb.countsDigest)
        throw new Error(`engines benchmark: the ${other.engine} score counts differ from chdb's`);
    }
    console.log(
      `  ${chdb.rows.toLocaleString("en-US")} listings, ${chdb.hits.toLocaleString("en-US")} rows hit, ${chdb.distinctScores.toLocaleString("en-US")} distinct scores; identical backtest and counts on every engine`,
    );
    console.log("  engine        load s  backtest s  score counts s  peak RSS");
    for (const r of [chdb, duck, inProcess])
      console.log(
        `  ${r.engine.padEnd(12)} ${r.load.toFixed(1).padStart(7)} ${r.backtest.toFixed(1).padStart(11)} ${r.scoreCounts.toFixed(1).padStart(15)} ${String(r.peakRssMb).padStart(6)} MB`,
      );
    console.log(
      "  (kit = chdb, baseline = DuckDB; both include the backtest and the score counts after load)",
    );
  },
};
