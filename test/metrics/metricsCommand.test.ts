import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8" });
const sample = [
  "--data",
  "data/model_scores.csv",
  "--where",
  "model=counterfeit_v4",
  "--score",
  "score",
  "--labels",
  "data/listings.csv",
  "--label",
  "is_violation",
];

describe("tns metrics and tns tune", { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("metrics-cli");
  });

  it("tns metrics writes scikit-learn's curves and scores as JSON for the sample data", async () => {
    const out = join(dir, "metrics.json");
    const run = tns("metrics", ...sample, "--json", out);
    expect(run.stderr).toMatch(/n 10726, violations 664: ROC AUC 0\.\d{4}/);
    expect(run.status).toBe(0);
    const json = JSON.parse(await readFile(out, "utf8")) as Record<string, unknown> & {
      pr_curve: { precision: number[]; recall: number[]; thresholds: number[] };
      roc_curve: { fpr: number[]; tpr: number[]; thresholds: number[] };
    };
    expect(Object.keys(json).slice(0, 6)).toEqual([
      "n",
      "positives",
      "roc_auc",
      "average_precision",
      "pr_curve",
      "roc_curve",
    ]);
    // scikit-learn 1.2.1 on the same rows: roc_auc_score 0.8103378780476699, average_precision_score 0.5910703386576646.
    expect(json.roc_auc as number).toBeCloseTo(0.8103378780476699, 12);
    expect(json.average_precision as number).toBeCloseTo(0.5910703386576646, 12);
    expect(json.pr_curve.precision.length).toBe(json.pr_curve.thresholds.length + 1);
    expect(json.roc_curve.thresholds[0]).toBeGreaterThan(1);
  });

  it("tns tune recommends a threshold with intervals and a rationale", async () => {
    const out = join(dir, "tune.json");
    const run = tns(
      "tune",
      ...sample,
      "--time",
      "scored_at",
      "--min-precision",
      "0.85",
      "--capacity",
      "6",
      "--current",
      "0.8",
      "--replicates",
      "100",
      "--json",
      out,
    );
    expect(run.status).toBe(0);
    // Worded as an instruction only when the targets hold in 90% of the replicates.
    expect(run.stderr).toMatch(
      /^(Raise the threshold from 0\.80 to|The estimate favours) 0\.\d\d(?: over 0\.80)?: precision \d+% → \d+% \[\d+%–\d+%\]/,
    );
    const json = JSON.parse(await readFile(out, "utf8")) as {
      threshold: number;
      feasible: boolean;
      expected: { precision: { lower: number } };
    };
    expect(json.feasible).toBe(true);
    expect(json.threshold).toBeGreaterThan(0.8);
  });

  it("tns tune --by recommends per segment and falls back below the minimum support", async () => {
    const csv = join(dir, "scored.csv");
    const lines = ["score,label,category"];
    for (let i = 0; i < 200; i++)
      lines.push(
        `${(i / 200).toFixed(3)},${i % 3 === 0 && i > 80 ? 1 : 0},${i % 4 === 0 ? "toys" : "bags"}`,
      );
    await writeFile(csv, lines.join("\n") + "\n");
    const run = tns(
      "tune",
      "--data",
      csv,
      "--score",
      "score",
      "--label",
      "label",
      "--by",
      "category",
      "--min-support",
      "10",
      "--replicates",
      "50",
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/category=bags: Set the threshold at/);
    expect(run.stdout).toMatch(/category=toys: Set the threshold at/);
  });

  it("tns exits 2 with a message on bad input", async () => {
    const csv = join(dir, "bad.csv");
    await writeFile(csv, "score,label,day\n0.4,1,2026-09-01\n1.7,0,2026-09-01\n");
    const bad = tns("metrics", "--data", csv, "--score", "score", "--label", "label");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/row 2, column score: score 1.7 is not a number in \[0, 1\]/);
    const capacity = tns(
      "tune",
      "--data",
      csv,
      "--score",
      "score",
      "--label",
      "label",
      "--capacity",
      "5",
    );
    expect(capacity.status).toBe(2);
    expect(capacity.stderr).toMatch(/--capacity: a review capacity needs --time <col>/);
    // DuckDB reads a yes/no column as booleans; a label that is no boolean at all is refused.
    await writeFile(csv, "score,label\n0.4,maybe\n0.5,1\n");
    expect(tns("metrics", "--data", csv, "--score", "score", "--label", "label").stderr).toMatch(
      /row 1, column label: label "maybe" is not 0\/1 or true\/false/,
    );
    await writeFile(csv, "score,label\n0.4,0\n0.3,0\n");
    const none = tns("tune", "--data", csv, "--score", "score", "--label", "label");
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/the data has no violations/);
    expect(
      tns("tune", "--data", csv, "--score", "score", "--label", "label", "--min-precision", "abc")
        .stderr,
    ).toMatch(/"abc" is not a number/);
  });
});
