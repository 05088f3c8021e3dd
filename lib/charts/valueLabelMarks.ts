import * as Plot from "@observablehq/plot";
import type { BarDatum } from "./BarDatum.js";

/** Options of `valueLabelMarks`. */
export interface ValueLabelMarksOptions {
  /** Bars run along x, categories down y; default false. */
  horizontal?: boolean;
  /** Bars of one category stack, so labels go mid-segment; default false. */
  stacked?: boolean;
  /** Label text of a value; default `String`. */
  format?: (value: number) => string;
}

const halo = { stroke: "white", strokeWidth: 3, fill: "currentColor" };

/**
 * Plot text marks printing each bar's value just past its end (past the interval's end when it
 * has one), or in the middle of each segment of stacked bars, with a white halo for contrast.
 * @example marks.push(...valueLabelMarks(bars, { format: valueFormatter("percent") }))
 */
export function valueLabelMarks(
  bars: readonly BarDatum[],
  options: ValueLabelMarksOptions = {},
): Plot.Markish[] {
  const { horizontal = false, stacked = false, format = String } = options;
  const c = horizontal ? "y" : "x";
  const v = horizontal ? "x" : "y";
  const text = (bar: BarDatum) => (bar.value === null ? "" : format(bar.value));
  if (stacked) {
    const stack = horizontal ? Plot.stackX : Plot.stackY;
    return [Plot.text(bars, stack({ [c]: "category", [v]: "value", z: "group", text, ...halo }))];
  }
  const end = (bar: BarDatum) =>
    bar.value! < 0 ? (bar.lower ?? bar.value) : (bar.upper ?? bar.value);
  // Negative bars point the other way, so their labels sit on the other side.
  return [false, true].map((negative) => {
    const side = bars.filter((bar) => bar.value !== null && bar.value < 0 === negative);
    const offset = negative ? -6 : 6;
    const place = horizontal
      ? { dx: offset, textAnchor: negative ? "end" : "start" }
      : { dy: -offset, lineAnchor: negative ? "top" : "bottom" };
    return Plot.text(side, {
      [c]: "category",
      [v]: end,
      text,
      ...place,
      ...halo,
    } as Plot.TextOptions);
  });
}
