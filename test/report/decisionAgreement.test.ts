import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportSuite } from "../../lib/report/renderReportSuite.js";
import { tempDir } from "./notebookFixture.js";

interface Card {
  name: string;
  action: string;
  impact: string;
}

/** The recommendation cards of a rendered report, as the page shows them. */
function cards(html: string): Card[] {
  return [
    ...html.matchAll(
      /<div class="card-name">\d+\. ([^<]*)<\/div><div class="card-action">([^<]*)<\/div><div class="card-impact">([^<]*)<\/div>/g,
    ),
  ].map((m) => ({ name: m[1], action: m[2], impact: m[3] }));
}

// Issue 11: a figure shown in two reports is computed once, by one library call. The executive
// summary's rule and threshold decisions are the rule backtest's and the threshold tuning's cards.
describe(
  "the executive summary's decisions are the detailed reports' decisions",
  { timeout: 1_800_000 },
  () => {
    let summary: Card[];
    let rules: Card[];
    let thresholds: Card[];
    beforeAll(async () => {
      const out = await tempDir("decisions");
      const results = await renderReportSuite({
        outDir: out,
        only: ["00", "02", "03"],
        concurrency: 2,
      });
      expect(results.map((r) => [r.notebook, r.status, r.message])).toEqual([
        ["00-executive-summary.ipynb", "ok", undefined],
        ["02-rule-backtest.ipynb", "ok", undefined],
        ["03-threshold-tuning.ipynb", "ok", undefined],
      ]);
      const page = (name: string) => readFile(join(out, name), "utf8");
      summary = cards(await page("00-executive-summary.html"));
      rules = cards(await page("02-rule-backtest.html"));
      thresholds = cards(await page("03-threshold-tuning.html"));
    });

    it("shows the rule backtest's card for each candidate, with the same numbers", () => {
      expect(rules.length).toBeGreaterThan(0);
      for (const card of rules) {
        const shown = summary.find((c) => c.name === `Rules: ${card.name}`);
        expect(shown).toEqual({ ...card, name: `Rules: ${card.name}` });
      }
      expect(rules[0].impact).toMatch(/\+187 violations caught, \+0 false positives/);
    });

    it("shows the threshold tuning's card for the busiest model, worded by its verdict", () => {
      const lead = thresholds[0];
      expect(summary.find((c) => c.name === `Thresholds: ${lead.name}`)).toEqual({
        ...lead,
        name: `Thresholds: ${lead.name}`,
      });
      expect(lead.name).toBe("counterfeit_v4: not enough evidence yet");
      expect(lead.action).toMatch(/^Not yet a decision/);
    });
  },
);
