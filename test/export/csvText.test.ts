import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvSafeText, csvTextFromSafe } from "../../lib/export/csvSafeText.js";
import { csvTable } from "../../lib/export/csvTable.js";
import { csvText } from "../../lib/export/csvText.js";
import type { DataTable } from "../../lib/export/DataTable.js";

describe("csvText", () => {
  it("csvText writes a header, CRLF lines, quotes commas, quotes and line breaks, numbers in full", () => {
    const table: DataTable = {
      columns: [
        { label: "queue", format: "text" },
        { label: "precision", format: "percent" },
      ],
      rows: [
        ['bags, "luxury"', 0.8734],
        ["line\nbreak", null],
        ["shoes", 1e-7],
      ],
    };
    expect(csvText(table)).toBe(
      'queue,precision\r\n"bags, ""luxury""",0.8734\r\n"line\nbreak",\r\nshoes,1e-7\r\n',
    );
  });

  it("csvSafeText guards every formula start OWASP lists and leaves other text alone", () => {
    for (const formula of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "  =1+1"])
      expect(csvSafeText(formula), JSON.stringify(formula)).toBe(`'${formula}`);
    for (const text of ["1-2", "a=b", "'quoted", "", "−3.2 pp", "카톡 ID"])
      expect(csvSafeText(text), text).toBe(text);
    expect(csvSafeText("'=1")).toBe("''=1");
  });

  it('csvText writes a cell like =HYPERLINK("http://evil.example") as inert text', () => {
    const csv = csvText({
      columns: [{ label: "=cmd|' /C calc'!A0", format: "text" }],
      rows: [['=HYPERLINK("http://evil.example","x")'], ["-2+3"], ["@SUM(1)"]],
    });
    const [header, ...lines] = csv.trimEnd().split("\r\n");
    expect(header).toBe("'=cmd|' /C calc'!A0");
    expect(lines).toEqual(['"\'=HYPERLINK(""http://evil.example"",""x"")"', "'-2+3", "'@SUM(1)"]);
  });

  it("csvTable reads csvText back: labels, numbers in numeric columns, text with its guard removed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ unit: "grapheme" }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          {
            maxLength: 8,
          },
        ),
        (pairs) => {
          const table: DataTable = {
            columns: [
              { label: "title", format: "text" },
              { label: "score", format: "general" },
            ],
            rows: pairs.map(([title, score]) => [
              title === "" ? null : title,
              Object.is(score, -0) ? 0 : score,
            ]),
          };
          expect(csvTable(csvText(table), ["text", "general"]).rows).toEqual(table.rows);
        },
      ),
    );
  });

  it("csvTextFromSafe undoes csvSafeText for any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", "=", " ", "-", "a", "\t", "@") }),
        (text) => {
          expect(csvTextFromSafe(csvSafeText(text))).toBe(text);
        },
      ),
    );
  });

  it("csvText turns lone surrogates into U+FFFD and writes NaN as an empty cell", () => {
    const csv = csvText({
      columns: [
        { label: "t", format: "text" },
        { label: "n", format: "general" },
      ],
      rows: [["a\ud800b", NaN]],
    });
    expect(csv).toBe("t,n\r\na\ufffdb,\r\n");
  });
});
