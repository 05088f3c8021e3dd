import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { plotDocument } from "../../lib/charts/plotDocument.js";
import { roundedCoordinates } from "../../lib/charts/roundedCoordinates.js";

describe("roundedCoordinates", () => {
  it("roundedCoordinates rounds a mark's geometry to 0.1 px and leaves its titles alone", () => {
    const svg = Plot.plot({
      document: plotDocument(),
      width: 333,
      height: 111,
      x: { domain: [0, 3] },
      marks: [
        Plot.rect([{ x1: 0, x2: 1 / 3, title: "threshold 0.333333333" }], {
          x1: "x1",
          x2: "x2",
          title: "title",
          render: roundedCoordinates,
        }),
        Plot.voronoi(
          [
            [0.1234567, 1],
            [2.7654321, 2],
            [1e-7, 3],
          ],
          { render: roundedCoordinates },
        ),
      ],
    });
    const rect = svg.querySelector("rect")!;
    for (const name of ["x", "y", "width", "height"])
      expect(rect.getAttribute(name)).toMatch(/^-?\d+(\.\d)?$/);
    expect(rect.querySelector("title")!.textContent).toBe("threshold 0.333333333");
    const paths = [...svg.querySelectorAll('g[aria-label="voronoi"] path')];
    expect(paths.length).toBe(3);
    for (const path of paths) {
      const d = path.getAttribute("d")!;
      expect(d).toMatch(/^M/);
      for (const n of d.match(/-?[\d.]+(e-?\d+)?/g)!) expect(n).toMatch(/^-?\d+(\.\d)?$/);
    }
  });
});
