import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { histogramChart } from "../../lib/charts/histogramChart.js";
import { scoreDistributionChart } from "../../lib/charts/scoreDistributionChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { HOSTILE, HOSTILE_ESCAPED, urlsIn } from "./golden.js";

// Listing titles and categories are written by adversaries; every helper must escape them.
const hostileRows = [
  { day: "2026-08-01", category: HOSTILE, value: 0.5, score: 0.9, label: true },
  { day: "2026-08-02", category: "bags", value: 0.7, score: 0.1, label: false },
];
const charts: Record<string, () => string> = {
  timeSeriesChart: () =>
    timeSeriesChart(hostileRows, {
      x: "day",
      y: "value",
      z: "category",
      target: 0.6,
      title: HOSTILE,
    }),
  barChart: () =>
    barChart(hostileRows, {
      x: "category",
      y: "value",
      fill: "category",
      valueLabels: true,
      tooltip: (row) => `${row.category} listing`,
      title: HOSTILE,
    }),
  histogramChart: () => histogramChart(hostileRows, { x: "value", unit: HOSTILE, title: HOSTILE }),
  scoreDistributionChart: () =>
    scoreDistributionChart(hostileRows, {
      score: "score",
      label: "label",
      threshold: 0.5,
      unit: HOSTILE,
      title: HOSTILE,
    }),
};

describe.each(Object.entries(charts))("%s safety", (name, render) => {
  it(`${name} escapes hostile text in the title, labels and tooltips`, () => {
    const html = render();
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<h2>${HOSTILE_ESCAPED}</h2>`);
    expect(html).toContain(`aria-label="${HOSTILE_ESCAPED}"`);
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles.some((title) => title.includes(HOSTILE_ESCAPED))).toBe(true);
  });

  it(`${name} links no URL but the SVG namespace`, () => {
    // The only URLs allowed anywhere are namespace names, which browsers never fetch.
    const allowed = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"];
    const urls = urlsIn(render());
    expect(urls).toContain("http://www.w3.org/2000/svg");
    for (const url of urls) expect(allowed).toContain(url);
    expect(render()).not.toMatch(/\s(?:href|src|xlink:href)="|url\((?!#)|@import/);
  });

  it(`${name} has an accessible name, a description and tooltips`, () => {
    const html = render();
    expect(html).toMatch(/<svg [^>]*aria-label="[^"]+"/);
    expect(html).toMatch(/<svg [^>]*aria-description="[^"]+"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
  });

  it(`${name} renders the same string twice`, () => {
    expect(render()).toBe(render());
  });
});
