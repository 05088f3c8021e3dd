import * as Plot from "@observablehq/plot";
import { roundedCoordinates } from "./roundedCoordinates.js";

/** One hover band: an x position and the tooltip that reads its values. */
export interface HoverBand {
  x: number;
  title: string;
}

/**
 * Invisible full-height bands, one per x, each reaching halfway to its neighbours and carrying a
 * `<title>`: hovering anywhere above an x shows its values, in a static SVG and without JavaScript
 * (what Plot's pointer tips do only when Plot runs in the browser). `bands` are sorted by x.
 * @example marks.push(hoverBandMarks(points.map((p) => ({ x: p.threshold, title: `cost ${p.cost}` })), [0, 1]))
 */
export function hoverBandMarks(
  bands: readonly HoverBand[],
  domain: readonly [number, number],
): Plot.Markish {
  const edges = bands.map((band, i) => ({
    ...band,
    x1: i === 0 ? domain[0] : (bands[i - 1].x + band.x) / 2,
    x2: i === bands.length - 1 ? domain[1] : (band.x + bands[i + 1].x) / 2,
  }));
  return Plot.rect(edges, {
    x1: "x1",
    x2: "x2",
    fill: "white",
    fillOpacity: 0,
    title: "title",
    render: roundedCoordinates,
  });
}
