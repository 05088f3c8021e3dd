import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/charts/renderPlot.js";
import { theme } from "../../lib/charts/theme.js";
import { expectGolden, HOSTILE, HOSTILE_ESCAPED, urlsIn } from "./golden.js";

const flags = [
  { queue: "counterfeit", n: 120 },
  { queue: "contact", n: 45 },
  { queue: "fraud", n: 8 },
];

describe("renderPlot", () => {
  it("renderPlot returns a themed SVG matching the golden file", () => {
    const svg = renderPlot({
      ariaLabel: "Flags by queue",
      marks: [Plot.barY(flags, { x: "queue", y: "n", title: "queue" })],
    });
    expect(svg.startsWith('<svg class="tns-plot"')).toBe(true);
    expect(svg).toMatch(/ width="640" height="320" viewBox="0 0 640 320"/);
    expect(svg).toMatch(/ font-size="12"/);
    expect(svg).toContain(`font-family="system-ui, -apple-system, &quot;Segoe UI&quot;`);
    expect(svg).toMatch(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expectGolden("renderPlot.svg", svg);
  });

  it("renderPlot wraps a titled chart in a figure and takes the accessible name from the title", () => {
    const html = renderPlot({
      title: "Flags by queue",
      subtitle: "Last 7 days",
      marks: [Plot.frame()],
    });
    expect(html).toMatch(/^<figure class="tns-plot-figure"/);
    expect(html).toContain("<h2>Flags by queue</h2>");
    expect(html).toContain('aria-label="Flags by queue"');
    expect(html).toContain('aria-description="Last 7 days"');
  });

  it("renderPlot throws when the chart has no accessible name", () => {
    expect(() => renderPlot({ marks: [Plot.frame()] })).toThrow(
      /renderPlot: the chart has no accessible name \(no ariaLabel and no string title\); pass ariaLabel or title/,
    );
  });

  it("renderPlot gives the same string for the same chart, with content-derived clip ids", () => {
    const options = {
      ariaLabel: "Clipped",
      x: { domain: [0, 1] },
      marks: [
        Plot.dot(
          [
            { x: 0.5, y: 1 },
            { x: 2, y: 1 },
          ],
          { x: "x", y: "y", clip: true },
        ),
      ],
    };
    const first = renderPlot(options);
    const second = renderPlot(options);
    expect(second).toBe(first);
    const ids = [...first.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^tns-plot-[0-9a-f]{8}-1$/);
    expect(first).toContain(`clip-path="url(#${ids[0]})"`);
    expect(first).not.toMatch(/plot-clip-\d/);
    const other = renderPlot({ ...options, ariaLabel: "Clipped too" });
    expect(other.match(/ id="([^"]+)"/)![1]).not.toBe(ids[0]);
  });

  it("renderPlot renames marker ids and their references", () => {
    const svg = renderPlot({
      ariaLabel: "Arrows",
      marks: [
        Plot.line(
          [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
          { x: "x", y: "y", marker: "arrow" },
        ),
      ],
    });
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(svg).toContain(`url(#${id})`);
    expect(svg).not.toMatch(/plot-marker-\d/);
  });

  it("renderPlot colours categories with the Okabe–Ito palette unless a range is given", () => {
    const marks = [Plot.barY(flags, { x: "queue", y: "n", fill: "queue" })];
    const themed = renderPlot({ ariaLabel: "Flags", marks });
    expect(themed).toContain(`fill="${theme.categorical[0]}"`);
    expect(themed).toContain(`fill="${theme.categorical[2]}"`);
    const own = renderPlot({ ariaLabel: "Flags", color: { range: ["#111111", "#222222"] }, marks });
    expect(own).toContain('fill="#111111"');
    expect(own).not.toContain(`fill="${theme.categorical[0]}"`);
  });

  it("renderPlot colours quantitative values with viridis", () => {
    const cells = [0, 1, 2].map((v) => ({ x: "abc"[v], v }));
    const svg = renderPlot({ ariaLabel: "Heat", marks: [Plot.cell(cells, { x: "x", fill: "v" })] });
    // The ends of d3-scale-chromatic's viridis.
    expect(svg).toContain('fill="#440154"');
    expect(svg).toContain('fill="#fde725"');
    expect(svg).not.toContain("warning");
  });

  it("renderPlot lets Plot size a categorical y axis instead of forcing the theme height", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ c: `category ${i}`, n: i }));
    const svg = renderPlot({ ariaLabel: "Many", marks: [Plot.barX(many, { y: "c", x: "n" })] });
    expect(svg).not.toMatch(/ height="320"/);
    expect(
      renderPlot({ ariaLabel: "Many", height: 200, marks: [Plot.barX(many, { y: "c", x: "n" })] }),
    ).toMatch(/ height="200"/);
  });

  it("renderPlot escapes data text in tick labels and titles, and links nothing outside", () => {
    const rows = [{ queue: HOSTILE, n: 1 }];
    const html = renderPlot({
      title: HOSTILE,
      marks: [Plot.barY(rows, { x: "queue", y: "n", title: "queue" })],
    });
    expect(html).not.toContain("<img");
    expect(html).toContain(`<h2>${HOSTILE_ESCAPED}</h2>`);
    expect(html).toContain(`<title>${HOSTILE_ESCAPED}</title>`);
    expect(urlsIn(html)).toEqual(["http://www.w3.org/2000/svg"]);
  });
});
