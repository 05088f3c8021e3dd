import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkData, type DataCheckReport } from "../../lib/checks/checkData.js";
import { checkDataset } from "../../lib/checks/checkDataset.js";
import { folderDefinition } from "../../lib/dataset/folderDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";
import { tempDir } from "../report/notebookFixture.js";

// Everything a check measured, except the schema check's wording (header text vs kit types).
const measured = (report: DataCheckReport) =>
  report.checks
    .map(
      (c) =>
        `${c.status} ${c.check} ${c.table} ${c.column ?? ""} ${c.value.toFixed(9)} ${JSON.stringify(c.examples ?? [])} ${c.check === "schema_drift" ? "" : c.message}`,
    )
    .sort();

async function checkFolder(dir: string): Promise<DataCheckReport> {
  const ds = await openDataset(folderDefinition(dir));
  try {
    return await checkDataset(ds);
  } finally {
    ds.close();
  }
}

describe("checkDataset", () => {
  it("checkDataset gives checkData's results on the sample: only the reviews feed gap of 2026-10-20 fails", async () => {
    const ds = await openDataset("data/tns.yaml");
    const report = await checkDataset(ds);
    ds.close();
    expect(measured(report)).toEqual(measured(await checkData("data")));
    expect(report.checks.filter((c) => c.status === "fail").map((c) => c.examples)).toEqual([
      ["2026-10-20"],
    ]);
    expect(report).toMatchObject({ passed: false, failed: 1, warned: 0, skipped: [] });
  });

  it("checkDataset finds what checkData finds: a duplicate key, an orphan, an out-of-range score and a stale feed", async () => {
    const dir = await tempDir("check-dataset");
    cpSync("data", dir, {
      recursive: true,
      filter: (src) => !src.includes("generated") && !src.endsWith(".jsonl"),
    });
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
    edit("reviews.csv", (t) => {
      const lines = t.trimEnd().split("\n");
      const kept = lines.filter((l, i) => i === 0 || l.split(",")[4] < "2026-10-26");
      return [...kept, kept[1]].join("\n") + "\n";
    });
    edit("flags.csv", (t) => t + "L9999999,2026-10-01T10:00:00+09:00,rule:x,fraud,fraud,review\n");
    edit("model_scores.csv", (t) => t.replace(/^(L\d+,contact_v1),0\.\d+/m, "$1,1.5000"));
    const report = await checkFolder(dir);
    expect(measured(report)).toEqual(measured(await checkData(dir)));
    const failed = report.checks
      .filter((c) => c.status === "fail")
      .map((c) => `${c.check} ${c.table} ${JSON.stringify(c.examples)}`);
    expect(failed).toEqual(
      expect.arrayContaining([
        'duplicate_keys reviews ["RV0000001"]',
        'referential_integrity flags ["L9999999"]',
        'value_range model_scores ["1.5"]',
        expect.stringMatching(/^freshness reviews/),
      ]),
    );
  });

  it("checkDataset lists each absent table as one skipped line and checks the rest", async () => {
    const dir = await tempDir("check-dataset-partial");
    cpSync("data/reviews.csv", join(dir, "reviews.csv"));
    cpSync("data/flags.csv", join(dir, "flags.csv"));
    const report = await checkFolder(dir);
    expect(report.skipped).toEqual(
      ["listings", "sellers", "model_scores", "audits", "appeals"].map(
        (t) => `no ${t} table in the dataset: its checks are skipped`,
      ),
    );
    expect(new Set(report.checks.map((c) => c.table))).toEqual(new Set(["flags", "reviews"]));
    expect(report.checks.some((c) => c.check === "referential_integrity")).toBe(false);
  });

  it("checkDataset reports a table that cannot be loaded as a failed schema check", async () => {
    const dir = await tempDir("check-dataset-bad");
    writeFileSync(join(dir, "reviews.csv"), "rid,queue\nR1,fraud\n");
    cpSync("data/flags.csv", join(dir, "flags.csv"));
    const ds = await openDataset(
      parseDatasetDefinition("tables: { reviews: reviews.csv, flags: flags.csv }", {
        file: join(dir, "tns.yaml"),
      }),
    );
    const report = await checkDataset(ds);
    ds.close();
    rmSync(dir, { recursive: true });
    const schema = report.checks.find((c) => c.check === "schema")!;
    expect(schema).toMatchObject({ table: "reviews", status: "fail" });
    expect(schema.message).toMatch(
      /tables\.reviews has no column for the kit's required "listing_id"/,
    );
    expect(report.passed).toBe(false);
  });
});
