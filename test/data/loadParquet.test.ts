import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadParquet } from "../../lib/data/loadParquet.js";
import type { TableSchema } from "../../lib/data/TableSchema.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const dir = tmpDir("loadParquet");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the result of `select` to dir/name.parquet with DuckDB. */
async function parquet(name: string, select: string): Promise<string> {
  const path = join(dir, `${name}.parquet`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`COPY (${select}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  return path;
}

const scores: TableSchema = {
  name: "model_scores",
  columns: {
    listing_id: { type: "string", nullable: false },
    score: { type: "number" },
    views: { type: "integer" },
    scored_at: { type: "timestamp" },
    naive_at: { type: "timestamp" },
    day: { type: "date" },
    flagged: { type: "boolean" },
    text_at: { type: "timestamp" },
  },
};

let good = "";
beforeAll(async () => {
  good = await parquet(
    "good",
    `SELECT * FROM (VALUES
      ('L1', 0.9731::DOUBLE, 12345678901::BIGINT, TIMESTAMPTZ '2026-08-03 14:05:09+09', TIMESTAMP '2026-08-03 14:05:09', DATE '2026-08-03', true, '2026-08-03 14:05:09', 'x'),
      ('L2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
    ) AS t(listing_id, score, views, scored_at, naive_at, day, flagged, text_at, note)`,
  );
});

describe("loadParquet", () => {
  it("loadParquet converts DuckDB values, reading naive timestamps in Asia/Seoul", async () => {
    const table = await loadParquet(good, scores);
    expect(table.columnNames()).toEqual([
      "listing_id",
      "score",
      "views",
      "scored_at",
      "naive_at",
      "day",
      "flagged",
      "text_at",
      "note",
    ]);
    const moment = new Date("2026-08-03T05:05:09Z");
    expect(table.objects()).toEqual([
      {
        listing_id: "L1",
        score: 0.9731,
        views: 12345678901,
        scored_at: moment,
        naive_at: moment,
        day: "2026-08-03",
        flagged: true,
        text_at: moment,
        note: "x",
      },
      {
        listing_id: "L2",
        score: null,
        views: null,
        scored_at: null,
        naive_at: null,
        day: null,
        flagged: null,
        text_at: null,
        note: null,
      },
    ]);
  });

  it("loadParquet drops undeclared columns on request", async () => {
    const table = await loadParquet(good, scores, { extraColumns: "drop" });
    expect(table.columnNames()).not.toContain("note");
  });

  it("loadParquet names the row, column and value of a mistyped value", async () => {
    const path = await parquet(
      "bad",
      `SELECT * FROM (VALUES ('L1', 1), ('L2', 2.5)) AS t(listing_id, views)`,
    );
    const schema: TableSchema = {
      columns: { listing_id: { type: "string" }, views: { type: "integer" } },
    };
    const error = await loadParquet(path, schema).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /bad\.parquet, row 2, column views: 2\.5 is not an integer; write whole numbers/,
    );
    expect(error).toMatchObject({ row: 2, column: "views", value: 2.5 });
  });

  it("loadParquet rejects a null in a non-nullable column and missing required columns", async () => {
    const path = await parquet("nulls", `SELECT * FROM (VALUES ('L1'), (NULL)) AS t(listing_id)`);
    await expect(
      loadParquet(path, { columns: { listing_id: { type: "string", nullable: false } } }),
    ).rejects.toThrow(
      /nulls\.parquet, row 2, column listing_id: the value is empty, but the column does not allow nulls/,
    );
    await expect(
      loadParquet(path, { columns: { listing: { type: "string" }, score: { type: "number" } } }),
    ).rejects.toThrow(
      /nulls\.parquet: missing required columns listing \(did you mean "listing_id"\?\), score; the file has listing_id/,
    );
  });

  it("loadParquet rejects a missing file, an empty file and a file that is not Parquet", async () => {
    await expect(loadParquet(join(dir, "none.parquet"), scores)).rejects.toThrow(
      /^file not found: .*none\.parquet; run `npm run generate-data`/,
    );
    await expect(loadParquet(writeTmp(dir, "empty.parquet", ""), scores)).rejects.toThrow(
      /the file is empty \(0 bytes\)/,
    );
    await expect(
      loadParquet(writeTmp(dir, "fake.parquet", "listing_id\nL1\n"), scores),
    ).rejects.toThrow(/fake\.parquet: not a readable Parquet file \(.+\); re-export it with COPY/);
  });

  it("loadParquet reads a path containing a quote", async () => {
    const path = await parquet("seller's scores", `SELECT 'L1' AS listing_id`);
    const table = await loadParquet(path, { columns: { listing_id: { type: "string" } } });
    expect(table.array("listing_id")).toEqual(["L1"]);
  });
});
