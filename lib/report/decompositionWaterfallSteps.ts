import type { WaterfallStep } from "../charts/contributionWaterfallChart.js";
import type { RatioDecomposition } from "../rca/ratioDecomposition.js";

/**
 * The steps of a contribution waterfall from a ratio decomposition: the `top` values with the
 * largest total effect, each labelled `dimension value`, then the rest summed as one step
 * ("N other values") when there are more.
 * @example decompositionWaterfallSteps(ratioDecomposition(cube, "queue"), 5) // [{ label: "queue contact", value: -0.09 }, …]
 */
export function decompositionWaterfallSteps(
  decomposition: RatioDecomposition,
  top = 5,
): WaterfallStep[] {
  const { dimension, segments } = decomposition;
  const shown = segments
    .slice(0, top)
    .map((s) => ({ label: `${dimension} ${s.value}`, value: s.total }));
  if (segments.length <= top) return shown;
  const rest = segments.slice(top).reduce((a, s) => a + s.total, 0);
  return [...shown, { label: `${segments.length - top} other values`, value: rest }];
}
