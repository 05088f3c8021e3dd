import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { thresholdCurveChart } from "../../lib/charts/thresholdCurveChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { htmlTable } from "../../lib/report/htmlTable.js";
import { launchChromium } from "../../lib/report/launchChromium.js";
import { renderNotebookHtml } from "../../lib/report/renderNotebookHtml.js";
import type { CodeCell, Output } from "../../lib/report/Notebook.js";
import { corpus } from "./hostileCorpus.js";
import { code, markdown, notebook, tempDir } from "./notebookFixture.js";

const hostile = "<img src=x onerror=alert(1)>";
// 14 listings: more than the 10 rows that get a filter box. Days and prices out of order on
// purpose; L10 sorts after L9 only with a numeric-aware text comparison.
const listings = Array.from({ length: 14 }, (_, i) => ({
  listing_id: `L${i + 1}`,
  title: i === 3 ? hostile : i % 3 === 0 ? `가품 가방 ${i}` : `sneakers ${i}`,
  day: `2026-10-${String(((i * 7) % 28) + 1).padStart(2, "0")}`,
  price_krw: ((i * 37) % 14) * 12_500 - 25_000,
  precision: i === 5 ? null : ((i * 5) % 14) / 14,
}));
const daily = Array.from({ length: 6 }, (_, i) => ({
  day: `2026-10-0${i + 1}`,
  precision: 0.7 + 0.03 * i,
}));

function display(html: string): Output {
  return { output_type: "display_data", data: { "text/html": html }, metadata: {} };
}

function page(): string {
  const outputs = [
    display(
      htmlTable(listings, {
        columns: [
          "listing_id",
          "title",
          "day",
          { name: "price_krw", format: "krw" },
          { name: "precision", format: "percent" },
        ],
      }),
    ),
    display(barChart(listings.slice(0, 4), { x: "listing_id", y: "price_krw", title: "Prices" })),
    display(timeSeriesChart(daily, { x: "day", y: "precision", title: "Precision by day" })),
    display(
      thresholdCurveChart(
        Array.from({ length: 11 }, (_, i) => ({
          threshold: i / 10,
          cost: 100 - i * 8,
          flagsPerDay: 50 - i * 4,
        })),
        { y: "flagsPerDay", title: "Capacity", current: 0.5 },
      ),
    ),
    // The hostile corpus in a long table and in a chart's categories, tooltips and numbers.
    display(htmlTable(corpus.map((title, i) => ({ listing_id: `H${i}`, title })))),
    display(
      barChart(
        corpus.slice(0, 8).map((category, i) => ({ category, n: i + 1 })),
        { x: "category", y: "n", title: "Hostile categories" },
      ),
    ),
  ];
  const cell: CodeCell = { ...(code("1") as CodeCell), outputs, execution_count: 1 };
  return renderNotebookHtml(notebook([markdown("# Interactive page"), cell]));
}

interface Opened {
  page: Page;
  problems: string[];
}

// A page handles events on its own time; on a loaded machine a second is not always enough.
const settle = { timeout: 15_000, interval: 50 };

