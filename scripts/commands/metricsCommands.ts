import type { Command } from "commander";
import { adHocDefinition } from "../../lib/dataset/adHocDefinition.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { relationColumns } from "../../lib/dataset/relationColumns.js";
import { ident, literal } from "../../lib/dataset/sqlText.js";
import { scoreCountsQuery } from "../../lib/metrics/scoreCountsQuery.js";
import { averagePrecision } from "../../lib/metrics/averagePrecision.js";
import { checkReplicates, maxReplicates } from "../../lib/metrics/checkReplicates.js";
import { MetricsError } from "../../lib/metrics/MetricsError.js";
import { missingColumn } from "../../lib/metrics/messages.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { rocAuc } from "../../lib/metrics/rocAuc.js";
import { rocCurve } from "../../lib/metrics/rocCurve.js";
import { countTotals } from "../../lib/metrics/ScoreCounts.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { recommendThresholdBy } from "../../lib/tuning/recommendThresholdBy.js";
import type { ThresholdRecommendation } from "../../lib/tuning/ThresholdRecommendation.js";
import { log } from "./cliLog.js";
import { metricsTables, tuneTables } from "./metricsTables.js";
import { checkTableOutputs, tableOutputOptions, writeTableOutputs } from "./tableOutputs.js";
import { engineOption } from "./engineOption.js";

interface DataOptions {
  dataset?: string;
  encoding: string;
  data?: string;
  score: string;
  label: string;
  labels?: string;
  key: string;
  where?: string[];
  json?: string;
  csv?: string;
  xlsx?: string;
  time?: string;
}

