import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { htmlTable } from "../../lib/report/htmlTable.js";
import { sanitizeHtml } from "../../lib/report/sanitizeHtml.js";
import { csvFromDataUri } from "../../lib/export/csvDataUri.js";
import { csvTable } from "../../lib/export/csvTable.js";
import { renderNotebookHtml } from "../../lib/report/renderNotebookHtml.js";
import { barChart } from "../../lib/charts/barChart.js";
import { code, markdown, notebook } from "./notebookFixture.js";
import type { CodeCell, Output } from "../../lib/report/Notebook.js";
import { interactiveScript } from "../../lib/report/interactiveScript.js";
import { corpus } from "./hostileCorpus.js";
import { externalUrls, scriptProblems } from "./htmlChecks.js";

function assertInert(html: string, context: string): void {
  expect(html.isWellFormed(), `${context}: lone surrogate in output`).toBe(true);
  const { document } = new JSDOM(html).window;
  const dangerous = document.querySelectorAll(
    "iframe, object, embed, form, base, body meta, link, foreignObject",
  );
  expect(
    [...dangerous].map((e) => e.outerHTML),
    context,
  ).toEqual([]);
  // The only script allowed is the kit's own, pinned by its hash in the page's CSP.
  expect(scriptProblems(html, interactiveScript), context).toEqual([]);
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `${context}: ${element.outerHTML.slice(0, 80)}`).not.toMatch(/^on/i);
      expect(attribute.value, `${context}: ${attribute.name}`).not.toMatch(/^\s*javascript:/i);
    }
  }
  expect(externalUrls(html), context).toEqual([]);
}

describe("hostile strings", () => {
  it("htmlTable shows every hostile string as inert text", () => {
    const html = htmlTable(corpus.map((title, i) => ({ listing_id: `L${i}`, title })));
    assertInert(html, "htmlTable");
    const { document } = new JSDOM(html).window;
    const cells = [...document.querySelectorAll("td:nth-child(2)")].map((td) => td.textContent);
    expect(cells[1]).toBe("<img src=x onerror=alert(1)>");
  });

  it("htmlTable's CSV link carries every hostile string as the text its cell shows", () => {
    const html = htmlTable(corpus.map((title, i) => ({ listing_id: `L${i}`, title })));
    const { document } = new JSDOM(sanitizeHtml(html)).window;
    const shown = [...document.querySelectorAll("td:nth-child(2)")].map((td) => td.textContent);
    const href = document.querySelector("caption a.csv")!.getAttribute("href")!;
    const rows = csvTable(csvFromDataUri(href)!, ["text", "text"]).rows;
    expect(rows.map((r) => r[1])).toEqual(shown);
    expect(shown[shown.length - 1]).toContain("[U+202E]");
  });

  it("renderNotebookHtml keeps hostile strings inert in stdout, Markdown, HTML and SVG outputs", () => {
    const outputs: Output[] = corpus.flatMap((s): Output[] => [
      { output_type: "stream" as const, name: "stdout" as const, text: `${s}\n` },
      {
        output_type: "display_data" as const,
        data: { "text/markdown": `**title:** ${s}` },
        metadata: {},
      },
      { output_type: "display_data" as const, data: { "text/html": `<p>${s}</p>` }, metadata: {} },
      {
        output_type: "display_data" as const,
        data: {
          "image/svg+xml": `<svg xmlns="http://www.w3.org/2000/svg"><text>${s}</text>${s}</svg>`,
        },
        metadata: {},
      },
    ]);
    const cell: CodeCell = { ...(code("1") as CodeCell), outputs, execution_count: 1 };
    const nb = notebook([markdown(`# Report ${corpus[0]}\n\n${corpus.join("\n\n")}`), cell]);
    const html = renderNotebookHtml(nb, { parameters: { title: corpus[1] } });
    assertInert(html, "renderNotebookHtml");
    expect(new JSDOM(html).window.document.querySelectorAll("script")).toHaveLength(1);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("charts keep hostile category names inert", () => {
    const svg = barChart(
      corpus.slice(0, 8).map((c, i) => ({ category: c, value: i + 1 })),
      { x: "category", y: "value", title: corpus[0] },
    );
    assertInert(svg, "barChart");
  });
});
