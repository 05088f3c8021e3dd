import type { Command } from "commander";
import { loadTable } from "../../lib/data/loadTable.js";
import type { ColumnSpec, TableSchema } from "../../lib/data/TableSchema.js";
import { averagePrecision } from "../../lib/metrics/averagePrecision.js";
import { MetricsError } from "../../lib/metrics/MetricsError.js";
import { missingColumn } from "../../lib/metrics/messages.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { rocAuc } from "../../lib/metrics/rocAuc.js";
import { rocCurve } from "../../lib/metrics/rocCurve.js";
import { countTotals } from "../../lib/metrics/ScoreCounts.js";
import { scoreCountsBy } from "../../lib/metrics/scoreCountsBy.js";
import { writeFileAtomic } from "../../lib/report/writeFileAtomic.js";
import { periodStart } from "../../lib/time/periodStart.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { recommendThresholdBy } from "../../lib/tuning/recommendThresholdBy.js";
import type { ThresholdRecommendation } from "../../lib/tuning/ThresholdRecommendation.js";
import { log } from "./cliLog.js";

interface DataOptions {
  data: string;
  score: string;
  label: string;
  labels?: string;
  key: string;
  where?: string[];
  json?: string;
  time?: string;
}

interface TuneOptions extends DataOptions {
  minPrecision?: string;
  minRecall?: string;
  capacity?: string;
  costFp?: string;
  costFn?: string;
  beta?: string;
  by?: string;
  current?: string;
  minSupport: string;
  step: string;
  seed: string;
  replicates: string;
}

type Row = Record<string, unknown>;

/** Adds `tns metrics` (scikit-learn-compatible curves) and `tns tune` (threshold recommendations). */
export function registerMetricsCommands(program: Command): void {
  const data = (command: Command) =>
    command
      .requiredOption(
        "--data <file>",
        "a .csv, .jsonl or .parquet file with one scored listing per row",
      )
      .requiredOption("--score <col>", "score column (numbers in [0, 1])")
      .requiredOption("--label <col>", "label column: true/false or 1/0 (violation or not)")
      .option("--labels <file>", "take --label from this file instead, joined on --key")
      .option("--key <col>", "join column for --labels", "listing_id")
      .option(
        "--where <col=value...>",
        "keep only rows where the column equals the value, e.g. model=counterfeit_v4",
      )
      .option("--json <out.json>", 'write the result as JSON to this file ("-" for stdout)');

  data(program.command("metrics"))
    .description(
      "PR curve, ROC curve, average precision and ROC AUC with scikit-learn's definitions",
    )
    .addHelpText(
      "after",
      `
Example:
  npx tns metrics --data data/model_scores.csv --where model=counterfeit_v4 --score score \\
      --labels data/listings.csv --label is_violation --json metrics.json`,
    )
    .action(async (opts: DataOptions) => {
      const rows = await loadRows(opts, []);
      const [{ counts }] = scoreCountsBy(rows, { score: opts.score, label: opts.label });
      const { positives, negatives } = countTotals(counts);
      const pr = precisionRecallCurve(counts);
      const roc = rocCurve(counts);
      const auc = rocAuc(counts);
      const ap = averagePrecision(counts);
      const result = {
        n: positives + negatives,
        positives,
        roc_auc: nullable(auc.value),
        average_precision: nullable(ap.value),
        pr_curve: {
          precision: [...pr.precision],
          recall: [...pr.recall],
          thresholds: [...pr.thresholds],
        },
        roc_curve: {
          fpr: [...roc.fpr].map(nullable),
          tpr: [...roc.tpr].map(nullable),
          thresholds: [...roc.thresholds],
        },
        warnings: [...new Set([...pr.warnings, ...roc.warnings])],
      };
      await output(opts.json, result, [
        ...result.warnings.map((w) => `warning: ${w}`),
        `n ${result.n}, violations ${positives}: ROC AUC ${fmt(auc.value)}, average precision ${fmt(ap.value)}, ${pr.thresholds.length} distinct thresholds`,
      ]);
    });

  data(program.command("tune"))
    .description(
      "recommend a score threshold under precision, recall, capacity and cost targets, with intervals",
    )
    .option("--min-precision <p>", "precision at least p, e.g. 0.9")
    .option("--min-recall <r>", "recall at least r, e.g. 0.8")
    .option("--capacity <n>", "at most n flags per day (needs --time)")
    .option("--time <col>", "time column: flags per day and the daily volume come from it")
    .option("--cost-fp <a>", "cost of a false positive")
    .option("--cost-fn <b>", "cost of a false negative")
    .option("--beta <b>", "maximise Fβ with this β")
    .option("--by <col>", "recommend one threshold per value of this column (e.g. category)")
    .option("--current <t>", "the threshold in production, reported beside the recommendation")
    .option("--min-support <n>", "with --by: fewest violations for a segment's own threshold", "30")
    .option("--step <s>", "recommend multiples of this step", "0.01")
    .option("--seed <n>", "bootstrap seed", "1")
    .option("--replicates <n>", "bootstrap replicates", "300")
    .addHelpText(
      "after",
      `
Example:
  npx tns tune --data data/model_scores.csv --where model=counterfeit_v4 --score score \\
      --labels data/listings.csv --label is_violation --time scored_at --min-precision 0.85 \\
      --capacity 6 --current 0.8`,
    )
    .action(async (opts: TuneOptions) => {
      if (opts.capacity !== undefined && opts.time === undefined)
        throw new MetricsError(
          "--capacity: a review capacity needs --time <col> so flags per day can be computed; add e.g. --time scored_at",
        );
      const rows = await loadRows(
        opts,
        [opts.time, opts.by].filter((c): c is string => c !== undefined),
      );
      const daily = opts.time ? dailyVolume(rows, opts.time) : undefined;
      const options = {
        minPrecision: num(opts.minPrecision),
        minRecall: num(opts.minRecall),
        capacity: num(opts.capacity),
        costFalsePositive: num(opts.costFp),
        costFalseNegative: num(opts.costFn),
        beta: num(opts.beta),
        current: num(opts.current),
        days: daily?.length,
        dailyVolume: daily,
        step: num(opts.step),
        seed: num(opts.seed),
        replicates: num(opts.replicates),
      };
      const groups = scoreCountsBy(rows, {
        score: opts.score,
        label: opts.label,
        by: opts.by ? [opts.by] : [],
      });
      if (!opts.by) {
        const r = recommendThreshold(groups[0].counts, options);
        await output(opts.json, summarise(r), [r.rationale]);
        return;
      }
      const segments = recommendThresholdBy(groups, {
        ...options,
        minSupport: num(opts.minSupport),
      });
      const json = segments.map((s) => ({
        key: s.key,
        n: s.n,
        positives: s.positives,
        fallback: s.fallback,
        ...summarise(s.recommendation),
      }));
      await output(
        opts.json,
        json,
        segments.map(
          (s) =>
            `${opts.by}=${String(s.key[opts.by!])}${s.fallback ? ` (only ${s.positives} violations: overall threshold)` : ""}: ${s.recommendation.rationale}`,
        ),
      );
    });
}

