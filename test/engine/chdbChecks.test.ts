// Data checks on the real embedded ClickHouse (npm chdb): every check, value and example equals
// DuckDB's, on the sample and on a copy broken with adversarial keys and values.
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkDataset } from "../../lib/checks/checkDataset.js";
import type { DataCheckReport } from "../../lib/checks/checkData.js";
import { folderDefinition } from "../../lib/dataset/folderDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import type { DatasetDefinition } from "../../lib/dataset/DatasetDefinition.js";
import { tempDir } from "../report/notebookFixture.js";

async function check(
  definition: string | DatasetDefinition,
  engine: "duckdb" | "chdb",
): Promise<DataCheckReport> {
  const ds = await openDataset(definition, { engine });
  try {
    return await checkDataset(ds);
  } finally {
    ds.close();
  }
}

describe("checkDataset on chdb (embedded ClickHouse) equals DuckDB's", () => {
  it("on the sample: the same checks, values, examples and the one failed feed gap", async () => {
    const a = await check("data/tns.yaml", "duckdb");
    const b = await check("data/tns.yaml", "chdb");
    expect(b).toEqual(a);
    expect(a.checks.length).toBeGreaterThan(30);
    expect(a.checks.filter((c) => c.status === "fail").map((c) => c.examples)).toEqual([
      ["2026-10-20"],
    ]);
  });

  it("on adversarial keys and values: Hangul, zero-width and full-width ids, nulls, NaN, whole and negative prices", async () => {
    const dir = await tempDir("chdb-checks");
    cpSync("data", dir, {
      recursive: true,
      filter: (src) => !src.includes("generated") && !src.endsWith(".jsonl"),
    });
    const listing = (id: string, seller: string, price: string) =>
      `${id},${seller},2026-10-01T10:00:00+09:00,fashion,,"제목, ""따옴표""",,${price},1,false,\n`;
    appendFileSync(
      join(dir, "listings.csv"),
      [
        listing("L가\u200B품", "S00001", "-5"),
        listing("L가\u200B품", "S00001", "0"),
        listing("Ｌ０００１", "ＳＥＬＬＥＲ", "nan"),
        listing("L가품", "S가 품", "0.25"),
        listing("", "", ""),
      ].join(""),
    );
    appendFileSync(
      join(dir, "flags.csv"),
      "L\u200B0000001,2026-10-01T10:00:00+09:00,rule:x,fraud,fraud,review\n",
    );
    const scores = join(dir, "model_scores.csv");
    writeFileSync(
      scores,
      readFileSync(scores, "utf8").replace(/^(L\d+,contact_v1),0\.\d+/m, "$1,2"),
    );
    const a = await check(folderDefinition(dir), "duckdb");
    const b = await check(folderDefinition(dir), "chdb");
    expect(b).toEqual(a);
    const shown = (check: string, table: string) =>
      a.checks.find((c) => c.check === check && c.table === table)?.examples;
    // Not vacuous: each planted fault is found, spelt as DuckDB spells it.
    expect(shown("duplicate_keys", "listings")).toEqual(["L가\u200B품"]);
    expect(shown("referential_integrity", "listings")).toEqual(["ＳＥＬＬＥＲ", "S가 품"]);
    expect(shown("referential_integrity", "flags")).toEqual(["L\u200B0000001"]);
    expect(shown("value_range", "listings")).toEqual(["-5.0", "0.0", "nan", "0.25"]);
    expect(shown("value_range", "model_scores")).toEqual(["2.0"]);
  });

  it("tns check-data --engine chdb writes the same JSON report as --engine duckdb", async () => {
    const run = async (engine: string) => {
      const dir = await tempDir(`chdb-check-data-${engine}`);
      const out = join(dir, "report.json");
      const code = await promisify(execFile)(process.execPath, [
        "dist/scripts/tns.js",
        "check-data",
        "--dataset",
        "data/tns.yaml",
        "--engine",
        engine,
        "--json",
        out,
      ]).then(
        () => 0,
        (error: { code: number }) => error.code,
      );
      return { code, report: JSON.parse(readFileSync(out, "utf8")) as unknown };
    };
    const a = await run("duckdb");
    expect(await run("chdb")).toEqual(a);
    expect(a.code).toBe(1);
  }, 120_000);
});
