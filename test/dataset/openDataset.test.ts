import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";
import type { TnsError } from "../../lib/errors/TnsError.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { tmpDir, writeTmp } from "../data/tmpFiles.js";

const sample = fileURLToPath(new URL("../../data/tns.yaml", import.meta.url));
const open: Dataset[] = [];
const opened = async (path: string) => {
  const ds = await openDataset(path);
  open.push(ds);
  return ds;
};
afterEach(() => {
  for (const ds of open.splice(0)) ds.close();
});

/** A folder with a tns.yaml and the given files. */
function folder(yaml: string, files: Record<string, string | Uint8Array | Buffer>): string {
  const dir = tmpDir("dataset");
  for (const [name, content] of Object.entries(files))
    writeTmp(dir, name, typeof content === "string" ? content : new Uint8Array(content));
  writeFileSync(join(dir, "tns.yaml"), yaml);
  return join(dir, "tns.yaml");
}

const reviewsCsv = [
  "검수ID,상품ID,판정,입고시각,처리초",
  "R1,L1,violation,2026-08-01 09:00:00,40",
  "R2,L2,no_violation,2026-08-01 23:30:00,12",
  "R3,L3,violation,2026-08-02T01:00:00+09:00,7",
].join("\n");
const reviewsYaml = (encoding: string) => `tables:
  reviews:
    path: reviews.csv
    encoding: ${encoding}
    columns: { review_id: 검수ID, listing_id: 상품ID, decision: 판정, enqueued_at: 입고시각, handling_seconds: 처리초 }
`;

