import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomLcg, randomNormal } from "d3-random";
import { averagePrecision } from "../../lib/metrics/averagePrecision.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { rocAuc } from "../../lib/metrics/rocAuc.js";
import { rocCurve } from "../../lib/metrics/rocCurve.js";
import type { Benchmark } from "./Benchmark.js";

const N = 10_000_000;
const DIR = "data/generated/curve-benchmark";
let scores = new Float64Array(0);
let labels = new Uint8Array(0);

interface CurveResult {
  auc: number;
  ap: number;
  points: number;
}

/** The kit: score counts (one pass onto the 4-decimal grid), then curves from the counts. */
function kit(): CurveResult {
  const counts = countScores(scores, labels);
  const pr = precisionRecallCurve(counts);
  rocCurve(counts);
  return {
    auc: rocAuc(counts).value,
    ap: averagePrecision(counts).value,
    points: pr.thresholds.length,
  };
}

/** The sort-based reference (what scikit-learn does): sort scores, walk them highest first. */
function sortReference(): CurveResult {
  const pos = scores.filter((_, i) => labels[i] === 1).sort();
  const neg = scores.filter((_, i) => labels[i] === 0).sort();
  const P = pos.length;
  const Nn = neg.length;
  let i = P - 1;
  let j = Nn - 1;
  let tp = 0;
  let fp = 0;
  let auc = 0;
  let ap = 0;
  let points = 0;
  const precision: number[] = [];
  while (i >= 0 || j >= 0) {
    const s = Math.max(i >= 0 ? pos[i] : -Infinity, j >= 0 ? neg[j] : -Infinity);
    const [tp0, fp0] = [tp, fp];
    while (i >= 0 && pos[i] === s) {
      tp++;
      i--;
    }
    while (j >= 0 && neg[j] === s) {
      fp++;
      j--;
    }
    auc += ((fp / Nn - fp0 / Nn) * (tp / P + tp0 / P)) / 2;
    ap += (tp / P - tp0 / P) * (tp / (tp + fp));
    precision.push(tp / (tp + fp));
    points++;
  }
  return { auc, ap, points };
}

/**
 * PR curve + ROC curve + average precision + ROC AUC over 10M scores with 4 decimals (prevalence
 * 5 %, overlapping classes), seeded. The kit counts scores onto the grid in one pass; the baseline
 * sorts (typed-array sort of each class, then a merge walk: a fair, fast sort-based reference).
 * scikit-learn (precision_recall_curve + roc_auc_score) is timed once in a child process when
 * /usr/bin/python3 has it.
 */
export const curveBenchmark: Benchmark = {
  name: "curves-10m",
  description:
    "10M scores (4 decimals): PR + ROC curves, AP, ROC AUC — score counts vs a sort-based reference (+ scikit-learn, if available)",
  setup() {
    const random = randomLcg(20261029);
    const normal = randomNormal.source(random)(0, 1);
    scores = new Float64Array(N);
    labels = new Uint8Array(N);
    for (let k = 0; k < N; k++) {
      const y = random() < 0.05 ? 1 : 0;
      labels[k] = y;
      scores[k] = Math.round(10_000 / (1 + Math.exp(-(-3 + 2.5 * y + 1.3 * normal())))) / 10_000;
    }
    sklearnTiming();
  },
  kit: () => kit(),
  baseline: () => sortReference(),
  check(k, b) {
    const kr = k as CurveResult;
    const br = b as CurveResult;
    console.log(
      `  rss      ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB after both runs (input: ${((N * 9) / 2 ** 20).toFixed(0)} MB)`,
    );
    console.log(
      `  values   AUC ${kr.auc}, AP ${kr.ap}, ${kr.points} thresholds (reference: AUC ${br.auc}, AP ${br.ap})`,
    );
    if (
      kr.points !== br.points ||
      Math.abs(kr.auc - br.auc) > 1e-9 ||
      Math.abs(kr.ap - br.ap) > 1e-9
    )
      throw new Error("curves-10m: the kit and the sort-based reference disagree");
  },
};

function sklearnTiming(): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, "scores.f64"), scores);
  writeFileSync(join(DIR, "labels.u8"), labels);
  const script = `
import time, numpy as np
from sklearn.metrics import precision_recall_curve, roc_auc_score, average_precision_score
s = np.fromfile("${DIR}/scores.f64", dtype=np.float64); y = np.fromfile("${DIR}/labels.u8", dtype=np.uint8)
t = time.perf_counter(); precision_recall_curve(y, s); a = time.perf_counter(); auc = roc_auc_score(y, s); b = time.perf_counter()
ap = average_precision_score(y, s)
print(f"{a - t:.3f} {b - a:.3f} {auc!r} {ap!r}")`;
  const run = spawnSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" });
  if (run.status !== 0) {
    console.log("  sklearn  not available (/usr/bin/python3 with scikit-learn); skipped");
    return;
  }
  const [pr, auc, aucValue, apValue] = run.stdout.trim().split(" ");
  console.log(
    `  sklearn  precision_recall_curve ${pr} s + roc_auc_score ${auc} s = ${(Number(pr) + Number(auc)).toFixed(3)} s (AUC ${aucValue}, AP ${apValue})`,
  );
}
