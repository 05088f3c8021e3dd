import * as Plot from "@observablehq/plot";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import { invalidTarget } from "./messages.js";
import { theme } from "./theme.js";

/** A target for a plotted value: one number (a rule) or a band with optional bounds (shaded). */
export type ChartTarget = number | { lower?: number; upper?: number };

/** Options of `targetMarks`. */
export interface TargetMarksOptions {
  /** The value axis domain [min, max], where a one-sided band ends; required. */
  domain: readonly [number, number];
  /** Text beside the target; default `targetLabel(target, format)`. */
  label?: string;
  /** Number format of the default label; default `String`. */
  format?: (value: number) => string;
  /** Name of the calling chart, for error messages; default "targetMarks". */
  chart?: string;
}

/**
 * The bounds of a target, checked: finite, at least one, lower <= upper; a number is both bounds.
 * @example targetBounds(0.9) // { lower: 0.9, upper: 0.9 }
 */
export function targetBounds(
  target: ChartTarget,
  chart = "targetMarks",
): { lower?: number; upper?: number } {
  const bounds = typeof target === "number" ? { lower: target, upper: target } : target;
  const { lower, upper } = (typeof bounds === "object" && bounds) || {};
  const finite = (v: unknown) => v === undefined || (typeof v === "number" && Number.isFinite(v));
  const ok = finite(lower) && finite(upper) && !(lower! > upper!);
  if (!ok || (lower === undefined && upper === undefined)) {
    throw new Error(invalidTarget(chart, target));
  }
  return { lower, upper };
}

/**
 * The default text of a target: "target 90%", "target ≥ 90%", "target ≤ 5%" or "target 90%–95%".
 * @example targetLabel({ lower: 0.9 }, valueFormatter("percent")) // "target ≥ 90%"
 */
export function targetLabel(
  target: ChartTarget,
  format: (value: number) => string = String,
  lang: Lang = "en",
): string {
  const { lower, upper } = targetBounds(target);
  const word = messages(lang).cards.target;
  if (lower !== undefined && upper !== undefined) {
    return lower === upper
      ? `${word} ${format(lower)}`
      : `${word} ${format(lower)}–${format(upper)}`;
  }
  return lower !== undefined ? `${word} ≥ ${format(lower)}` : `${word} ≤ ${format(upper!)}`;
}

/**
 * Plot marks for a target on the y axis: a dashed rule per bound, a shaded band between the
 * bounds (to the domain's edge when one-sided) and a label at the right end.
 * @example marks.push(...targetMarks({ lower: 0.9 }, { domain: [0.8, 1], format: valueFormatter("percent") }))
 */
export function targetMarks(target: ChartTarget, options: TargetMarksOptions): Plot.Markish[] {
  const { domain, format = String, chart = "targetMarks" } = options;
  const { lower, upper } = targetBounds(target, chart);
  const band = { lower: lower ?? domain[0], upper: upper ?? domain[1] };
  const rules = [...new Set([lower, upper].filter((v): v is number => v !== undefined))];
  const label = options.label ?? targetLabel(target, format);
  return [
    ...(band.lower < band.upper
      ? [
          Plot.rectY([band], {
            y1: "lower",
            y2: "upper",
            fill: theme.targetColor,
            fillOpacity: 0.12,
          }),
        ]
      : []),
    Plot.ruleY(rules, { stroke: theme.targetColor, strokeWidth: 1.5, strokeDasharray: "4,3" }),
    Plot.text([label], {
      y: [upper ?? lower],
      frameAnchor: "right",
      textAnchor: "end",
      dx: -4,
      dy: -7,
    }),
  ];
}
