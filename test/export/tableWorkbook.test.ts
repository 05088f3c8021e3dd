import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DataTable } from "../../lib/export/DataTable.js";
import { fixedZipTimes } from "../../lib/export/fixedZipTimes.js";
import { tableWorkbook } from "../../lib/export/tableWorkbook.js";

const queues: DataTable = {
  title: "Precision by queue; decided reviews only.",
  columns: [
    { label: "queue", format: "text" },
    { label: "decided (n)", format: "integer" },
    { label: "precision", format: "percent" },
    { label: "median price", format: "krw" },
    { label: "first decision", format: "datetime" },
    { label: "week", format: "date" },
    { label: "score", format: "general" },
  ],
  rows: [
    ["가방 bags", 1204, 0.8734, 1200000, "2026-10-29 14:05", "2026-10-26", 0.1234567],
    ["=1+1", null, null, null, "not a time", null, -3],
  ],
};

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe("tableWorkbook", () => {
  afterEach(() => vi.useRealTimers());

  it("tableWorkbook writes typed cells: numbers, % and ₩ formats, dates as dates, text as text", async () => {
    const workbook = await readBack(await tableWorkbook([queues]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Precision by queue"]);
    const sheet = workbook.getWorksheet("Precision by queue")!;
    const row = sheet.getRow(2);
    const cells = [1, 2, 3, 4, 5, 6, 7].map((c) => row.getCell(c));
    expect(cells.map((c) => c.value)).toEqual([
      "가방 bags",
      1204,
      0.8734,
      1200000,
      new Date(Date.UTC(2026, 9, 29, 14, 5)), // the wall-clock time, as Excel shows it
      new Date(Date.UTC(2026, 9, 26)),
      0.1234567,
    ]);
    expect(cells.map((c) => c.numFmt)).toEqual([
      undefined,
      "#,##0",
      "0.0%",
      "₩#,##0",
      "yyyy-mm-dd hh:mm",
      "yyyy-mm-dd",
      undefined,
    ]);
    expect(cells.map((c) => c.type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Date,
      ExcelJS.ValueType.Number,
    ]);
    // A string cell is never a formula, whatever it starts with; a time that is not one stays text.
    const second = sheet.getRow(3);
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(1).value).toBe("=1+1");
    expect(second.getCell(2).type).toBe(ExcelJS.ValueType.Null);
    expect(second.getCell(5).value).toBe("not a time");
  });

  it("tableWorkbook makes the header bold, frozen and filterable and sizes columns to their text", async () => {
    const sheet = (await readBack(await tableWorkbook([queues]))).worksheets[0];
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "queue",
      "decided (n)",
      "precision",
      "median price",
      "first decision",
      "week",
      "score",
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:G3");
    // "가방 bags": 2 wide characters and 5 narrow ones take 9 columns, plus 2 of margin.
    expect(sheet.getColumn(1).width).toBe(11);
    expect(sheet.getColumn(2).width).toBe(13); // the label "decided (n)"
    expect(sheet.getColumn(5).width).toBe(18); // "2026-10-29 14:05"
  });

  it("tableWorkbook puts a contents sheet first with the lines given and one line per table", async () => {
    const other: DataTable = {
      columns: [{ label: "x", format: "text" }],
      rows: [],
      note: "no rows",
    };
    const workbook = await readBack(
      await tableWorkbook([queues, other], { contents: [["Report", "Detection overview"]] }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Contents",
      "Precision by queue",
      "Table 2",
    ]);
    const contents = workbook.getWorksheet("Contents")!;
    expect(contents.getRow(1).values).toEqual([undefined, "Report", "Detection overview"]);
    expect(contents.getRow(3).values).toEqual([undefined, "Sheet", "Table", "Rows", "Note"]);
    expect(contents.getRow(4).values).toEqual([
      undefined,
      "Precision by queue",
      "Precision by queue; decided reviews only.",
      2,
    ]);
    expect(contents.getRow(5).values).toEqual([undefined, "Table 2", undefined, 0, "no rows"]);
  });

  it("tableWorkbook gives the same bytes for the same tables whenever it runs", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    const first = await tableWorkbook([queues]);
    vi.setSystemTime(new Date("2027-06-15T13:37:42Z"));
    const second = await tableWorkbook([queues]);
    expect(sha256(second)).toBe(sha256(first));
  });

  it("tableWorkbook drops control characters a workbook's XML cannot hold and keeps line breaks", async () => {
    const table: DataTable = {
      columns: [{ label: "title", format: "text" }],
      rows: [["a\u0000b\u0001c\td\ne\ud800"]],
    };
    const sheet = (await readBack(await tableWorkbook([table]))).worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe("abc\td\ne\ufffd");
  });

  it("fixedZipTimes returns what is not a zip unchanged", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(fixedZipTimes(bytes)).toBe(bytes);
  });
});
