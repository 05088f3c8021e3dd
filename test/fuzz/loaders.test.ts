// Fuzz run of the in-process table loaders (issue 12): generated CSV, JSON Lines and Parquet-named
// files (see loaderArbitraries.ts) through loadTable with a listings-like schema. Each file either
// loads into a table whose every column reads back, or fails with a DataLoadError that names the
// file first, stays short, and says what to do — never a TypeError, a RangeError or a hang.
// Seeds are fixed: a failure prints its seed and counterexample.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DataLoadError } from "../../lib/data/DataLoadError.js";
import type { ExtraColumnsKind } from "../../lib/data/LoadOptions.js";
import { loadTable } from "../../lib/data/loadTable.js";
import type { TableSchema } from "../../lib/data/TableSchema.js";
import { tmpDir } from "../data/tmpFiles.js";
import { delimitedFile, joinBytes, jsonlFile } from "./loaderArbitraries.js";

const schema: TableSchema = {
  name: "listings",
  columns: {
    listing_id: { type: "string", nullable: false },
    title: { type: "string", required: false },
    price_krw: { type: "integer", required: false },
    created_at: { type: "timestamp", required: false },
    verified: { type: "boolean", required: false },
  },
};
const extraColumns = fc.constantFrom<ExtraColumnsKind>("keep", "keep", "drop", "error");
const dir = tmpDir("fuzz-loaders");
let count = 0;
const loaded = { csv: 0, jsonl: 0 };

// A column named __proto__ is renamed with a process warning: kept here and checked, not printed.
let warnings: string[] = [];
beforeAll(() => {
  vi.spyOn(process, "emitWarning").mockImplementation((warning: string | Error) => {
    warnings.push(String(warning));
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

/**
 * Loads the bytes as a file named `name`: a table whose columns all read back, or a DataLoadError
 * naming the file first, under 1,000 characters past the path, with a fix after its "; ".
 */
async function loadsOrExplains(
  name: string,
  bytes: Uint8Array,
  extra: ExtraColumnsKind,
): Promise<boolean> {
  const path = join(dir, `${count++}-${name}`);
  writeFileSync(path, bytes);
  warnings = [];
  try {
    const table = await loadTable(path, schema, { extraColumns: extra });
    expect(table.columnNames()).toContain("listing_id");
    for (const column of table.columnNames())
      expect(table.array(column)).toHaveLength(table.numRows());
    expect(table.objects()).toHaveLength(table.numRows());
    const renamed = table.columnNames().filter((c) => /^__proto___+$/.test(c));
    expect(warnings).toHaveLength(renamed.length);
    for (const warning of warnings) expect(warning).toContain(`of ${path} is renamed`);
    return true;
  } catch (error) {
    if (!(error instanceof DataLoadError)) throw error;
    expect(error.file).toBe(path);
    expect(error.message.startsWith(path), error.message).toBe(true);
    expect(error.message.length - path.length, error.message.slice(0, 300)).toBeLessThan(1_000);
    expect(error.fix.length, error.message).toBeGreaterThan(0);
    return false;
  } finally {
    rmSync(path, { force: true });
  }
}

describe("fuzz: table loaders", { timeout: 120_000 }, () => {
  const numRunsCsv = 800;
  it(`loadTable loads a CSV file or names the file and the fix (${numRunsCsv} generated files)`, async () => {
    await fc.assert(
      fc.asyncProperty(delimitedFile(","), extraColumns, async ({ bytes }, extra) => {
        if (await loadsOrExplains("listings.csv", bytes, extra)) loaded.csv++;
      }),
      { seed: 1251, numRuns: numRunsCsv, timeout: 10_000 },
    );
    // Not vacuous: a good share of the files load.
    expect(loaded.csv).toBeGreaterThan(numRunsCsv / 10);
  });

  const numRunsJsonl = 800;
  it(`loadTable loads a JSON Lines file or names the file and the fix (${numRunsJsonl} generated files)`, async () => {
    await fc.assert(
      fc.asyncProperty(jsonlFile, extraColumns, async ({ bytes }, extra) => {
        if (await loadsOrExplains("listings.jsonl", bytes, extra)) loaded.jsonl++;
      }),
      { seed: 1252, numRuns: numRunsJsonl, timeout: 10_000 },
    );
    expect(loaded.jsonl).toBeGreaterThan(numRunsJsonl / 10);
  });

  const numRunsParquet = 40;
  it(`loadTable names a .parquet file that is not Parquet (${numRunsParquet} generated files)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          delimitedFile(",").map((f) => f.bytes),
          fc.uint8Array({ minLength: 1, maxLength: 200 }),
          fc
            .uint8Array({ maxLength: 100 })
            .map((b) =>
              joinBytes(new TextEncoder().encode("PAR1"), b, new TextEncoder().encode("PAR1")),
            ),
        ),
        async (bytes) => {
          await loadsOrExplains("scores.parquet", bytes, "keep");
        },
      ),
      { seed: 1253, numRuns: numRunsParquet, timeout: 10_000 },
    );
  });
});
