// A copy of the sample's KPI tables in another layout: other file names, renamed columns, JSON Lines
// appeals and a TSV of flags, described by a tns.yaml that maps them back onto the kit's tables.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const reviewColumns: Record<string, string> = {
  review_id: "rid",
  listing_id: "item_id",
  queue: "queue_name",
  enqueued_at: "entered_queue",
  reviewed_at: "decided_at",
  decision: "verdict",
};

/** Writes the foreign layout into `dir` and returns the path of its tns.yaml. */
export function writeForeignLayout(dir: string, options: { appeals?: boolean } = {}): string {
  const { appeals = true } = options;
  const reviews = readFileSync("data/reviews.csv", "utf8").split("\n");
  reviews[0] = reviews[0]
    .split(",")
    .map((c) => reviewColumns[c] ?? c)
    .join(",");
  writeFileSync(join(dir, "review_log.csv"), reviews.join("\n"));
  writeFileSync(
    join(dir, "flag_events.tsv"),
    readFileSync("data/flags.csv", "utf8").replaceAll(",", "\t"),
  );
  writeFileSync(join(dir, "audit_sample.csv"), readFileSync("data/audits.csv", "utf8"));
  const rows = parse(readFileSync("data/appeals.csv", "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  if (appeals)
    writeFileSync(
      join(dir, "appeals.jsonl"),
      rows.map((r) => JSON.stringify({ ...r, resolved_at: r.resolved_at || null })).join("\n") +
        "\n",
    );
  const mapping = Object.entries(reviewColumns)
    .map(([kit, mine]) => `${kit}: ${mine}`)
    .join(", ");
  const yaml = [
    "zone: Asia/Seoul",
    "tables:",
    `  reviews: { path: review_log.csv, columns: { ${mapping} } }`,
    "  flags: { path: flag_events.tsv }",
    "  audits: { path: audit_sample.csv }",
    ...(appeals ? ["  appeals: { path: appeals.jsonl }"] : []),
    `kpis: ${JSON.stringify(join(process.cwd(), "data/kpis.yaml"))}`,
    "",
  ].join("\n");
  writeFileSync(join(dir, "tns.yaml"), yaml);
  return join(dir, "tns.yaml");
}
