import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { tempDir } from "../report/notebookFixture.js";
import { externalUrls, scriptProblems } from "../report/htmlChecks.js";
import { interactiveScript } from "../../lib/report/interactiveScript.js";
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
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    const out = await tempDir("nb02");
    result = await renderNotebookFile("notebooks/02-rule-backtest.ipynb", { outDir: out });
    html = await readFile(join(out, "02-rule-backtest.html"), "utf8");
  }, 300_000);

  it("renders on the sample data without a failing cell", () => {
    expect(result.message).toBeUndefined();
    expect(result.status).toBe("ok");
    expect(result.title).toBe("Rule backtest: production rules and candidates");
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
    const charts = [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toContain("Precision per rule with 95% Wilson intervals");
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("95% interval");
    expect(html).toMatch(/n = 20000 listings, 1087 violations/);
    expect(html).toMatch(/violations newly caught/);
    expect(html).toMatch(/still caught \(as written\)/);
    expect(html).toMatch(/Ship cf_keywords_normalized/);
  });

  it("loads nothing from outside the page", () => {
    expect(externalUrls(html)).toEqual([]);
    // No script but the kit's own, pinned by its hash in the page's CSP.
    expect(scriptProblems(html, interactiveScript)).toEqual([]);
  });

  it("gives the same figures on the analyst layout (other names, formats, a CP949 CSV)", async () => {
    const folder = await tempDir("nb02-analyst");
    await writeAnalystLayout("data", folder);
    const out = await tempDir("nb02-analyst-out");
    const analyst = await renderNotebookFile("notebooks/02-rule-backtest.ipynb", {
      outDir: out,
      parameters: { dataset: resolve(folder, "tns.yaml") },
    });
    expect(analyst.message).toBeUndefined();
    const other = await readFile(join(out, "02-rule-backtest.html"), "utf8");
    // From the first finding to the end of the last cell: the page header and footer list parameters.
    const body = (text: string) =>
      text.slice(text.indexOf("Period of interest"), text.lastIndexOf("Code: git"));
    const figures = (text: string) => outputText(body(text)).match(/\d[\d,.]*%?/g);
    expect(figures(other)).toEqual(figures(html));
  }, 400_000);

  it("without candidates or incidents backtests the production set and says there is no candidate", async () => {
    const folder = await tempDir("nb02-bare");
    const data = resolve("data");
    const tables = ["listings", "sellers", "model_scores", "flags", "reviews", "audits", "appeals"];
    await writeFile(
      join(folder, "tns.yaml"),
      [
        "tables:",
        ...tables.map((t) => `  ${t}: { path: ${join(data, `${t}.csv`)} }`),
        `lists: ${join(data, "lists")}`,
        `rules: ${join(data, "rules", "production-rules.yaml")}`,
        "",
      ].join("\n"),
    );
    const out = await tempDir("nb02-bare-out");
    const bare = await renderNotebookFile("notebooks/02-rule-backtest.ipynb", {
      outDir: out,
      parameters: { dataset: resolve(folder, "tns.yaml") },
    });
    expect(bare.message).toBeUndefined();
    expect(bare.status).toBe("ok");
    const page = await readFile(join(out, "02-rule-backtest.html"), "utf8");
    expect(page).toMatch(/Candidates:<\/strong> none/);
    expect(page).toMatch(/the latest 14 days of the data/);
    expect(page).toMatch(/No candidate rule to recommend/);
    expect(page).not.toMatch(/ring of new|cf_keywords_normalized/);
  }, 400_000);
});
