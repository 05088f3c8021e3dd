// One engine's run for the engines benchmark, in its own process so its peak memory is its own:
// open the dataset on the engine, backtest the production rules, count scores per model; print
// the timings, the results' fingerprints and the peak RSS as one JSON line.
import { createHash } from "node:crypto";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { isEngineName } from "../../lib/engine/EngineName.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { scoreCountsQuery } from "../../lib/metrics/scoreCountsQuery.js";
import { backtestDataset } from "../../lib/rules/backtestDataset.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";

const [engine, definition, rulesFile] = process.argv.slice(2);
if (!isEngineName(engine)) throw new Error(`engine run: unknown engine ${engine}`);
const seconds = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2));
const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);

let t = performance.now();
const ds = await openDataset(definition, { engine });
await ds.load("listings", "model_scores");
const load = seconds(t);

t = performance.now();
const rules = await loadRuleFile(rulesFile);
const { backtest } = await backtestDataset(ds, rules, { by: ["category"], time: "created_at" });
const backtestSeconds = seconds(t);

t = performance.now();
const from =
  "(SELECT m.score AS score, l.is_violation AS is_violation FROM model_scores m LEFT JOIN listings l USING (listing_id) WHERE m.model = 'counterfeit_v4')";
let counts: { scores: number[]; positives: number[]; negatives: number[] };
if (engine === "in-process") {
  // The kit's own counting over the scanned rows: the score and the label come back, nothing else.
  const scores: number[] = [];
  const labels: number[] = [];
  for await (const chunk of ds.scan(
    `SELECT score, is_violation FROM ${from} WHERE is_violation IS NOT NULL`,
  )) {
    for (const s of chunk.array("score") as number[]) scores.push(s);
    for (const y of chunk.array("is_violation") as boolean[]) labels.push(y ? 1 : 0);
  }
  const c = countScores(Float64Array.from(scores), Uint8Array.from(labels));
  counts = { scores: [...c.scores], positives: [...c.positives], negatives: [...c.negatives] };
} else {
  const { groups } = await scoreCountsQuery(ds, { from, score: "score", label: "is_violation" });
  const c = groups[0].counts;
  counts = { scores: [...c.scores], positives: [...c.positives], negatives: [...c.negatives] };
}
const scoreSeconds = seconds(t);
ds.close();
console.log(
  JSON.stringify({
    engine,
    rows: backtest.rows,
    hits: backtest.total.hits,
    load,
    backtest: backtestSeconds,
    scoreCounts: scoreSeconds,
    distinctScores: counts.scores.length,
    backtestDigest: digest({ ...backtest, warnings: [] }),
    countsDigest: digest(counts),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
process.exit(0);
