import { describe, expect, it } from "vitest";
import { decompositionWaterfallSteps } from "../../lib/report/decompositionWaterfallSteps.js";
import { queueDecomposition } from "./rcaFixture.js";

describe("decompositionWaterfallSteps", () => {
  it("decompositionWaterfallSteps labels each value with its dimension and keeps its total", () => {
    const d = queueDecomposition();
    const steps = decompositionWaterfallSteps(d);
    expect(steps.map((s) => s.label)).toEqual(d.segments.map((s) => `queue ${s.value}`));
    expect(steps.reduce((a, s) => a + s.value, 0)).toBeCloseTo(d.change, 12);
  });

  it("decompositionWaterfallSteps sums the values past `top` into one step", () => {
    const d = queueDecomposition();
    const steps = decompositionWaterfallSteps(d, 1);
    expect(steps).toEqual([
      { label: `queue ${d.segments[0].value}`, value: d.segments[0].total },
      { label: "1 other values", value: d.segments[1].total },
    ]);
  });

  it("decompositionWaterfallSteps returns no step for a decomposition without segments", () => {
    expect(decompositionWaterfallSteps({ ...queueDecomposition(), segments: [] })).toEqual([]);
  });
});