describe("a report page in Chromium", () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    expect(existsSync("/usr/bin/chromium"), "Chromium is missing: run `npm run system-deps`").toBe(
      true,
    );
    const dir = await tempDir("interactive");
    const file = join(dir, "page.html");
    await writeFile(file, page());
    url = pathToFileURL(resolve(file)).href;
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => browser?.close());

  async function open(javaScriptEnabled: boolean): Promise<Opened> {
    const context = await browser.newContext({
      javaScriptEnabled,
      viewport: { width: 1000, height: 900 },
    });
    const opened = await context.newPage();
    const problems: string[] = [];
    opened.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    opened.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    opened.on("dialog", (d) => problems.push(`dialog: ${d.message()}`));
    opened.on("request", (r) => {
      if (r.url() !== url) problems.push(`request: ${r.url()}`);
    });
    await opened.goto(url);
    return { page: opened, problems };
  }

  // The listings table (the page's first), the cells of column k still shown, in order.
  const column = (p: Page, k: number) =>
    p
      .locator(".output > table")
      .first()
      .locator(`tbody tr:not([hidden]) td:nth-child(${k})`)
      .allTextContents();

  it("with JavaScript on, sorts a column by its header button, numbers as numbers", async () => {
    const { page, problems } = await open(true);
    const table = page.locator(".output > table").first();
    const price = table.getByRole("button", { name: "price_krw" });
    await price.click();
    const byPrice = [...listings].sort((a, b) => a.price_krw - b.price_krw);
    expect(await column(page, 1)).toEqual(byPrice.map((l) => l.listing_id));
    const ascending = await column(page, 4);
    expect(ascending[0]).toBe("₩-25,000");
    expect(await table.locator("th").nth(3).getAttribute("aria-sort")).toBe("ascending");
    await price.press("Enter"); // keyboard: a real <button>
    const descending = await column(page, 4);
    expect(descending).toEqual([...ascending].reverse());
    expect(await table.locator("th").nth(3).getAttribute("aria-sort")).toBe("descending");

    await table.getByRole("button", { name: "precision" }).click();
    const precision = await column(page, 5);
    expect(precision.at(-1)).toBe("–"); // the missing value stays last
    const shown = precision.slice(0, -1).map((t) => Number(t!.replace("%", "")));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));

    await table.getByRole("button", { name: "day" }).click();
    const days = await column(page, 3);
    expect(days).toEqual([...days].sort());
    await table.getByRole("button", { name: "listing_id" }).click();
    expect((await column(page, 1)).slice(8, 11)).toEqual(["L9", "L10", "L11"]);
    // Sorting moved rows; the hostile title is still text, and still one cell.
    expect(await table.locator("td", { hasText: hostile }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("with JavaScript on, filters a long table and counts the rows left", async () => {
    const { page, problems } = await open(true);
    const filters = page.getByRole("searchbox", { name: "Filter the rows of the next table" });
    expect(await filters.count()).toBe(2); // the two long tables, not the charts' short ones
    const filter = filters.first();
    expect(await page.locator(".table-filter-count").first().textContent()).toBe("14 rows");
    await filter.fill("가품");
    const titles = await column(page, 2);
    expect(titles.length).toBe(listings.filter((l) => l.title.includes("가품")).length);
    for (const title of titles) expect(title).toContain("가품");
    expect(await page.locator(".table-filter-count").first().textContent()).toBe(
      `${titles.length} of 14 rows`,
    );
    await filter.fill("ONERROR");
    expect(await column(page, 2)).toEqual([hostile]);
    await filter.fill("");
    expect((await column(page, 2)).length).toBe(14);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("with JavaScript on, shows a mark's values on hover and the chart's numbers on demand", async () => {
    const { page, problems } = await open(true);
    const bar = page.locator('svg[aria-label="Prices"] g[aria-label="bar"] rect').nth(2);
    await bar.hover();
    const tip = page.locator(".chart-tip");
    await expect.poll(() => tip.isVisible(), settle).toBe(true);
    expect(await tip.textContent()).toBe("L3\nprice krw: 25,000");
    // The native tooltip is held aside while ours shows, and put back after.
    // Events run asynchronously in the page: poll, as a reader would wait a moment.
    await expect.poll(() => bar.locator("title").count(), settle).toBe(0);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible(), settle).toBe(false);
    await expect
      .poll(() => bar.locator("title").textContent(), settle)
      .toBe("L3\nprice krw: 25,000");
    // A scroll that carries the mark away from the pointer lets it go; one that leaves it there
    // (as the scroll into view before a hover) keeps the values showing.
    await bar.hover();
    await expect.poll(() => bar.locator("title").count(), settle).toBe(0);
    await page.evaluate(() => window.scrollBy(0, 400));
    await expect.poll(() => bar.locator("title").count(), settle).toBe(1);
    const stillL3 =
      (await tip.isVisible()) && (await tip.textContent()) === "L3\nprice krw: 25,000";
    expect(stillL3).toBe(false);

    // A curve has no mark per point: invisible bands give each threshold its values.
    const capacity = page.locator('svg[aria-label="Capacity"]');
    await capacity.scrollIntoViewIfNeeded();
    const box = (await capacity.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.53, box.y + box.height / 2);
    await expect
      .poll(() => tip.textContent(), settle)
      .toBe("threshold 0.5 (current)\nflags per day 30.0");

    const numbers = page.locator("figure", { has: page.locator('svg[aria-label="Prices"]') });
    const details = numbers.locator("details");
    expect(await details.locator("table").isVisible()).toBe(false);
    await details.locator("summary").click();
    expect(await details.locator("td").allTextContents()).toEqual(
      listings.slice(0, 4).flatMap((l) => [l.listing_id, l.price_krw.toLocaleString("en-US")]),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("with JavaScript on, the hostile corpus stays text through sorting, filtering and hovering", async () => {
    const { page, problems } = await open(true);
    const table = page.locator(".output > table", { hasText: "H0" });
    await table.getByRole("button", { name: "title" }).click();
    await table.getByRole("button", { name: "title" }).click();
    const filter = page.getByRole("searchbox").nth(1);
    await filter.fill("<script>");
    const titles = await table.locator("tbody tr:not([hidden]) td:nth-child(2)").allTextContents();
    expect(titles.sort()).toEqual(
      corpus.filter((c) => c.toLowerCase().includes("<script>")).sort(),
    );
    const chart = page.locator('svg[aria-label="Hostile categories"]');
    for (const bar of await chart.locator('g[aria-label="bar"] rect').all()) await bar.hover();
    await expect
      .poll(() => page.locator(".chart-tip").textContent(), settle)
      .toBe(`${corpus[7]}\nn: 8`);
    await chart.locator("xpath=../details/summary").click();
    expect(await chart.locator("xpath=../details//td[1]").allTextContents()).toEqual(
      corpus.slice(0, 8),
    );
    // Nothing the corpus wrote became an element.
    expect(
      await page
        .locator("body iframe, body img, body object, body form, body a[href^=javascript]")
        .count(),
    ).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("with JavaScript off, the page reads completely: every row, every number, no controls", async () => {
    const { page, problems } = await open(false);
    expect(await page.locator("button, input").count()).toBe(0);
    expect(await column(page, 1)).toEqual(listings.map((l) => l.listing_id));
    const details = page.locator("figure details").first();
    await details.locator("summary").click();
    expect(await details.locator("tbody tr").count()).toBe(4);
    // Hover values without script: each bar and dot carries its SVG <title>.
    const titles = await page.$$eval('svg[aria-label="Precision by day"] circle title', (t) =>
      t.map((e) => e.textContent),
    );
    expect(titles).toHaveLength(6);
    expect(titles[0]).toBe("2026-10-01\nprecision: 0.7");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it.each([true, false])(
    "prints every chart's numbers, without toggles or filter boxes (JavaScript %s)",
    async (javaScript) => {
      const { page, problems } = await open(javaScript);
      await page.emulateMedia({ media: "print" });
      const tables = page.locator("figure details table");
      expect(await tables.count()).toBe(4);
      for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
      for (const summary of await page.locator("figure summary").all())
        expect(await summary.isVisible()).toBe(false);
      for (const box of await page.locator(".table-filter").all())
        expect(await box.isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    60_000,
  );
});
