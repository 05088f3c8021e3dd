import {
  copyFileSync,
  cpSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import iconv from "iconv-lite";
import { DEFAULT_ZONE } from "../../lib/time/defaultZone.js";
import { OFFSET_TEXT } from "./time.js";

const q = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The tns.yaml of the analyst layout: other names, formats and encodings mapped onto the kit. */
export const analystDefinitionText = `# An analyst's own exports, described for the kit: other file names, column names, formats and
# encodings. Written by \`generate-data --layout analyst\`; the same data as the generator's own layout.
name: analyst exports
zone: ${DEFAULT_ZONE}
tables:
  listings:
    path: exports/items_*.parquet
    columns: { listing_id: item_id, seller_id: seller_code, created_at: created, category: cat, title: product_title, description: product_desc, price_krw: price, is_violation: gt_violation, violation_policy: gt_policy }
  sellers:
    path: sellers.jsonl
    columns: { seller_id: seller_code, joined_at: signup, tier: grade }
  model_scores:
    sql: SELECT item_id AS listing_id, model_name AS model, prob AS score, ts AS scored_at FROM read_parquet('scores/*.parquet')
  flags:
    path: flags.tsv
    columns: { listing_id: item_id, flagged_at: flagged_time }
  reviews:
    path: reviews_cp949.csv
    encoding: cp949
    columns: { review_id: 검수ID, listing_id: 상품ID, queue: 큐, enqueued_at: 입고시각, reviewed_at: 검수시각, reviewer_id: 검수자, decision: 판정, handling_seconds: 처리초 }
  audits:
    path: audits.csv.gz
  appeals:
    path: appeals_export.csv
    columns: { listing_id: item_id, appealed_at: appeal_time, resolved_at: resolve_time, outcome: result }
  events:
    path: stream/events.jsonl
lists: rules/lists
rules: rules/production.yaml
candidates: rules/proposed.yaml
kpis: kpis.yaml
incidents: incidents.json
`;

/**
 * Rewrites a folder in the generator's layout (`from`) as an analyst's exports in `to`: listings as
 * monthly Parquet files with renamed columns and naive local timestamps, sellers as JSON Lines with
 * Y/N flags, scores as Parquet read through SQL, flags as TSV, reviews as a CP949 CSV with Korean
 * headers (Korean Excel's default), audits gzipped, appeals with a BOM; plus its tns.yaml.
 * @example await writeAnalystLayout("data", "/tmp/analyst");
 */
export async function writeAnalystLayout(from: string, to: string): Promise<void> {
  mkdirSync(join(to, "exports"), { recursive: true });
  mkdirSync(join(to, "scores"), { recursive: true });
  mkdirSync(join(to, "stream"), { recursive: true });
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    await db.run(`SET TimeZone = ${q(DEFAULT_ZONE)}`);
    const src = (name: string) => `read_csv(${q(join(from, `${name}.csv`))}, header = true)`;
    const local = (column: string) =>
      `strftime(timezone(${q(DEFAULT_ZONE)}, ${column}), '%Y-%m-%d %H:%M:%S')`;
    const months = (
      await db.runAndReadAll(
        `SELECT DISTINCT strftime(timezone(${q(DEFAULT_ZONE)}, created_at), '%Y-%m') FROM ${src("listings")} ORDER BY 1`,
      )
    ).getColumnsJS()[0] as string[];
    for (const month of months)
      await db.run(
        `COPY (SELECT listing_id AS item_id, seller_id AS seller_code, timezone(${q(DEFAULT_ZONE)}, created_at) AS created, category AS cat, brand, title AS product_title, description AS product_desc, price_krw AS price, views, is_violation AS gt_violation, violation_policy AS gt_policy FROM ${src("listings")} WHERE strftime(timezone(${q(DEFAULT_ZONE)}, created_at), '%Y-%m') = ${q(month)} ORDER BY listing_id) TO ${q(join(to, "exports", `items_${month}.parquet`))} (FORMAT parquet)`,
      );
    await db.run(
      `COPY (SELECT seller_id AS seller_code, strftime(joined_at, '%Y-%m-%dT%H:%M:%S${OFFSET_TEXT}') AS signup, tier AS grade, country, CASE WHEN verified THEN 'Y' ELSE 'N' END AS verified FROM ${src("sellers")}) TO ${q(join(to, "sellers.jsonl"))} (FORMAT json)`,
    );
    await db.run(
      `COPY (SELECT listing_id AS item_id, model AS model_name, score AS prob, scored_at AS ts FROM ${src("model_scores")}) TO ${q(join(to, "scores", "scores.parquet"))} (FORMAT parquet)`,
    );
    await db.run(
      `COPY (SELECT listing_id AS item_id, ${local("flagged_at")} AS flagged_time, detector, policy, queue, action FROM ${src("flags")}) TO ${q(join(to, "flags.tsv"))} (HEADER, DELIMITER '\t')`,
    );
    const reviewsUtf8 = join(to, ".reviews.utf8.csv");
    await db.run(
      `COPY (SELECT review_id AS 검수ID, listing_id AS 상품ID, queue AS 큐, ${local("enqueued_at")} AS 입고시각, ${local("reviewed_at")} AS 검수시각, reviewer_id AS 검수자, decision AS 판정, handling_seconds AS 처리초 FROM ${src("reviews")}) TO ${q(reviewsUtf8)} (HEADER)`,
    );
    await pipeline(
      createReadStream(reviewsUtf8),
      iconv.decodeStream("utf8"),
      iconv.encodeStream("cp949"),
      createWriteStream(join(to, "reviews_cp949.csv")),
    );
    rmSync(reviewsUtf8);
    await db.run(
      `COPY (SELECT * FROM ${src("audits")}) TO ${q(join(to, "audits.csv.gz"))} (HEADER, COMPRESSION gzip)`,
    );
    const appeals = join(to, ".appeals.csv");
    await db.run(
      `COPY (SELECT appeal_id, listing_id AS item_id, ${local("appealed_at")} AS appeal_time, ${local("resolved_at")} AS resolve_time, outcome AS result FROM ${src("appeals")}) TO ${q(appeals)} (HEADER)`,
    );
    await pipeline(
      createReadStream(appeals),
      async function* (chunks: AsyncIterable<Buffer>) {
        yield Buffer.from("\uFEFF", "utf8");
        yield* chunks;
      },
      createWriteStream(join(to, "appeals_export.csv")),
    );
    rmSync(appeals);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  copyFileSync(join(from, "events.jsonl"), join(to, "stream", "events.jsonl"));
  mkdirSync(join(to, "rules"), { recursive: true });
  copyFileSync(join(from, "rules", "production-rules.yaml"), join(to, "rules", "production.yaml"));
  copyFileSync(join(from, "rules", "candidate-rules.yaml"), join(to, "rules", "proposed.yaml"));
  cpSync(join(from, "lists"), join(to, "rules", "lists"), { recursive: true });
  copyFileSync(join(from, "kpis.yaml"), join(to, "kpis.yaml"));
  copyFileSync(join(from, "incidents.json"), join(to, "incidents.json"));
  writeFileSync(join(to, "tns.yaml"), analystDefinitionText);
}
