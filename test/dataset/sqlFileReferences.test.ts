import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlFileReferences } from "../../lib/dataset/sqlFileReferences.js";

describe("sqlFileReferences", () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
    connection = await instance.connect();
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });
  const refs = (sql: string) => sqlFileReferences(connection, sql);

  it("sqlFileReferences finds a reader's literal path or glob", async () => {
    expect(await refs("SELECT * FROM read_parquet('scores/*.parquet')")).toEqual({
      patterns: ["scores/*.parquet"],
      complete: true,
    });
  });

  it("sqlFileReferences finds list arguments, file-named tables, CTEs, joins and unions", async () => {
    const sql = `WITH a AS (SELECT * FROM "x/old.parquet")
      SELECT * FROM read_csv(['p1.csv', 'p2.csv'], header = true) JOIN 'items.csv' USING (id)
      UNION ALL SELECT * FROM a WHERE id IN (SELECT id FROM read_json_auto('e.jsonl'))
      UNION ALL SELECT * FROM parquet_scan('/abs/y.parquet')`;
    const found = await refs(sql);
    expect(found.complete).toBe(true);
    expect(found.patterns.sort()).toEqual(
      ["/abs/y.parquet", "e.jsonl", "items.csv", "p1.csv", "p2.csv", "x/old.parquet"].sort(),
    );
  });

  it("sqlFileReferences ignores string literals that are values, not sources", async () => {
    expect(await refs("SELECT * FROM listings WHERE title = 'bag.csv'")).toEqual({
      patterns: [],
      complete: true,
    });
    expect(await refs("SELECT 1 AS x")).toEqual({ patterns: [], complete: true });
  });

  it("sqlFileReferences says incomplete for a computed path, a URL, a scan it cannot follow or text that does not parse", async () => {
    expect(await refs("SELECT * FROM read_csv(concat('a', '.csv'))")).toEqual({
      patterns: [],
      complete: false,
    });
    expect(
      await refs(
        "SELECT * FROM read_parquet('https://example.com/a.parquet') JOIN read_csv('b.csv') USING (id)",
      ),
    ).toEqual({ patterns: ["b.csv"], complete: false });
    expect((await refs("SELECT * FROM delta_scan('lake/t')")).complete).toBe(false);
    expect(await refs("this is not SQL")).toEqual({ patterns: [], complete: false });
  });

  it("sqlFileReferences keeps quotes inside paths", async () => {
    expect((await refs("SELECT * FROM read_csv('it''s.csv')")).patterns).toEqual(["it's.csv"]);
  });
});
