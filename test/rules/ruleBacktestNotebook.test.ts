import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";
import { renderNotebook, sampleDatasetWith, type RenderedNotebook } from "../notebooks/harness.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";

/** The text a reader sees in the outputs: figures and sentences, without the page's own paths. */
const outputText = (html: string) =>
  html
    .replace(/<pre[\s\S]*?<\/pre>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/Code \(cell \d+\)/g, "") // the injected parameter cell shifts the numbers
    .replace(/\S*\/\S*/g, "") // paths differ between layouts (and temp folders hold digits)
    .replace(/dataset=&quot;[^&]*&quot;|dataset="[^"]*"|\(rules\/[^)]*\)|from\s+rules\/\S+/g, "")
    .replace(/\s+/g, " ");

describe("notebooks/02-rule-backtest", () => {
  let page: RenderedNotebook;
  let html: string;
  beforeAll(async () => {
    page = await renderNotebook("02-rule-backtest");
    html = page.html;
  }, 300_000);

  it("renders on the sample data without a failing cell", () => {
    expect(page.result.message).toBeUndefined();
    expect(page.result.status).toBe("ok");
    expect(page.result.title).toBe("Rule backtest: production rules and candidates");
  });

  it("takes the period from the dataset's incident and the candidate from its candidates file", () => {
    expect(html).toMatch(
      /Period of interest:<\/strong> 2026-09-15 to 2026-09-29 \(incident INC-2026-002/,
    );
    expect(html).toMatch(/cf_keywords_normalized<\/code> from <code>rules\/candidate-rules\.yaml/);
  });

  it("finds that the current rules miss the wave and the normalised rule catches it", () => {
    const finding =
      /production rules caught <strong>([\d.]+)%<\/strong>.*during it \([\d-]+ to [\d-]+\) <strong>([\d.]+)%<\/strong>/s.exec(
        html,
      );
    expect(Number(finding?.[1])).toBeGreaterThan(90);
    expect(Number(finding?.[2])).toBeLessThan(30);
    const after = /the proposed set catches <strong>([\d.]+)%<\/strong>/.exec(html);
    expect(Number(after?.[1])).toBeGreaterThan(95);
  });

  it("reads as a report: charts, tables with n and intervals, robustness, and a computed recommendation", () => {
    const charts = page.charts;
    expect(charts).toContain("Precision per rule with 95% Wilson intervals");
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("95% interval");
    expect(html).toMatch(/n = 20000 listings, 1087 violations/);
    expect(html).toMatch(/violations newly caught/);
    expect(html).toMatch(/still caught \(as written\)/);
    expect(html).toMatch(/Ship cf_keywords_normalized/);
  });

  it("loads nothing from outside the page", () => {
    expect(page.externalUrls()).toEqual([]);
    // No script but the kit's own, pinned by its hash in the page's CSP.
    expect(page.scriptProblems()).toEqual([]);
  });

  it("gives the same figures on the analyst layout (other names, formats, a CP949 CSV)", async () => {
    const folder = await tempDir("nb02-analyst");
    await writeAnalystLayout("data", folder);
    const analyst = await renderNotebook("02-rule-backtest", {
      dataset: resolve(folder, "tns.yaml"),
    });
    expect(analyst.result.message).toBeUndefined();
    const other = analyst.html;
    // From the first finding to the end of the last cell: the page header and footer list parameters.
    const body = (text: string) =>
      text.slice(text.indexOf("Period of interest"), text.lastIndexOf("Code: git"));
    const figures = (text: string) => outputText(body(text)).match(/\d[\d,.]*%?/g);
    expect(figures(other)).toEqual(figures(html));
  }, 400_000);

  it("without candidates or incidents backtests the production set and says there is no candidate", async () => {
    const dataset = await sampleDatasetWith({
      tables: ["listings", "sellers", "model_scores", "flags", "reviews", "audits", "appeals"],
      rules: true,
      finalNewline: true,
    });
    const bare = await renderNotebook("02-rule-backtest", { dataset });
    expect(bare.result.message).toBeUndefined();
    expect(bare.result.status).toBe("ok");
    expect(bare.html).toMatch(/Candidates:<\/strong> none/);
    expect(bare.html).toMatch(/the latest 14 days of the data/);
    expect(bare.html).toMatch(/No candidate rule to recommend/);
    expect(bare.html).not.toMatch(/ring of new|cf_keywords_normalized/);
  }, 400_000);
});
