import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fromCSV, type ColumnTable } from "arquero";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import type { Benchmark } from "./Benchmark.js";

const dir = "data/generated/bench-200k";
const file = `${dir}/listings.csv`;

/**
 * Loading listings.csv (200k rows, Korean titles and descriptions) into an arquero table: the kit's
 * streaming, schema-validated loadCsv against arquero's fromCSV on the whole file read into one
 * string (types inferred, no validation). Both must give the same rows and prices.
 */
export const loadCsvBenchmark: Benchmark = {
  name: "load-csv",
  description:
    "listings.csv, 200k rows: kit loadCsv (streaming, validated) vs arquero fromCSV (whole file as one string, inferred types)",
  setup() {
    if (!existsSync(file)) {
      execFileSync(
        process.execPath,
        ["dist/scripts/generate-data.js", "--rows", "200000", "--out", dir],
        { stdio: "inherit" },
      );
    }
  },
  kit: () => loadCsv(file, sampleSchemas.listings),
  // arquero's own loadCSV streams in chunks and, on this file, mis-splits quoted fields (it returns
  // 199,996 of 200,000 rows), so the baseline parses the whole file as one string with fromCSV.
  baseline: () =>
    fromCSV(readFileSync(file, "utf8"), { parse: { created_at: (s: string) => new Date(s) } }),
  check(kit, baseline) {
    const a = kit as ColumnTable;
    const b = baseline as ColumnTable;
    if (a.numRows() !== b.numRows())
      throw new Error(`load-csv: kit read ${a.numRows()} rows, arquero ${b.numRows()}`);
    const pa = a.array("price_krw") as ArrayLike<number>;
    const pb = b.array("price_krw") as ArrayLike<number>;
    for (let i = 0; i < pa.length; i++) {
      if (pa[i] !== pb[i])
        throw new Error(`load-csv: row ${i + 1} price differs: ${pa[i]} vs ${pb[i]}`);
    }
  },
};
