import { describe, expect, it } from "vitest";
import { markupText } from "../../lib/report/markupText.js";
import { withholdPersonalData } from "../../lib/report/withholdPersonalData.js";
import { csvDataUri } from "../../lib/export/csvDataUri.js";
import type { Notebook } from "../../lib/report/Notebook.js";
import { linearGrowthRatio, linearBound } from "../support/growth.js";

const withOutput = (data: Record<string, string>): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    {
      cell_type: "code",
      source: "show()",
      metadata: {},
      execution_count: 1,
      outputs: [{ output_type: "display_data", data, metadata: {} }],
    },
  ],
});

describe("withholdPersonalData", () => {
  it("markupText drops tags and style elements and decodes character references", () => {
    expect(markupText("<b>010</b>&#45;1234&#x2D;5678")).toBe(" 010 -1234-5678");
    expect(markupText("<style>.a{}</STYLE >x&nbsp;y")).toBe(" x y");
    expect(markupText("a < b & c")).toBe("a < b & c");
    expect(markupText("<style>unclosed")).toBe(" unclosed");
  });

  it("withholdPersonalData finds a phone number split by markup and full-width forms", () => {
    const { cells } = withholdPersonalData(
      withOutput({ "text/html": "<td>０１０</td>-<td>1234</td>-5678" }),
    );
    expect(cells[0].findings.map((f) => f.kind)).toEqual(["phone"]);
  });

  it("withholdPersonalData finds personal data in a title or alt attribute (a tooltip, the text in place of an image)", () => {
    // Found by the fuzz run (test/fuzz/personalData.test.ts): attribute values were skipped as
    // invisible, and sanitizeHtml keeps title and alt.
    for (const html of [
      '<span title="010-1234-5678">x</span>',
      "<img src='data:image/png;base64,AA' ALT='카톡 ID dealer01'>",
      "<td title=&#48;10-1234-5678>x</td>",
      '<svg><rect title = "seller.kim＠example.com"/></svg>',
    ]) {
      const { cells } = withholdPersonalData(withOutput({ "text/html": html }));
      expect(cells[0]?.findings.length, html).toBe(1);
    }
    expect(markupText('<a href="#x" title="a&#62;b" data-n="010-1234-5678">c</a>')).toBe(" a>b c ");
  });

  it("withholdPersonalData reads the data of a CSV download link, which the page does not show", () => {
    const link = (csv: string) =>
      `<table><caption><a class="csv" download="x.csv" href="${csvDataUri(csv)}">CSV</a></caption></table>`;
    const leak = withholdPersonalData(
      withOutput({ "text/html": link("seller,phone\r\nS1,010-1234-5678\r\n") }),
    );
    expect(leak.cells[0].findings.map((f) => f.kind)).toEqual(["phone"]);
    expect(leak.notebook.cells[0]).toMatchObject({ outputs: [{ ename: "PersonalDataError" }] });
    const masked = withholdPersonalData(
      withOutput({ "text/html": link("phone\r\n***-****-5678\r\n") }),
    );
    expect(masked.cells).toEqual([]);
  });

  it("withholdPersonalData lists at most five findings per output and counts the rest", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `010-1234-${String(1000 + i)}`).join("\n");
    const { notebook, cells } = withholdPersonalData(withOutput({ "text/plain": rows }));
    expect(cells[0].findings).toHaveLength(12);
    const output =
      notebook.cells[0].cell_type === "code" ? notebook.cells[0].outputs[0] : undefined;
    expect(output).toMatchObject({ output_type: "error", ename: "PersonalDataError" });
    expect(output && "evalue" in output ? output.evalue : "").toMatch(
      /\*\*\*-\*\*\*\*-1004 and 7 more\)/,
    );
  });

  const shapes: Record<string, (n: number) => string> = {
    "unclosed <": (n) => "<".repeat(n),
    "unclosed <style": (n) => "<style>".repeat(n / 7),
    "unclosed </": (n) => "<style>" + "</".repeat(n / 2),
    "& without ;": (n) => "&#1".repeat(n / 3) + "&aaaa".repeat(n / 5),
    "attribute quote never closed": (n) => "<a title='x".repeat(n / 11) + ">",
    "many title attributes": (n) => "<a" + ' title="1&#1"'.repeat(n / 13) + ">",
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`markupText grows linearly on ${name}`, () => {
      const { ratio, factor } = linearGrowthRatio(make, markupText, { small: 20_000 });
      expect(ratio).toBeLessThan(linearBound(factor));
    });
  }
});