describe("openDataset", { timeout: 300_000 }, () => {
  it("reads the sample's tables with JS types: numbers, Dates, booleans", async () => {
    const ds = await opened(sample);
    const t =
      await ds.sql`SELECT count(*) AS n, sum(price_krw) AS total, min(created_at) AS first, bool_or(is_violation) AS any FROM listings WHERE category = ${"bags"}`;
    const row = t.object(0) as Record<string, unknown>;
    expect(typeof row.n).toBe("number");
    expect(row.n).toBeGreaterThan(0);
    expect(typeof row.total).toBe("number");
    expect(row.first).toBeInstanceOf(Date);
    expect(row.any).toBe(true);
    expect(ds.sources.map((s) => s.table)).toEqual(["listings"]);
  });

  it("maps renamed columns, reads naive times in the dataset's zone, and keeps unmapped columns", async () => {
    const path = folder(reviewsYaml("utf-8"), { "reviews.csv": reviewsCsv + "\n" });
    const ds = await opened(path);
    const t =
      await ds.sql`SELECT review_id, listing_id, decision, enqueued_at, handling_seconds, queue FROM reviews ORDER BY review_id`;
    expect(t.array("listing_id")).toEqual(["L1", "L2", "L3"]);
    expect((t.array("enqueued_at") as Date[]).map((d) => d.toISOString())).toEqual([
      "2026-08-01T00:00:00.000Z",
      "2026-08-01T14:30:00.000Z",
      "2026-08-01T16:00:00.000Z",
    ]);
    expect(t.array("handling_seconds")).toEqual([40, 12, 7]);
    expect(t.array("queue")).toEqual([null, null, null]);
  });

  it("reads a CP949 CSV (Korean Excel) to the same values as its UTF-8 twin", async () => {
    const utf8 = await opened(folder(reviewsYaml("utf-8"), { "reviews.csv": reviewsCsv + "\n" }));
    const cp949 = await opened(
      folder(reviewsYaml("cp949"), { "reviews.csv": iconv.encode(reviewsCsv + "\n", "cp949") }),
    );
    const q = "SELECT * FROM reviews ORDER BY review_id";
    expect((await cp949.query(q)).objects()).toEqual((await utf8.query(q)).objects());
  });

  it("refuses bytes that are not UTF-8 with the file, the line and encoding: cp949", async () => {
    const bytes = iconv.encode(reviewsCsv + "\n", "cp949");
    const ds = await opened(folder(reviewsYaml("utf-8"), { "reviews.csv": bytes }));
    await expect(ds.table("reviews")).rejects.toThrow(
      /reviews\.csv, line 1: bytes that are not valid utf-8;.*encoding: cp949/,
    );
  });

  it("refuses bytes that are not valid CP949 with the line, never a silent U+FFFD", async () => {
    const bytes = new Uint8Array([
      ...iconv.encode(reviewsCsv + "\n", "cp949"),
      ...[0x52, 0x34, 0x2c, 0xff, 0x0a],
    ]);
    const ds = await opened(folder(reviewsYaml("cp949"), { "reviews.csv": bytes }));
    await expect(ds.table("reviews")).rejects.toThrow(
      /reviews\.csv, line 5: bytes that are not valid cp949/,
    );
  });

  it("names the row, column and value of a number written with separators, and parses it when told", async () => {
    const csv =
      'listing_id,created_at,price\nL1,2026-08-01 10:00:00,1000\nL2,2026-08-01 11:00:00,"1,200,000"\nL3,2026-08-01 12:00:00,12만원\n';
    const yaml = (numbers: string) =>
      `tables:\n  listings:\n    path: items.csv\n    numbers: ${numbers}\n    columns: { price_krw: price }\n`;
    const plain = await opened(folder(yaml("plain"), { "items.csv": csv }));
    await expect(plain.table("listings")).rejects.toThrow(
      /items\.csv, row 2, column price \(price_krw\): "1,200,000" is not a plain number;.*numbers: lenient/,
    );
    const lenient = await opened(folder(yaml("lenient"), { "items.csv": csv }));
    expect((await lenient.table("listings", ["price_krw"])).array("price_krw")).toEqual([
      1000, 1200000, 120000,
    ]);
  });

  it("reads Parquet and JSON Lines sources and a SQL source relative to the definition", async () => {
    const dir = tmpDir("dataset-sql");
    const ds0 = await openDataset(
      folder(
        `tables:\n  sellers: { path: s.jsonl, columns: { seller_id: code, verified: ok } }\n`,
        {},
      ),
    );
    ds0.close();
    writeTmp(
      dir,
      "s.jsonl",
      '{"code":"S1","ok":"Y","tier":"new"}\n{"code":"S2","ok":"N","tier":"power"}\n',
    );
    writeFileSync(
      join(dir, "tns.yaml"),
      `tables:\n  sellers: { path: s.jsonl, columns: { seller_id: code, verified: ok } }\n  model_scores:\n    sql: SELECT 'L1' AS listing_id, 'm' AS model, 0.5 AS score\n`,
    );
    const ds = await opened(join(dir, "tns.yaml"));
    expect((await ds.table("sellers", ["seller_id", "verified", "tier"])).objects()).toEqual([
      { seller_id: "S1", verified: true, tier: "new" },
      { seller_id: "S2", verified: false, tier: "power" },
    ]);
    expect((await ds.table("model_scores", ["score"])).array("score")).toEqual([0.5]);
  });

  it("names a required kit column that is missing with the closest candidates", async () => {
    const ds = await opened(
      folder("tables:\n  listings: { path: items.csv }\n", {
        "items.csv": "item_id,created_at\nL1,2026-08-01\n",
      }),
    );
    await expect(ds.table("listings")).rejects.toThrow(
      /tables\.listings has no column for the kit's required "listing_id".*closest candidates: item_id.*columns: \{ listing_id: <your column> \}/,
    );
  });

  it("says which table is missing and what that turns off", async () => {
    const ds = await opened(sample);
    expect(ds.missing("audits", "recall is not estimated")).toBeUndefined();
    const reviewsOnly = await opened(
      folder(reviewsYaml("utf-8"), { "reviews.csv": reviewsCsv + "\n" }),
    );
    expect(reviewsOnly.missing("audits", "recall is not estimated")).toBe(
      "no audits table in the dataset: recall is not estimated",
    );
  });

  it("streams a scan in bounded chunks", async () => {
    const ds = await opened(sample);
    const sizes: number[] = [];
    for await (const chunk of ds.scan("SELECT listing_id FROM listings", { chunkRows: 6000 }))
      sizes.push(chunk.numRows());
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20000);
    expect(Math.max(...sizes)).toBeLessThan(6000 + 2048);
  });

  it("returns plain columns from queryColumns, counts as numbers, equal to query's table", async () => {
    const ds = await opened(sample);
    const text = "SELECT category, count(*) AS n FROM listings GROUP BY ALL ORDER BY category";
    const plain = await ds.queryColumns(text);
    const table = await ds.query(text);
    expect(plain.names).toEqual(["category", "n"]);
    expect(plain.numRows()).toBe(table.numRows());
    expect(plain.array("n")).toEqual(table.array("n"));
    expect(plain.array("n").every((v) => typeof v === "number")).toBe(true);
    expect((plain.array("n") as number[]).reduce((a, b) => a + b, 0)).toBe(20000);
    expect(() => plain.array("nope")).toThrow(/no column nope \(it has category, n\)/);
  });
});

