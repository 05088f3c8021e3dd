import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomLcg, randomNormal } from "d3-random";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Benchmark } from "./Benchmark.js";

const N = 5_000_000;
const DIR = "data/generated/metrics-e2e";
const FILE = join(DIR, "scores.csv");
const OUT = join(DIR, "kit.json");

interface Figures {
  auc: number;
  ap: number;
}

/** Writes 5M rows (listing_id, model, score with 4 decimals, label 0/1), seeded; reused when present. */
function setup(): void {
  if (existsSync(FILE) && statSync(FILE).size > 0) return;
  mkdirSync(DIR, { recursive: true });
  const source = randomLcg(0.7);
  const noise = randomNormal.source(source)(0, 1);
  const lines: string[] = ["listing_id,model,score,label"];
  for (let i = 0; i < N; i++) {
    const label = source() < 0.06 ? 1 : 0;
    const z = noise() + (label ? 1.8 : 0);
    const score = 1 / (1 + Math.exp(-(z - 2)));
    lines.push(`L${i},counterfeit_v4,${score.toFixed(4)},${label}`);
    if (lines.length === 500_000) {
      writeFileSync(FILE, lines.join("\n") + "\n", { flag: i < 500_000 ? "w" : "a" });
      lines.length = 0;
    }
  }
  if (lines.length) writeFileSync(FILE, lines.join("\n") + "\n", { flag: "a" });
}

/** `tns metrics` end to end: process start, DuckDB reading the CSV, curves, JSON written. */
function kit(): Figures {
  const run = spawnSync(
    process.execPath,
    [
      "bin/tns.js",
      "metrics",
      "--data",
      FILE,
      "--score",
      "score",
      "--label",
      "label",
      "--json",
      OUT,
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`tns metrics failed: ${run.stderr}`);
  const result = JSON.parse(readFileSync(OUT, "utf8")) as {
    roc_auc: number;
    average_precision: number;
  };
  return { auc: result.roc_auc, ap: result.average_precision };
}

/** pandas.read_csv + scikit-learn's precision_recall_curve, roc_curve, roc_auc_score, average_precision_score. */
function sklearn(): Figures {
  const script = `
import sys, json, pandas as pd
from sklearn.metrics import precision_recall_curve, roc_curve, roc_auc_score, average_precision_score
df = pd.read_csv(sys.argv[1])
precision_recall_curve(df.label, df.score); roc_curve(df.label, df.score)
print(json.dumps({"auc": roc_auc_score(df.label, df.score), "ap": average_precision_score(df.label, df.score)}))
`;
  const run = spawnSync("/usr/bin/python3", ["-c", script, FILE], { encoding: "utf8" });
  if (run.status !== 0)
    throw new Error(
      `scikit-learn baseline failed (apt-get install python3-sklearn python3-pandas): ${run.stderr}`,
    );
  return JSON.parse(run.stdout) as Figures;
}

/** DuckDB's GROUP BY of the same per-score label counts from the same CSV, alone (in process). */
async function duckDbCounts(): Promise<number> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    const reader = await db.runAndReadAll(
      `SELECT score, count(*) FILTER (WHERE label = 1) AS p, count(*) FILTER (WHERE label = 0) AS n FROM read_csv('${FILE}') GROUP BY score`,
    );
    return reader.currentRowCount;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

const same = (a: unknown, b: unknown) => {
  const x = a as Figures;
  const y = b as Figures;
  if (Math.abs(x.auc - y.auc) > 1e-9 || Math.abs(x.ap - y.ap) > 1e-9)
    throw new Error(
      `metrics disagree: kit AUC ${x.auc} AP ${x.ap}, scikit-learn AUC ${y.auc} AP ${y.ap}`,
    );
};

/**
 * `tns metrics` on a 5M-row CSV end to end against pandas + scikit-learn reading the same file
 * (same AUC and AP to 1e-9).
 */
export const metricsVsSklearnBenchmark: Benchmark = {
  name: "metrics-e2e-sklearn",
  description:
    "tns metrics on a 5M-row CSV, end to end, vs pandas.read_csv + scikit-learn curves and AUC/AP",
  setup,
  kit,
  baseline: sklearn,
  check: same,
};

/**
 * The same `tns metrics` run against DuckDB's GROUP BY of the per-score counts alone: how much the
 * kit adds on top of the engine's scan (process start, curves, JSON).
 */
export const metricsVsDuckDbBenchmark: Benchmark = {
  name: "metrics-e2e-duckdb",
  description:
    "tns metrics on a 5M-row CSV, end to end, vs DuckDB's GROUP BY of the same score counts alone",
  setup,
  kit,
  baseline: duckDbCounts,
};
