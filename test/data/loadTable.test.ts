import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { loadTable } from "../../lib/data/loadTable.js";
import type { TableSchema } from "../../lib/data/TableSchema.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const dir = tmpDir("loadTable");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const schema: TableSchema = {
  columns: { listing_id: { type: "string" }, score: { type: "number" } },
};

describe("loadTable", () => {
  it("loadTable picks the loader from the extension, in any case", async () => {
    const csv = writeTmp(dir, "s.CSV", "listing_id,score\nL1,0.5\n");
    const jsonl = writeTmp(dir, "s.ndjson", '{"listing_id":"L1","score":0.5}\n');
    for (const path of [csv, jsonl]) {
      expect((await loadTable(path, schema)).objects()).toEqual([{ listing_id: "L1", score: 0.5 }]);
    }
  });

  it("loadTable rejects an unknown extension", async () => {
    await expect(loadTable("data/listings.xlsx", schema)).rejects.toThrow(
      /^data\/listings\.xlsx: unsupported file type; use \.csv, \.jsonl \(or \.ndjson\) or \.parquet/,
    );
  });
});