async function loadRows(opts: DataOptions, extra: string[]): Promise<Row[]> {
  const where = (opts.where ?? []).map((w) => {
    const at = w.indexOf("=");
    if (at < 1)
      throw new MetricsError(
        `--where: "${w}" is not <column>=<value>; write e.g. --where model=counterfeit_v4`,
      );
    return [w.slice(0, at), w.slice(at + 1)] as const;
  });
  const cols = (names: string[]): TableSchema["columns"] =>
    Object.fromEntries(names.map((c) => [c, { type: "string" } as ColumnSpec]));
  const scoreCol = { [opts.score]: { type: "number" } as ColumnSpec };
  const main = opts.labels
    ? [opts.key, ...extra, ...where.map(([c]) => c)]
    : [opts.label, ...extra, ...where.map(([c]) => c)];
  const load = async (file: string, columns: TableSchema["columns"]) =>
    (await loadTable(file, { name: file, columns }, { extraColumns: "drop" })).objects() as Row[];
  let rows = await load(opts.data, { ...cols([...new Set(main)]), ...scoreCol });
  rows = rows.filter((r) => where.every(([c, v]) => String(r[c]) === v));
  if (opts.time) rows.forEach((r) => (r[opts.time!] = periodStart(String(r[opts.time!]), "day")));
  if (opts.labels) {
    const labelled = await load(opts.labels, cols([opts.key, opts.label]));
    const byKey = new Map(labelled.map((r) => [r[opts.key], r[opts.label]]));
    rows = rows.map((r) => ({ ...r, [opts.label]: byKey.get(r[opts.key]) }));
  }
  if (!rows.length)
    throw new MetricsError(
      `--where: no rows left in ${opts.data} after ${opts.where?.join(", ")}; check the column and value`,
    );
  if (!(opts.score in rows[0]))
    throw new MetricsError(missingColumn("--score", opts.score, Object.keys(rows[0])));
  return rows;
}

/** Scored listings per calendar day (Asia/Seoul), oldest first, with empty days in between counted as 0. */
function dailyVolume(rows: Row[], time: string): number[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const day = r[time];
    if (typeof day !== "string")
      throw new MetricsError(
        `--time: column ${time} has a value that is not a time; write ISO 8601 like 2026-09-15T10:00:00+09:00`,
      );
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort();
  const out: number[] = [];
  for (let d = Date.parse(days[0]); d <= Date.parse(days[days.length - 1]); d += 86_400_000)
    out.push(counts.get(new Date(d).toISOString().slice(0, 10)) ?? 0);
  return out;
}

function summarise(r: ThresholdRecommendation) {
  const { points: _points, ...rest } = r;
  void _points;
  return rest;
}

const nullable = (x: number) => (Number.isNaN(x) ? null : x);
const fmt = (x: number) => (Number.isNaN(x) ? "undefined" : x.toFixed(4));
function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n))
    throw new MetricsError(`"${text}" is not a number; write e.g. 0.9`);
  return n;
}

async function output(json: string | undefined, value: unknown, lines: string[]): Promise<void> {
  const text = `${JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
  if (json === "-") process.stdout.write(text);
  else if (json) await writeFileAtomic(json, text);
  for (const line of lines) (json ? log : (l: string) => process.stdout.write(`${l}\n`))(line);
}
