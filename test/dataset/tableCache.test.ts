import { readdirSync, writeFileSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tableCacheVariable } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { checkDataset } from "../../lib/checks/checkDataset.js";
import { tmpDir } from "../data/tmpFiles.js";

// The notebooks of one `tns report` run share the tables they load through a cache folder.
describe("the report run's table cache", () => {
  const saved = process.env[tableCacheVariable];
  afterEach(() => {
    if (saved === undefined) delete process.env[tableCacheVariable];
    else process.env[tableCacheVariable] = saved;
  });

  function dataset(rows: number): string {
    const dir = tmpDir("table-cache");
    const lines = [
      "item_id,seller,made",
      ...Array.from({ length: rows }, (_, i) => `I${i},S${i % 3},2026-08-0${1 + (i % 9)} 10:00:00`),
    ];
    writeFileSync(join(dir, "items.csv"), lines.join("\n") + "\n");
    writeFileSync(join(dir, "sellers.csv"), "seller_id,tier\nS0,new\nS1,trusted\n");
    writeFileSync(
      join(dir, "tns.yaml"),
      `tables:\n  listings:\n    path: items.csv\n    columns: { listing_id: item_id, seller_id: seller, created_at: made }\n  sellers: { path: sellers.csv }\n`,
    );
    return join(dir, "tns.yaml");
  }

  it("reads a table once: a second engine attaches the file the first wrote, with the same rows and row order", async () => {
    const cache = tmpDir("table-cache-dir");
    process.env[tableCacheVariable] = cache;
    const path = dataset(50);
    const first = await openDataset(path);
    const a = await first.query(
      "SELECT rowid AS rn, listing_id, created_at FROM listings ORDER BY rowid",
    );
    first.close();
    expect(
      readdirSync(cache).filter((f) => f.startsWith("listings-") && f.endsWith(".duckdb")),
    ).toHaveLength(1);
    const second = await openDataset(path);
    const b = await second.query(
      "SELECT rowid AS rn, listing_id, created_at FROM listings ORDER BY rowid",
    );
    expect(b.objects()).toEqual(a.objects());
    expect(second.sources.map((s) => s.files.map((f) => f.path.split("/").pop()))).toEqual([
      ["items.csv"],
    ]);
    // Checks that rely on row order and on writing their own tables still work over the cache.
    const report = await checkDataset(second);
    const orphans = report.checks.find(
      (c) => c.check === "referential_integrity" && c.table === "listings",
    );
    expect(orphans).toMatchObject({ status: "fail", value: 16 }); // sellers S2 are unknown: 16 of 50
    second.close();
    expect(readdirSync(cache).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reads the source again when it changed", async () => {
    const cache = tmpDir("table-cache-dir");
    process.env[tableCacheVariable] = cache;
    const path = dataset(5);
    const first = await openDataset(path);
    expect((await first.sql`SELECT count(*) AS n FROM listings`).get("n", 0)).toBe(5);
    first.close();
    const items = join(path, "..", "items.csv");
    writeFileSync(items, "item_id,seller,made\nI1,S0,2026-08-01 10:00:00\n");
    utimesSync(items, new Date(), new Date(Date.now() + 5000));
    const second = await openDataset(path);
    expect((await second.sql`SELECT count(*) AS n FROM listings`).get("n", 0)).toBe(1);
    second.close();
    expect(readdirSync(cache).filter((f) => f.startsWith("listings-"))).toHaveLength(2);
  });
});
