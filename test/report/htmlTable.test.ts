import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { csvFromDataUri } from "../../lib/export/csvDataUri.js";
import { csvTable } from "../../lib/export/csvTable.js";
import type { DataFormatName } from "../../lib/export/DataTable.js";
import { htmlTable } from "../../lib/report/htmlTable.js";

/** The table's parts as a browser sees them: header formats, shown cells, the CSV link's text. */
function parts(html: string) {
  const { document } = new JSDOM(html).window;
  const link = document.querySelector("caption a.csv");
  return {
    formats: [...document.querySelectorAll("th")].map((th) => th.getAttribute("data-format")),
    cells: [...document.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    ),
    download: link?.getAttribute("download"),
    title: link?.getAttribute("title"),
    csv: link ? csvFromDataUri(link.getAttribute("href")!) : undefined,
    omitted: document.querySelector("caption .csv-omitted")?.getAttribute("title"),
    caption: document.querySelector("caption")?.textContent,
  };
}

const queues = [
  { queue: "bags", reviewed: 1204, precision: 0.8734, lower: 0.85, upper: 0.89, price: 1_200_000 },
  { queue: "shoes, sneakers", reviewed: 96, precision: NaN, lower: 0.1, upper: 0.2, price: 35_000 },
];

describe("htmlTable", () => {
  it("htmlTable links every row as CSV: source numbers under the formats the page shows", () => {
    const html = htmlTable(queues, {
      caption: "Precision by queue",
      columns: [
        "queue",
        { name: "reviewed", label: "decided (n)", format: "integer" },
        { name: "precision", format: "percent" },
        { name: "interval", value: (r) => `${r.lower}–${r.upper}` },
        { name: "price", format: "krw" },
      ],
    });
    const t = parts(html);
    expect(t.cells[0]).toEqual(["bags", "1,204", "87.3%", "0.85–0.89", "₩1,200,000"]);
    expect(t.formats).toEqual(["text", "integer", "percent", "text", "krw"]);
    expect(t.download).toBe("precision-by-queue.csv");
    expect(t.title).toMatch(/2 rows/);
    expect(t.caption).toBe("Precision by queue Download\u00A0CSV");
    expect(t.csv).toBe(
      "queue,decided (n),precision,interval,price\r\n" +
        "bags,1204,0.8734,0.85–0.89,1200000\r\n" +
        '"shoes, sneakers",96,,0.1–0.2,35000\r\n',
    );
  });

  it("htmlTable's CSV carries every row, not only the rows shown", () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ listing_id: i + 1, score: i / 200 }));
    const t = parts(htmlTable(rows, { limit: 10 }));
    expect(t.cells).toHaveLength(10);
    expect(t.caption).toMatch(/^Showing 10 of 120 rows\. Download\u00A0CSV$/);
    const data = csvTable(t.csv!, t.formats as DataFormatName[]);
    expect(data.rows).toHaveLength(120);
    expect(data.rows[119]).toEqual([120, 0.595]);
    expect(t.formats).toEqual(["general", "general"]); // numbers shown as they are
  });

  it("htmlTable masks a phone number in the CSV exactly as in the table", () => {
    const html = htmlTable([
      { listing_id: "L1", description: "연락 010-1234-5678 주세요", card: 4111111111111111 },
    ]);
    const t = parts(html);
    expect(t.cells[0]).toEqual(["L1", "연락 ***-****-5678 주세요", "************1111"]);
    expect(t.csv).not.toMatch(/1234|41111/);
    // A number whose digits are personal data is exported as the masked text the table shows.
    expect(t.csv).toBe(`listing_id,description,card\r\n${t.cells[0].join(",")}\r\n`);
  });

  it("htmlTable without masking exports the text unmasked, as it shows it", () => {
    const t = parts(htmlTable([{ note: "010-1234-5678" }], { maskPersonalData: false }));
    expect(t.cells[0][0]).toBe("010-1234-5678");
    expect(t.csv).toBe("note\r\n010-1234-5678\r\n");
  });

  it("htmlTable guards cells a spreadsheet would run as formulas, in the CSV only", () => {
    const evil = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2", "@SUM(A1)"];
    const t = parts(htmlTable(evil.map((title) => ({ title }))));
    expect(t.cells.map((c) => c[0])).toEqual(evil);
    expect(t.csv!.trimEnd().split("\r\n").slice(1)).toEqual([
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
    ]);
  });

  it("htmlTable writes negative numbers as numbers and dates on the kit's clock", () => {
    const t = parts(
      htmlTable(
        [{ effect: -0.032, at: new Date("2026-10-29T05:07:00Z"), day: "2026-10-29", none: null }],
        {
          columns: [
            { name: "effect", format: (v) => `${(v as number).toFixed(3)}` },
            "at",
            { name: "day", format: "date" },
            { name: "none", format: "integer" },
          ],
        },
      ),
    );
    expect(t.cells[0]).toEqual(["-0.032", "2026-10-29 14:07", "2026-10-29", "–"]);
    expect(t.formats).toEqual(["general", "datetime", "date", "integer"]);
    expect(t.csv).toBe("effect,at,day,none\r\n-0.032,2026-10-29 14:07,2026-10-29,\r\n");
  });

  it("htmlTable exports a number a formatting function shows differently as the text shown", () => {
    const rows = [
      { effect: -0.25606, share: 0.58349 },
      { effect: 0.0328, share: 0.1 },
    ];
    const t = parts(
      htmlTable(rows, {
        columns: [
          // -0.256 in a CSV under "effect (pp)" would read as a quarter of a point, not 25.6.
          { name: "effect", format: (v) => `${((v as number) * 100).toFixed(1)} pp` },
          { name: "share", format: (v) => `${((v as number) * 100).toFixed(1)}%` },
        ],
      }),
    );
    expect(t.cells).toEqual([
      ["-25.6 pp", "58.3%"],
      ["3.3 pp", "10.0%"],
    ]);
    expect(t.formats).toEqual(["text", "percent"]);
    expect(t.csv).toBe("effect,share\r\n'-25.6 pp,0.58349\r\n3.3 pp,0.1\r\n");
  });

  it("htmlTable leaves the CSV out of a table longer than csvLimit and says why in the title", () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ i }));
    const t = parts(htmlTable(rows, { csvLimit: 11, limit: 5 }));
    expect(t.csv).toBeUndefined();
    expect(t.omitted).toBe(
      "No CSV download: the table has 12 rows, more than the 11 a report page carries as a link; raise htmlTable's csvLimit or filter the rows in the notebook",
    );
    expect(parts(htmlTable(rows, { csvLimit: 12 })).csv).toMatch(/^i\r\n0\r\n/);
  });

  it("htmlTable gives the same bytes for the same rows", () => {
    const make = () => htmlTable(queues, { caption: "x" });
    expect(make()).toBe(make());
  });
});
