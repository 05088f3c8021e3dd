import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvTable } from "../../lib/export/csvTable.js";
import { csvText } from "../../lib/export/csvText.js";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";
import type { FormatName } from "../../lib/format/formatValue.js";
import { tableCells } from "../../lib/report/tableCells.js";
import type { TableColumnSpec } from "../../lib/view/TableColumn.js";

// Personal data as text and as numbers, plainly and as an evader writes it, beside harmless values.
const values = fc.oneof(
  fc.constantFrom(
    "010-1234-5678",
    "연락 ０１０-１２３４-５６７８ 주세요",
    "010\u200B1234\u200B5678",
    "seller.kim@example.com",
    "900101-1234567",
    "4111 1111 1111 1111",
    "kakao: kim_seller99",
    "bags",
    '=HYPERLINK("x")',
  ),
  fc.constantFrom(1012345678, 1_0_1234_5678, 4111111111111111, 9001011234567, 821012345678),
  fc.double({ noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
);
const formats: (FormatName | undefined | TableColumnSpec<Record<string, unknown>>["format"])[] = [
  undefined,
  "text",
  "integer",
  "number",
  "percent",
  "krw",
  (v) => String(v),
  (v) => `${String(v)} pp`,
];

describe("tableCells and personal data", () => {
  it("tableCells exports no personal data the table masks, in any column format (fuzzed)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(values, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: formats.length - 1 }), { minLength: 3, maxLength: 3 }),
        (rows, picks) => {
          const columns = picks.map((p, j) => ({ name: `c${j}`, format: formats[p] }));
          const objects = rows.map((r) => Object.fromEntries(r.map((v, j) => [`c${j}`, v])));
          const { shown, table } = tableCells(objects, columns as TableColumnSpec<object>[], true);
          // What the page shows carries none, and neither does any exported cell …
          for (const text of shown.flat()) expect(findPersonalData(text)).toEqual([]);
          for (const cell of table.rows.flat())
            if (cell !== null) expect(findPersonalData(String(cell)), String(cell)).toEqual([]);
          // … nor the CSV a reader downloads, read back as a spreadsheet reads it.
          const csv = csvText(table);
          const back = csvTable(
            csv,
            table.columns.map((c) => c.format),
          );
          for (const cell of back.rows.flat())
            if (cell !== null) expect(findPersonalData(String(cell))).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });
});
