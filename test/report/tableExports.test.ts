import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { JSDOM } from "jsdom";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvFromDataUri } from "../../lib/export/csvDataUri.js";
import { csvTable } from "../../lib/export/csvTable.js";
import type { DataFormatName } from "../../lib/export/DataTable.js";
import { formatValue, type FormatName } from "../../lib/format/formatValue.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import type { RunManifest } from "../../lib/report/RunManifest.js";
import { renderReportSuite } from "../../lib/report/renderReportSuite.js";
import { code, markdown, notebook, tempDir, writeNotebooks } from "./notebookFixture.js";

// A report with the kinds of table the suite shows: named formats, a computed column, personal
// data, a table without caption, two with the same caption and one too long for its CSV link.
const exportsNotebook = notebook([
  markdown("# Export test\n\nTables to take away."),
  code(
    [
      'import * as tslab from "tslab";',
      'import { report } from "../../../dist/lib/index.js";',
      "const htmlTable = report.htmlTable;",
      "const queues = [",
      '  { queue: "bags", reviewed: 1204, precision: 0.8734, lower: 0.85, upper: 0.89, price: 1200000, first: new Date("2026-10-29T05:07:00Z"), week: "2026-10-26", note: `seller ${["010", "1234", "5678"].join("-")}` },',
      '  { queue: "=cmd|\' /C calc\'!A0", reviewed: 96, precision: NaN, lower: 0.1, upper: 0.2, price: 35000, first: null, week: "2026-10-19", note: "ok" },',
      "];",
      'tslab.display.html(htmlTable(queues, { caption: "Precision by queue; decided reviews.", columns: [',
      '  { name: "queue" }, { name: "reviewed", label: "decided (n)", format: "integer" }, { name: "precision", format: "percent" },',
      '  { name: "interval", label: "95% interval", value: (r) => `${r.lower}–${r.upper}` }, { name: "price", format: "krw" },',
      '  { name: "first", format: "datetime" }, { name: "week", format: "date" }, { name: "note" },',
      "] }));",
    ].join("\n"),
  ),
  markdown("## Listing scores\n\nA table without a caption is named after its heading."),
  code(
    [
      'import * as tslab from "tslab";',
      'import { report } from "../../../dist/lib/index.js";',
      "tslab.display.html(htmlTable([{ listing_id: 7, score: 0.25 }, { listing_id: 8, score: -0.5 }]));",
      'tslab.display.html(htmlTable([{ a: 1 }], { caption: "Precision by queue; again" }));',
      'tslab.display.html(htmlTable(Array.from({ length: 30 }, (_, i) => ({ i })), { caption: "Long", csvLimit: 20, limit: 3 }));',
    ].join("\n"),
  ),
]);

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

interface PageTable {
  download: string | null;
  formats: DataFormatName[];
  shown: string[][];
  csv?: string;
}

function pageTables(html: string): PageTable[] {
  const { document } = new JSDOM(html).window;
  return [...document.querySelectorAll(".output table")].map((table) => {
    const link = table.querySelector("caption a.csv");
    return {
      download: link?.getAttribute("download") ?? null,
      formats: [...table.querySelectorAll("th")].map((th) => th.dataset.format as DataFormatName),
      shown: [...table.querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      ),
      csv: link ? csvFromDataUri(link.getAttribute("href") ?? "") : undefined,
    };
  });
}