interface TuneOptions extends DataOptions {
  minPrecision?: string;
  confidence?: string;
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

/** Adds `tns metrics` (scikit-learn-compatible curves) and `tns tune` (threshold recommendations). */
export function registerMetricsCommands(program: Command): void {
  const data = (command: Command) =>
    command
      .option(
        "--dataset <tns.yaml>",
        "a dataset definition: scores from its model_scores, labels from its listings",
      )
      .option(
        "--data <file>",
        "a .csv, .tsv, .jsonl or .parquet file with one scored listing per row (instead of the dataset's model_scores)",
      )
      .option(
        "--encoding <name>",
        "text encoding of --data and --labels (utf-8, cp949, euc-kr, utf-16 …)",
        "utf-8",
      )
      .option("--score <col>", "score column (numbers in [0, 1])", "score")
      .option("--label <col>", "label column: true/false or 1/0 (violation or not)", "is_violation")
      .option("--labels <file>", "take --label from this file instead, joined on --key")
      .option("--key <col>", "join column for --labels", "listing_id")
      .option(
        "--where <col=value...>",
        "keep only rows where the column equals the value, e.g. model=counterfeit_v4",
      )
      .option("--json <out.json>", 'write the result as JSON to this file ("-" for stdout)')
      .addOption(engineOption());

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
    .addOption(tableOutputOptions("the PR curve (threshold, precision, recall)")[0])
    .addOption(tableOutputOptions("")[1])
    .action(async (opts: DataOptions) => {
      await checkTableOutputs(opts);
      const scored = await scoredSource(opts);
      const { groups, unlabeled } = await scoreCountsQuery(scored.ds, {
        ...scored,
        score: opts.score,
        label: opts.label,
      });
      scored.ds.close();
      if (!groups.length) throw new MetricsError(noRows(opts));
      const [{ counts }] = groups;
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
        warnings: [
          ...new Set([...pr.warnings, ...roc.warnings]),
          ...(unlabeled ? [`${unlabeled} scored rows have no label and are left out`] : []),
        ],
      };
      await writeTableOutputs(opts, metricsTables(result));
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
    .option(
      "--confidence <p>",
      "a threshold meets a target only where it holds in at least this share of bootstrap replicates",
      "0.9",
    )
    .option("--seed <n>", "bootstrap seed", "1")
    .option("--replicates <n>", `bootstrap replicates, at most ${maxReplicates}`, "300")
    .addHelpText(
      "after",
      `
Example:
  npx tns tune --data data/model_scores.csv --where model=counterfeit_v4 --score score \\
      --labels data/listings.csv --label is_violation --time scored_at --min-precision 0.85 \\
      --capacity 6 --current 0.8`,
    )
    .addOption(
      tableOutputOptions(
        "the recommended (and current) threshold with its expected precision, recall and flags per day; with --by, one row per segment",
      )[0],
    )
    .addOption(tableOutputOptions("")[1])
    .action(async (opts: TuneOptions) => {
      await checkTableOutputs(opts);
      // Before reading any data: a replicate count past the cap would otherwise fail after it.
      checkReplicates(num(opts.replicates), "--replicates");
      if (opts.capacity !== undefined && opts.time === undefined)
        throw new MetricsError(
          "--capacity: a review capacity needs --time <col> so flags per day can be computed; add e.g. --time scored_at",
        );
      const scored = await scoredSource(opts);
      const { groups } = await scoreCountsQuery(scored.ds, {
        ...scored,
        score: opts.score,
        label: opts.label,
        by: opts.by ? [opts.by] : [],
      });
      const daily = opts.time ? await dailyVolume(scored, opts.time) : undefined;
      scored.ds.close();
      if (!groups.length) throw new MetricsError(noRows(opts));
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
        confidence: num(opts.confidence),
      };
      if (!opts.by) {
        const r = recommendThreshold(groups[0].counts, options);
        await writeTableOutputs(opts, tuneTables(summarise(r)));
        await output(opts.json, summarise(r), [
          ...r.warnings.map((w) => `warning: ${w}`),
          r.rationale,
        ]);
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
      await writeTableOutputs(opts, tuneTables(json, opts.by));
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

interface ScoredSource {
  ds: Dataset;
  from: string;
  where?: string;
}

/** The scored rows as a relation in the engine: --data (and --labels) files, or the dataset's tables. */
async function scoredSource(opts: DataOptions): Promise<ScoredSource> {
  if (!opts.data && !opts.dataset)
    throw new MetricsError(
      "give --dataset <tns.yaml> or --data <file>; e.g. --dataset data/tns.yaml --where model=counterfeit_v4",
    );
  const where = (opts.where ?? []).map((w) => {
    const at = w.indexOf("=");
    if (at < 1)
      throw new MetricsError(
        `--where: "${w}" is not <column>=<value>; write e.g. --where model=counterfeit_v4`,
      );
    return `CAST(${ident(w.slice(0, at))} AS VARCHAR) = ${literal(w.slice(at + 1))}`;
  });
  const ds = await openDataset(opts.dataset ?? adHocDefinition());
  let from: string;
  if (opts.data) {
    // tune reads the rows twice (counts, then flags per day): a table read once; metrics scans a view.
    await ds.attachFile("scored_input", opts.data, {
      encoding: opts.encoding,
      materialize: opts.time !== undefined,
    });
    from = "scored_input";
  } else from = "model_scores";
  const columns = (await relationColumns(ds, from)).map((c) => c.name);
  if (opts.labels) {
    await ds.attachFile("label_input", opts.labels, { encoding: opts.encoding });
    const labelColumns = (await relationColumns(ds, "label_input")).map((c) => c.name);
    for (const [column, option] of [
      [opts.key, "--key"],
      [opts.label, "--label"],
    ])
      if (!labelColumns.includes(column))
        throw new MetricsError(missingColumn(option, column, labelColumns));
    if (!columns.includes(opts.key))
      throw new MetricsError(missingColumn("--key", opts.key, columns));
    const keep = columns
      .filter((c) => c !== opts.label)
      .map(ident)
      .join(", ");
    from = `(SELECT ${keep}, l.${ident(opts.label)} FROM ${from} LEFT JOIN (SELECT DISTINCT ON (${ident(opts.key)}) ${ident(opts.key)}, ${ident(opts.label)} FROM label_input) l USING (${ident(opts.key)}))`;
  } else if (!opts.data && !columns.includes(opts.label) && ds.has("listings")) {
    from = `(SELECT m.*, l.${ident(opts.label)} FROM model_scores m LEFT JOIN (SELECT listing_id, ${ident(opts.label)} FROM listings) l USING (listing_id))`;
  }
  for (const w of opts.where ?? []) {
    const column = w.slice(0, w.indexOf("="));
    const names = (await relationColumns(ds, from)).map((c) => c.name);
    if (!names.includes(column)) throw new MetricsError(missingColumn("--where", column, names));
  }
  return { ds, from, where: where.length ? where.join(" AND ") : undefined };
}

function noRows(opts: DataOptions): string {
  return `--where: no rows left in ${opts.data ?? opts.dataset} after ${opts.where?.join(", ") ?? "(no filter)"}; check the column and value`;
}

/** Scored rows per calendar day in the dataset's zone, oldest first, empty days in between as 0. */
async function dailyVolume(scored: ScoredSource, time: string): Promise<number[]> {
  const names = (await relationColumns(scored.ds, scored.from)).map((c) => c.name);
  if (!names.includes(time)) throw new MetricsError(missingColumn("--time", time, names));
  let days;
  try {
    days = await scored.ds.query(
      `SELECT strftime(CAST(${ident(time)} AS TIMESTAMPTZ), '%Y-%m-%d') AS day, count(*) AS n FROM ${scored.from}${scored.where ? ` WHERE ${scored.where}` : ""} GROUP BY 1 ORDER BY 1`,
    );
  } catch {
    throw new MetricsError(
      `--time: column ${time} has a value that is not a time; write ISO 8601 like 2026-09-15T10:00:00+09:00`,
    );
  }
  const counts = new Map(
    (days.objects() as { day: string | null; n: number }[])
      .filter((d) => d.day)
      .map((d) => [d.day!, d.n]),
  );
  const keys = [...counts.keys()].sort();
  const out: number[] = [];
  for (let d = Date.parse(keys[0]); d <= Date.parse(keys[keys.length - 1]); d += 86_400_000)
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