describe("parseDatasetDefinition", () => {
  const parse = (text: string) => () => parseDatasetDefinition(text, { file: "x/tns.yaml" });
  it("offers a did-you-mean for a wrong key, table or kit column", () => {
    expect(parse("zoen: UTC\ntables: { listings: a.csv }")).toThrow(
      /unknown key "zoen" in the file \(did you mean "zone"\?\)/,
    );
    expect(parse("tables: { listing: { path: a.csv } }")).toThrow(
      /"listing" is not a kit table \(did you mean "listings"\?\)/,
    );
    expect(parse("tables: { listings: { path: a.csv, columns: { listingid: item_id } } }")).toThrow(
      /"listingid" is not a column of the kit's listings table \(did you mean "listing_id"\?\)/,
    );
    expect(parse("tables: { listings: { path: a.csv, encodng: cp949 } }")).toThrow(
      /unknown key "encodng" in tables\.listings \(did you mean "encoding"\?\)/,
    );
  });
  it("checks zones, encodings and path-or-sql", () => {
    expect(parse("zone: Mars/Base\ntables: { listings: a.csv }")).toThrow(
      /zone "Mars\/Base" is not a valid IANA time zone/,
    );
    expect(parse("tables: { reviews: { path: a.csv, encoding: klingon } }")).toThrow(
      /encoding "klingon" is not a known text encoding; use utf-8, cp949/,
    );
    expect(parse("tables: { reviews: { columns: {} } }")).toThrow(
      /tables\.reviews needs exactly one of path/,
    );
    expect(parse("tables: {}")).toThrow(/no tables/);
  });
  it("says how to write a definition that is a list, not a mapping, as the fix", () => {
    // Found by the fuzz run (test/fuzz/datasetLoader.test.ts): "- a\n- b" gave a message
    // without the "; " that separates the fix, so the error carried no fix.
    const error = (() => {
      try {
        parse("- a\n- b")();
      } catch (e) {
        return e as TnsError;
      }
    })();
    expect(error?.message).toMatch(
      /x\/tns\.yaml: the file must be a mapping of keys to values; write/,
    );
    expect(error?.fix).toMatch(
      /^write it like `tables: \{ listings: \{ path: listings\.csv \} \}`$/,
    );
  });
  it("resolves paths against the definition's folder and accepts cp949", () => {
    const def = parseDatasetDefinition(
      "tables:\n  reviews: { path: r.csv, encoding: CP949 }\nkpis: k.yaml\n",
      { file: "/d/tns.yaml" },
    );
    expect(def.tables.reviews?.path).toBe("/d/r.csv");
    expect(def.tables.reviews?.encoding).toBe("cp949");
    expect(def.kpis).toBe("/d/k.yaml");
    expect(def.zone).toBe("Asia/Seoul");
  });
});