describe("table exports from a rendered report", () => {
  let dir: string;
  let results: ReportResult[];
  let html: string;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await tempDir("exports");
    await writeNotebooks(dir, { "01-exports.ipynb": exportsNotebook });
    results = await renderReportSuite({ notebooksDir: dir, outDir: join(dir, "out"), xlsx: true });
    html = await readFile(join(dir, "out", "01-exports.html"), "utf8");
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await readFile(join(dir, "out", "01-exports.xlsx"))) as unknown as ArrayBuffer,
    );
  }, 300_000);

  it("every table's CSV link, decoded from the page, holds the values the table shows", () => {
    expect(results[0].status).toBe("ok");
    const [queues, untitled] = pageTables(html);
    const data = csvTable(queues.csv!, queues.formats);
    expect(data.columns.map((c) => c.label)).toEqual([
      "queue",
      "decided (n)",
      "precision",
      "95% interval",
      "price",
      "first",
      "week",
      "note",
    ]);
    // Formatting the CSV's value with the column's format gives the cell's text, cell by cell.
    const shownAs = (value: string | number | null, format: DataFormatName) =>
      value === null
        ? "–"
        : typeof value === "number" && format !== "general"
          ? formatValue(value, format as FormatName)
          : String(value);
    expect(data.rows.map((row) => row.map((v, j) => shownAs(v, queues.formats[j])))).toEqual(
      queues.shown,
    );
    expect(data.rows[0].slice(1, 3)).toEqual([1204, 0.8734]); // source numbers, not "87.3%"
    expect(queues.shown[1][0]).toBe("=cmd|' /C calc'!A0");
    expect(queues.csv).toContain("\r\n'=cmd|' /C calc'!A0,"); // guarded in the file
    expect(csvTable(untitled.csv!, untitled.formats).rows).toEqual([
      [7, 0.25],
      [8, -0.5],
    ]);
  });

  it("a phone number masked in the table is masked in its CSV and in the workbook", async () => {
    const [queues] = pageTables(html);
    expect(queues.shown[0][7]).toBe("seller ***-****-5678");
    expect(queues.csv).toContain("seller ***-****-5678");
    expect(queues.csv).not.toContain("1234");
    const cell = workbook.getWorksheet("Precision by queue")!.getRow(2).getCell(8);
    expect(cell.value).toBe("seller ***-****-5678");
    const executed = await readFile(join(dir, "out", "01-exports.ipynb"), "utf8");
    expect(executed).not.toMatch(/010-1234|010%2D1234|1234-5678/);
  });

  it("each CSV link is named <report>-<table>.csv, unique in the page; a long table says why it has none", () => {
    expect(pageTables(html).map((t) => t.download)).toEqual([
      "01-exports-precision-by-queue-decided-reviews.csv",
      "01-exports-listing-scores.csv",
      "01-exports-precision-by-queue-again.csv",
      null,
    ]);
    expect(html).toContain(
      'title="No CSV download: the table has 30 rows, more than the 20 a report page carries as a link;',
    );
  });

  it("tns report --xlsx writes one sheet per table with typed cells, after a contents sheet", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Contents",
      "Precision by queue",
      "Listing scores",
      "Precision by queue (2)",
      "Long",
    ]);
    const sheet = workbook.getWorksheet("Precision by queue")!;
    const row = sheet.getRow(2);
    const cells = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => row.getCell(c));
    expect(cells.map((c) => c.value)).toEqual([
      "bags",
      1204,
      0.8734,
      "0.85–0.89",
      1200000,
      new Date(Date.UTC(2026, 9, 29, 14, 7)), // 05:07 UTC is 14:07 in Seoul, as the page shows
      new Date(Date.UTC(2026, 9, 26)),
      "seller ***-****-5678",
    ]);
    expect(cells.map((c) => c.numFmt)).toEqual([
      undefined,
      "#,##0",
      "0.0%",
      undefined,
      "₩#,##0",
      "yyyy-mm-dd hh:mm",
      "yyyy-mm-dd",
      undefined,
    ]);
    expect(sheet.getRow(3).getCell(1).value).toBe("=cmd|' /C calc'!A0"); // a string cell, inert
    expect(sheet.getRow(3).getCell(3).value).toBeNull(); // NaN: empty
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workbook.getWorksheet("Listing scores")!.getRow(3).values).toEqual([undefined, 8, -0.5]);
    // The long table: the rows its page shows, as text, and the reason on the contents sheet.
    expect(workbook.getWorksheet("Long")!.rowCount).toBe(4);
    const contents = workbook.getWorksheet("Contents")!;
    expect(contents.getRow(1).values).toEqual([undefined, "Report", "Export test"]);
    const long = contents.getRows(1, contents.rowCount)!.find((r) => r.getCell(1).value === "Long");
    expect(long?.getCell(4).value).toMatch(/^No CSV download: the table has 30 rows/);
  });

  it("LibreOffice opens the workbook as a reader would: every sheet prints with the page's formats", () => {
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
    expect(
      soffice,
      "LibreOffice Calc is missing: npm run system-deps installs libreoffice-calc",
    ).toBeDefined();
    const out = join(dir, "lo");
    const converted = spawnSync(
      soffice!,
      [
        "--headless",
        `-env:UserInstallation=file://${resolve(out, "profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        join(dir, "out", "01-exports.xlsx"),
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const read = spawnSync("pdftotext", ["-layout", join(out, "01-exports.pdf"), "-"], {
      encoding: "utf8",
    });
    expect(read.status, "pdftotext is missing: npm run system-deps installs poppler-utils").toBe(0);
    const text = read.stdout;
    // The first row of the queues sheet, as Calc shows its typed cells.
    expect(text).toMatch(
      /bags\s+1,204\s+87\.3%\s+0\.85–0\.89\s+₩1,200,000\s+2026-10-29 14:07\s+2026-10-26\s+seller \*\*\*-\*\*\*\*-5678/,
    );
    expect(text).toContain("Precision by queue; decided reviews.");
    expect(text).not.toMatch(/1234-5678|010-1234/);
  }, 300_000);

  it("the index links each report's workbook", async () => {
    const index = await readFile(join(dir, "out", "index.html"), "utf8");
    expect(index).toContain('<a href="01-exports.xlsx">Excel workbook</a>');
  });

  it("the manifest lists each workbook, and a second render gives the same bytes", async () => {
    const manifest = JSON.parse(
      await readFile(join(dir, "out", "manifest.json"), "utf8"),
    ) as RunManifest;
    expect(manifest.reports[0].xlsx).toBe(join(dir, "out", "01-exports.xlsx"));
    await renderReportSuite({ notebooksDir: dir, outDir: join(dir, "again"), xlsx: true });
    for (const file of ["01-exports.html", "01-exports.xlsx"]) {
      const first = await readFile(join(dir, "out", file), "base64");
      const second = await readFile(join(dir, "again", file), "base64");
      expect(sha256(second), file).toBe(sha256(first));
    }
  }, 300_000);
});
