// Child process of the dataset-load benchmark: loads one CSV and prints its row count and peak RSS,
// so each side's memory is measured in a process of its own.
import { resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";

const [mode, given] = process.argv.slice(2);
const file = resolve(given);
let rows: number;
if (mode === "kit") {
  const definition = parseDatasetDefinition(
    `tables:\n  listings: { path: ${JSON.stringify(file)} }\n`,
    {
      file: "bench/tns.yaml",
    },
  );
  const ds = await openDataset(definition);
  rows = (await ds.sql`SELECT count(*) AS n FROM listings`).get("n", 0) as number;
  ds.close();
} else {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  await db.run(`CREATE TABLE listings AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}')`);
  rows = Number((await db.runAndReadAll("SELECT count(*) FROM listings")).getRows()[0][0]);
  db.closeSync();
  instance.closeSync();
}
process.stdout.write(
  `${JSON.stringify({ rows, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
