import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { csvTable } from "../../lib/export/csvTable.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";
import { tmpDir } from "../data/tmpFiles.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8", timeout: 240_000 });

// A stack trace line, which an expected failure must never print.
const stackFrame = /^\s+at /m;

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const csvOf = async (path: string) => {
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
  return bytes.toString("utf8");
};

// The analyst's layout of the sample (monthly Parquet, other column names, a CP949 CSV with Korean
// headers …) described by its own tns.yaml: the exports must not depend on the kit's layout.
describe("--csv and --xlsx of tns backtest, metrics, tune and kpi", { timeout: 300_000 }, () => {
  let dir: string;
  let analyst: string;
  beforeAll(async () => {
    dir = tmpDir("table-outputs");
    await writeAnalystLayout(resolve("data"), join(dir, "analyst"));
    analyst = join(dir, "analyst", "tns.yaml");
  }, 300_000);

  it("tns backtest writes the per-rule table as CSV and every table to a workbook, the same on both layouts", async () => {
    const run = (dataset: string, out: string) =>
      tns(
        "backtest",
        "--dataset",
        dataset,
        "--by",
        "category",
        "--csv",
        `${out}.csv`,
        "--xlsx",
        `${out}.xlsx`,
      );
    const a = run("data/tns.yaml", join(dir, "kit-backtest"));
    expect(a.status, a.stderr).toBe(0);
    const b = run(analyst, join(dir, "analyst-backtest"));
    expect(b.status, b.stderr).toBe(0);
    const csv = await csvOf(join(dir, "analyst-backtest.csv"));
    expect(csv).toBe(await csvOf(join(dir, "kit-backtest.csv")));
    const rules = csvTable(csv, ["text", "text", "text", "text", "integer", "integer"]);
    expect(rules.columns.slice(0, 6).map((c) => c.label)).toEqual([
      "rule",
      "name",
      "policy",
      "action",
      "hits",
      "tp",
    ]);
    expect(rules.rows.at(-1)![0]).toBe("(all rules)");
    expect(rules.rows.length).toBeGreaterThan(3);

    const book = await workbook(join(dir, "analyst-backtest.xlsx"));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Rules",
      "Segments",
      "Periods",
      "Overlap",
      "Summary",
    ]);
    const sheet = book.getWorksheet("Rules")!;
    const header = sheet.getRow(1).values as unknown[];
    const precision = header.indexOf("precision");
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(rules.rows[0][0]);
    expect(first.getCell(header.indexOf("hits")).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(header.indexOf("hits")).numFmt).toBe("#,##0");
    expect(first.getCell(precision).numFmt).toBe("0.0%");
    expect(first.getCell(precision).value).toBeGreaterThan(0);
    expect(first.getCell(precision).value).toBeLessThanOrEqual(1);
    const segments = book.getWorksheet("Segments")!;
    expect(segments.getRow(1).getCell(1).value).toBe("column");
    expect(segments.getRow(2).getCell(1).value).toBe("category");
  });

  it("tns metrics writes the PR curve as CSV and both curves to a workbook, the same on both layouts", async () => {
    const args = ["--where", "model=counterfeit_v4"];
    const a = tns(
      "metrics",
      "--dataset",
      "data/tns.yaml",
      ...args,
      "--csv",
      join(dir, "kit-pr.csv"),
    );
    expect(a.status, a.stderr).toBe(0);
    const out = join(dir, "analyst-metrics");
    const b = tns(
      "metrics",
      "--dataset",
      analyst,
      ...args,
      "--csv",
      `${out}.csv`,
      "--xlsx",
      `${out}.xlsx`,
    );
    expect(b.status, b.stderr).toBe(0);
    const csv = await csvOf(`${out}.csv`);
    expect(csv).toBe(await csvOf(join(dir, "kit-pr.csv")));
    const pr = csvTable(csv, ["general", "general", "general"]);
    expect(pr.columns.map((c) => c.label)).toEqual(["threshold", "precision", "recall"]);
    // scikit-learn's last point: precision 1 at recall 0, with no threshold.
    expect(pr.rows.at(-1)).toEqual([null, 1, 0]);
    const book = await workbook(`${out}.xlsx`);
    expect(book.worksheets.map((s) => s.name)).toEqual(["PR curve", "ROC curve", "Summary"]);
    expect(book.getWorksheet("PR curve")!.rowCount).toBe(pr.rows.length + 1);
    const summary = book.getWorksheet("Summary")!;
    expect(summary.getRow(2).values).toEqual([undefined, "n", expect.any(Number)]);
  });

  it("tns tune writes the recommended threshold with its intervals, typed", async () => {
    const out = join(dir, "analyst-tune");
    const run = tns(
      "tune",
      "--dataset",
      analyst,
      "--where",
      "model=counterfeit_v4",
      "--min-precision",
      "0.8",
      "--current",
      "0.8",
      "--replicates",
      "50",
      "--csv",
      `${out}.csv`,
      "--xlsx",
      `${out}.xlsx`,
    );
    expect(run.status, run.stderr).toBe(0);
    const table = csvTable(await csvOf(`${out}.csv`), ["text", "general", "percent"]);
    expect(table.rows.map((r) => r[0])).toEqual(["recommended", "current"]);
    expect(table.rows[1][1]).toBe(0.8);
    const sheet = (await workbook(`${out}.xlsx`)).getWorksheet("Thresholds")!;
    expect(sheet.getRow(1).getCell(3).value).toBe("precision");
    expect(sheet.getRow(2).getCell(3).numFmt).toBe("0.0%");
    expect(sheet.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Number);
  });

  it("tns kpi writes every value as CSV and the scorecard to a workbook, with dates as dates", async () => {
    const out = join(dir, "analyst-kpi");
    const run = tns(
      "kpi",
      "--dataset",
      analyst,
      "--from",
      "2026-10-19",
      "--to",
      "2026-10-20",
      "--csv",
      `${out}.csv`,
      "--xlsx",
      `${out}.xlsx`,
    );
    expect(run.status, run.stderr).toBe(0);
    const csv = await csvOf(`${out}.csv`);
    const header = csv.slice(1, csv.indexOf("\r\n")).split(",");
    expect(header.slice(0, 5)).toEqual(["kpi", "title", "area", "grain", "period"]);
    expect(csv).toMatch(/\r\nreviews_freshness,[^\r]*,2026-10-20,/);
    const book = await workbook(`${out}.xlsx`);
    expect(book.worksheets.map((s) => s.name)).toEqual(["KPI values", "Scorecard"]);
    const values = book.getWorksheet("KPI values")!;
    const period = values.getRow(2).getCell(5);
    expect(period.type).toBe(ExcelJS.ValueType.Date);
    expect(period.numFmt).toBe("yyyy-mm-dd");
    const scorecard = book.getWorksheet("Scorecard")!;
    const freshness = scorecard
      .getRows(2, scorecard.rowCount - 1)!
      .find((r) => r.getCell(2).value === "reviews_freshness")!;
    expect(freshness.getCell(1).value).toBe("missed");
    expect(freshness.getCell(6).value).toBeCloseTo(26.4, 1); // hours, as `tns kpi` prints
  });

  it("tns exits 2 before any work when --csv or --xlsx cannot be written, naming the option and the fix", async () => {
    const folder = join(dir, "a-folder");
    await mkdir(folder, { recursive: true });
    const file = join(dir, "a-file");
    await writeFile(file, "x");
    const cases: [string[], RegExp][] = [
      [
        ["kpi", "--xlsx", join(folder, "")],
        /--xlsx .*a-folder\/?: a workbook's file name ends in \.xlsx/,
      ],
      [
        ["kpi", "--csv", folder],
        /--csv: cannot write .*a-folder: it is a folder; give a file path/,
      ],
      [
        ["backtest", "--dataset", "data/tns.yaml", "--xlsx", join(file, "out.xlsx")],
        /--xlsx: cannot write .*a-file\/out\.xlsx: a part of the path is a file, not a folder/,
      ],
      [
        ["metrics", "--dataset", "data/tns.yaml", "--csv", join(file, "pr.csv")],
        /--csv: cannot write .*a-file\/pr\.csv: a part of the path is a file/,
      ],
      [["tune", "--dataset", "data/tns.yaml", "--xlsx", "tune.csv"], /e\.g\. --xlsx tune\.xlsx/],
    ];
    for (const [args, message] of cases) {
      const run = tns(...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(stackFrame);
    }
  });
});
