import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { shadowRulesReadout } from "../../lib/rules/shadowRulesReadout.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";
import { tempDir } from "../report/notebookFixture.js";
import { renderNotebook, type RenderedNotebook } from "../notebooks/harness.js";

/** What a reader sees: tags, code cells and styles removed, whitespace collapsed. */
const visibleText = (html: string) =>
  html
    .replace(/<pre[\s\S]*?<\/pre>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");

describe("notebooks/08-rule-lifecycle", () => {
  let page: RenderedNotebook;
  let html: string;
  beforeAll(async () => {
    page = await renderNotebook("08-rule-lifecycle");
    html = page.html;
  }, 300_000);

  it("renders on the sample with the candidates in shadow over the period of interest", () => {
    expect(page.result.message).toBeUndefined();
    expect(page.result.status).toBe("ok");
    expect(page.result.title).toBe("Rule lifecycle: shadow readout");
    const text = visibleText(html);
    expect(text).toMatch(
      /Shadow period: 2026-09-15 to 2026-09-29 \(15 days, incident INC-2026-002\)/,
    );
    expect(text).toMatch(/7 rules: 6 active, 1 in shadow/);
    expect(text).toMatch(
      /Labels: reviews, audits, appeals, each label as decided by the end of the day/,
    );
  });

  it("reads as a report: new catches, overlap, queue load against capacity, precision as labels arrived, a card", () => {
    const text = visibleText(html);
    const charts = page.charts;
    expect(charts).toContain("cf_keywords_normalized: precision as labels arrived");
    expect(charts).toContain("New flags per day each shadow rule would add to its queue");
    expect(text).toMatch(/share of the live rule's hits/);
    expect(text).toMatch(/capacity from/);
    expect(text).toMatch(/\d+ of \d+ hits labeled, \d+ violations \(95% Wilson interval\)/);
    expect(text).toMatch(
      /(Promote|Keep in shadow|Retire) cf_keywords_normalized \(as of 2026-09-29\)/,
    );
    expect(text).toMatch(/Hindsight/);
    expect(page.externalUrls()).toEqual([]);
    // No script but the kit's own, pinned by its hash in the page's CSP.
    expect(page.scriptProblems()).toEqual([]);
    expect(findPersonalData(text)).toEqual([]);
  });

  it("reads a spreadsheet's two shadow rules on the analyst layout with the numbers of the library on the sample", async () => {
    // A policy owner's workbook: the production rules plus two shadow rows with a status column.
    const dir = await tempDir("nb08-table");
    const table = join(dir, "policy.xlsx");
    const convert = spawnSync(
      process.execPath,
      ["bin/tns.js", "rules", "convert", "data/rules/production-rules.yaml", table],
      { encoding: "utf8" },
    );
    expect(convert.status, convert.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(table);
    const sheet = workbook.getWorksheet("rules")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const width = header.length;
    const put = (row: number, column: string, value: string | number) => {
      let at = header.indexOf(column);
      if (at < 0) at = header.push(column) - 1;
      sheet.getRow(1).getCell(at + 1).value = column;
      sheet.getRow(row).getCell(at + 1).value = value;
    };
    const next = sheet.rowCount + 1;
    for (const [k, values] of [
      {
        id: "cf_normalized",
        policy: "counterfeit",
        action: "review",
        queue: "counterfeit",
        status: "shadow",
        normalize: "all",
        "title contains_any": "$counterfeit_keywords",
      },
      {
        id: "cf_cheap_luxury",
        policy: "counterfeit",
        action: "review",
        queue: "counterfeit",
        status: "shadow",
        "brand in": "$luxury_brands",
        "price_krw <": 300000,
      },
    ].entries())
      for (const [column, value] of Object.entries(values)) put(next + k, column, value);
    expect(header.length).toBeGreaterThan(width);
    await workbook.xlsx.writeFile(table);
    const check = spawnSync(
      process.execPath,
      ["bin/tns.js", "rules", "check", table, "--lists", "data/lists"],
      { encoding: "utf8" },
    );
    expect(check.status, check.stdout + check.stderr).toBe(0);

    const folder = await tempDir("nb08-analyst");
    await writeAnalystLayout("data", folder);
    const rendered = await renderNotebook("08-rule-lifecycle", {
      dataset: resolve(folder, "tns.yaml"),
      parameters: { rulesFile: resolve(table) },
    });
    expect(rendered.result.message).toBeUndefined();
    const text = visibleText(rendered.html);
    expect(text).toMatch(/8 rules: 6 active, 2 in shadow/);

    // The same readout by the library on the sample's own layout.
    const ds = await openDataset("data/tns.yaml");
    const readout = await shadowRulesReadout(
      ds,
      await loadRuleFile(table, { listsDir: "data/lists" }),
      { since: "2026-09-15", asOf: "2026-09-29" },
    );
    ds.close();
    expect(readout.rules.map((r) => r.id)).toEqual(["cf_normalized", "cf_cheap_luxury"]);
    for (const r of readout.rules) {
      const k = r.known;
      expect(text).toContain(
        `${r.id} ${r.hits} ${r.newHits} ${k.newlyCaught} ${k.newlyFlaggedClean} ${r.newHits - k.newLabeled} `,
      );
      expect(text).toMatch(
        new RegExp(`(Promote|Keep in shadow|Retire) ${r.id} \\(as of 2026-09-29\\)`),
      );
    }
  }, 600_000);
});
