import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportSuite } from "../../lib/report/renderReportSuite.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";
import { tmpDir } from "../data/tmpFiles.js";
import { tempDir } from "./notebookFixture.js";

/** What a reader sees of a report's decisions and KPIs: every card's text, in order. */
function cardTexts(html: string): string[] {
  return [...html.matchAll(/<div class="card[^"]*">([\s\S]*?)<\/div><\/div>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

// Issue 10: the reports give the same numbers on an analyst's layout of the data (monthly
// Parquet, JSONL, a SQL source, TSV, a CP949 CSV with Korean headers, gzip, a BOM) as on the
// kit's own layout of the same data.
describe("the reports on an analyst's layout of the sample", { timeout: 1_800_000 }, () => {
  const only = ["00", "02", "03", "04"];
  let kit: Map<string, string>;
  let analyst: Map<string, string>;
  beforeAll(async () => {
    const dir = tmpDir("analyst-reports");
    await writeAnalystLayout(resolve("data"), dir);
    const render = async (dataset: string) => {
      const out = await tempDir("layout-suite");
      const results = await renderReportSuite({ outDir: out, only, parameters: { dataset } });
      expect(results.map((r) => [r.notebook, r.status, r.message ?? ""])).toEqual(
        results.map((r) => [r.notebook, "ok", ""]),
      );
      const pages = new Map<string, string>();
      for (const r of results)
        pages.set(
          r.notebook,
          await readFile(join(out, r.notebook.replace(/\.ipynb$/, ".html")), "utf8"),
        );
      return pages;
    };
    kit = await render(resolve("data/tns.yaml"));
    analyst = await render(join(dir, "tns.yaml"));
  });

  it("renders every report on both layouts with the same cards: KPIs, decisions, figures", () => {
    expect([...analyst.keys()]).toEqual([...kit.keys()]);
    for (const [name, page] of kit) {
      const cards = cardTexts(page);
      expect(cards.length, name).toBeGreaterThan(0);
      expect(cardTexts(analyst.get(name)!), name).toEqual(cards);
    }
  });
});
