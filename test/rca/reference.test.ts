import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adtributor } from "../../lib/rca/adtributor.js";
import { causeEvidence } from "../../lib/rca/causeEvidence.js";
import { cuboids } from "../../lib/rca/cuboids.js";
import { dimensionSums } from "../../lib/rca/dimensionSums.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { ratioDecomposition } from "../../lib/rca/ratioDecomposition.js";
import { rippleCandidates } from "../../lib/rca/rippleCandidates.js";
import type { Segment } from "../../lib/rca/Segment.js";

// Written independently in Python from the papers' formulas: test/fixtures/rca/make_reference.py.
interface Reference {
  rows: { a: string; b: string; period: "baseline" | "current"; num: number; den: number }[];
  decomposition: Record<string, { rate: number; mix: number; interaction: number }>;
  adtributorAdditive: Adt;
  adtributorRatio: Adt;
  rippleGains: { segment: Segment; gain: number }[];
}
interface Adt {
  elements: { segment: Segment; explanatoryPower: number; surprise: number }[];
  causes: Segment[];
}
const ref = JSON.parse(readFileSync("test/fixtures/rca/reference.json", "utf8")) as Reference;
const period = (r: Reference["rows"][number]) => r.period;
const ratio = leafCube(ref.rows, {
  dims: ["a", "b"],
  numerator: "num",
  denominator: "den",
  period,
});
const additive = leafCube(ref.rows, { dims: ["a", "b"], measure: "num", period });

describe("lib/rca against the Python reference", () => {
  it("ratioDecomposition matches the reference rate, mix and interaction effects", () => {
    for (const s of ratioDecomposition(ratio, "a").segments) {
      const expected = ref.decomposition[s.value];
      expect(s.rateEffect).toBeCloseTo(expected.rate, 12);
      expect(s.mixEffect).toBeCloseTo(expected.mix, 12);
      expect(s.interactionEffect).toBeCloseTo(expected.interaction, 12);
    }
  });

  it("Adtributor's explanatory power, surprise and chosen sets match, additive and derived", () => {
    for (const [cube, expected] of [
      [additive, ref.adtributorAdditive],
      [ratio, ref.adtributorRatio],
    ] as const) {
      const scale =
        cube.kind === "ratio"
          ? cube.totals.current.denominator / cube.totals.baseline.denominator
          : 1;
      for (const e of expected.elements) {
        const [dim, value] = Object.entries(e.segment)[0];
        const { index, sums } = dimensionSums(cube, dim);
        const got = causeEvidence(e.segment, sums[cube.labels[index].indexOf(value)], cube, scale);
        expect(got.explanatoryPower).toBeCloseTo(e.explanatoryPower, 12);
        expect(got.surprise).toBeCloseTo(e.surprise, 12);
      }
      expect(adtributor(cube).causes.map((c) => c.segment)).toEqual(expected.causes);
    }
  });

  it("ripple gains equal HotSpot's potential score computed leaf by leaf", () => {
    const { candidates } = rippleCandidates(additive, cuboids(2, 2), 1, 0);
    const label = (codes: Int32Array) =>
      JSON.stringify(
        Object.fromEntries(
          [...codes].flatMap((c, d) => (c < 0 ? [] : [[additive.dims[d], additive.labels[d][c]]])),
        ),
      );
    const got = new Map(candidates.map((c) => [label(c.codes), c.gain]));
    const positive = ref.rippleGains.filter((g) => g.gain > 0);
    expect(positive.length).toBeGreaterThan(3);
    for (const g of positive) expect(got.get(JSON.stringify(g.segment))).toBeCloseTo(g.gain, 12);
  });
});
