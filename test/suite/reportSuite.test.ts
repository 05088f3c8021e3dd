import { existsSync } from "node:fs";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../lib/report/launchChromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportSuite } from "../../lib/report/renderReportSuite.js";
import { printPdf } from "../../lib/report/printPdf.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";
import { externalUrls, scriptProblems } from "../report/htmlChecks.js";
import { interactiveScript } from "../../lib/report/interactiveScript.js";
import { tempDir } from "../report/notebookFixture.js";

/**
 * Clicks the first sort button of the page's first table twice and checks that its rows are the
 * same rows, reordered; types the first row's first cell into the first filter box (when a long
 * table has one) and checks that the rows left all contain it.
 */
async function sortAndFilter(page: Page, name: string): Promise<void> {
  // Visible tables only: those in a closed <details> (chart numbers, code) cannot be clicked.
  const sortable = page.locator("table:has(th > button.sort)").filter({ visible: true }).first();
  if ((await sortable.count()) === 0) return;
  const rows = () => sortable.locator("tbody tr:not([hidden])").allTextContents();
  const before = await rows();
  const button = sortable.locator("th > button.sort").first();
  await button.click();
  await button.click();
  expect(await sortable.locator("th[aria-sort]").getAttribute("aria-sort"), name).toBe(
    "descending",
  );
  expect([...(await rows())].sort(), name).toEqual([...before].sort());
  const box = page.locator(".table-filter:has(+ table)").filter({ visible: true }).first();
  if ((await box.count()) === 0) return;
  const filter = box.locator("input");
  const table = box.locator("xpath=following-sibling::table[1]");
  const all = await table.locator("tbody tr").count();
  const query = (await table.locator("tbody tr td").first().textContent())!.trim();
  await filter.fill(query);
  const left = await table.locator("tbody tr:not([hidden])").allTextContents();
  expect(left.length, `${name}: filter "${query}"`).toBeGreaterThan(0);
  expect(left.length, `${name}: filter "${query}"`).toBeLessThanOrEqual(all);
  for (const row of left) expect(row.toLowerCase(), name).toContain(query.toLowerCase());
}

describe("the report suite on the sample data", () => {
  let out: string;
  let results: ReportResult[];
  let browser: Browser;
  beforeAll(async () => {
    out = await tempDir("suite");
    results = await renderReportSuite({ outDir: out });
    expect(existsSync("/usr/bin/chromium"), "Chromium is missing: run `npm run system-deps`").toBe(
      true,
    );
    browser = await launchChromium();
  }, 1_800_000);
  afterAll(async () => browser?.close());

  it("renders every notebook in notebooks/ without a failure", async () => {
    const notebooks = (await readdir("notebooks")).filter((n) => n.endsWith(".ipynb")).sort();
    expect(results.map((r) => r.notebook)).toEqual(notebooks);
    for (const r of results)
      expect([r.notebook, r.status, r.message]).toEqual([r.notebook, "ok", undefined]);
  });

  it.each([true, false])(
    "every report opens in headless Chromium with no console error, no request and visible charts (JavaScript %s)",
    async (javaScriptEnabled) => {
      const shots = join(out, "screenshots");
      await mkdir(shots, { recursive: true });
      for (const name of [
        "index.html",
        ...results.map((r) => r.notebook.replace(/\.ipynb$/, ".html")),
      ]) {
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 1100, height: 900 },
        });
        const page = await context.newPage();
        const problems: string[] = [];
        const url = `file://${join(process.cwd(), out, name)}`;
        page.on("console", (m) => {
          if (m.type() === "error" || m.type() === "warning")
            problems.push(`${m.type()}: ${m.text()}`);
        });
        page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
        page.on("dialog", (d) => problems.push(`dialog: ${d.message()}`));
        page.on("request", (r) => {
          if (r.url() !== url) problems.push(`request: ${r.url()}`);
        });
        await page.goto(url);
        const charts = await page.$$eval("svg[aria-label]", (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            return { label: svg.getAttribute("aria-label"), width: box.width, height: box.height };
          }),
        );
        for (const chart of charts) {
          expect(chart.width, `${name}: ${chart.label}`).toBeGreaterThan(100);
          expect(chart.height, `${name}: ${chart.label}`).toBeGreaterThan(50);
        }
        if (name !== "index.html") {
          expect(charts.length, `${name} has no chart`).toBeGreaterThan(0);
          // Every chart has its numbers, with JavaScript or without.
          expect(await page.locator("figure details.tns-plot-numbers").count(), name).toBe(
            charts.length,
          );
        }
        if (javaScriptEnabled) await sortAndFilter(page, name);
        else expect(await page.locator("button, input").count(), name).toBe(0);
        const shot = name.replace(/\.html$/, javaScriptEnabled ? ".png" : ".no-js.png");
        await page.screenshot({ path: join(shots, shot), fullPage: true });
        await context.close();
        expect(problems, name).toEqual([]);
      }
    },
    300_000,
  );

  it("no rendered file carries raw personal data, a script but the kit's pinned one or an external URL", async () => {
    for (const name of await readdir(out)) {
      if (!/\.(html|ipynb)$/.test(name)) continue;
      const text = await readFile(join(out, name), "utf8");
      // What a reader sees: tags and styles removed (SVG path data is full of digit runs).
      const visible = text.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]*>/g, " ");
      expect(findPersonalData(visible), name).toEqual([]);
      if (name.endsWith(".html")) {
        expect(scriptProblems(text, interactiveScript), name).toEqual([]);
        expect(externalUrls(text), name).toEqual([]);
        expect(text, name).toContain('http-equiv="Content-Security-Policy"');
      }
    }
  });

  it("a second render of the whole suite gives the same bytes in every file but manifest.json", async () => {
    const again = await tempDir("suite-again");
    const second = await renderReportSuite({ outDir: again });
    expect(second.map((r) => r.status)).toEqual(results.map((r) => r.status));
    const files = (await readdir(out)).filter((n) => /\.(html|ipynb)$/.test(n)).sort();
    expect((await readdir(again)).filter((n) => /\.(html|ipynb)$/.test(n)).sort()).toEqual(files);
    for (const name of files) {
      const a = await readFile(join(out, name), "utf8");
      const b = await readFile(join(again, name), "utf8");
      expect(b === a, `${name} differs between two renders`).toBe(true);
    }
    expect(await readFile(join(again, "manifest.json"), "utf8")).toMatch(/"seconds": \d/);
  }, 1_800_000);

  it("printPdf prints a report to an A4 PDF beside its HTML", async () => {
    const [pdf] = await printPdf([join(out, "01-detection-overview.html")]);
    expect(pdf).toBe(join(out, "01-detection-overview.pdf"));
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(50_000);
  }, 300_000);

  it("printPdf names the fix when Chromium is missing", async () => {
    await expect(
      printPdf([join(out, "index.html")], { executablePath: "/nonexistent/chromium" }),
    ).rejects.toThrow(
      /--pdf needs Chromium, not found at \/nonexistent\/chromium; install it \(apt-get install chromium\) or set TNS_CHROMIUM/,
    );
  });
});
