// A small dataset whose files share no name with the sample's: a CSV of items, sellers as two
// Parquet parts behind a glob, a CP949 reviews CSV, scores read through SQL, flags from a query
// that names no file, lists beside a file that is no list, one rule file serving as rules and
// candidates, and an incident log that is named but absent.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import iconv from "iconv-lite";

/** The query of the flags table, which reads no file. */
export const flagsSql = "SELECT 'I1' AS listing_id, TIMESTAMP '2026-08-01 10:00:00' AS flagged_at";

const definition = `name: provenance test
tables:
  listings:
    path: items.csv
    columns: { listing_id: item_id, created_at: created, title: product_title }
  sellers:
    path: parts/sellers_*.parquet
    columns: { seller_id: seller_code }
  model_scores:
    sql: SELECT item_id AS listing_id, model_name AS model, prob AS score FROM read_parquet('scores/*.parquet')
  flags:
    sql: "${flagsSql}"
  reviews:
    path: reviews_cp949.csv
    encoding: cp949
    columns: { review_id: 검수ID, listing_id: 상품ID, enqueued_at: 입고시각, decision: 판정 }
  events: { path: stream/activity.jsonl }
lists: keyword-lists
rules: rules/live.yaml
candidates: rules/live.yaml
kpis: targets.yaml
incidents: incidents.json
`;

/** Writes the layout into `dir` (which must exist) and returns the path of its tns.yaml. */
export async function writeProvenanceLayout(dir: string): Promise<string> {
  for (const sub of ["parts", "scores", "stream", "keyword-lists", "rules"])
    mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, "items.csv"),
    "item_id,created,product_title\nI1,2026-08-01 09:00:00,가방 정품\nI2,2026-08-02 10:30:00,bag\n",
  );
  writeFileSync(
    join(dir, "reviews_cp949.csv"),
    new Uint8Array(
      iconv.encode(
        "검수ID,상품ID,입고시각,판정\nR1,I1,2026-08-01 09:10:00,violation\nR2,I2,2026-08-02 11:00:00,no_violation\n",
        "cp949",
      ),
    ),
  );
  writeFileSync(
    join(dir, "stream", "activity.jsonl"),
    '{"type":"listing_created","listing_id":"I1","at":"2026-08-01T09:00:00+09:00"}\n',
  );
  writeFileSync(join(dir, "keyword-lists", "brands.txt"), "샤넬\nchanel\n");
  writeFileSync(join(dir, "keyword-lists", "words.txt"), "replica\n");
  writeFileSync(join(dir, "keyword-lists", "NOTES.md"), "not a list\n");
  writeFileSync(
    join(dir, "rules", "live.yaml"),
    "rules:\n  - id: replica\n    policy: counterfeit\n    when: title ~ 'replica'\n",
  );
  writeFileSync(join(dir, "targets.yaml"), "kpis: []\n");
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    const q = (path: string) => `'${join(dir, path).replaceAll("'", "''")}'`;
    await db.run(
      `COPY (SELECT 'S1' AS seller_code) TO ${q("parts/sellers_1.parquet")} (FORMAT parquet)`,
    );
    await db.run(
      `COPY (SELECT 'S2' AS seller_code) TO ${q("parts/sellers_2.parquet")} (FORMAT parquet)`,
    );
    await db.run(
      `COPY (SELECT 'I1' AS item_id, 'm1' AS model_name, 0.9 AS prob) TO ${q("scores/part-0.parquet")} (FORMAT parquet)`,
    );
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  const file = join(dir, "tns.yaml");
  writeFileSync(file, definition);
  return file;
}
