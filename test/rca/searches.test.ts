import { describe, expect, it } from "vitest";
import { adtributor } from "../../lib/rca/adtributor.js";
import { jsSurprise } from "../../lib/rca/jsSurprise.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { rippleSearch } from "../../lib/rca/rippleSearch.js";
import { plantedRows, type PlantedRow } from "./plantedRows.js";

const sizes = { region: 8, device: 5, channel: 6, tier: 4 };
const dims = Object.keys(sizes);
const period = (r: PlantedRow) => r.period;
const additive = (rows: PlantedRow[]) => leafCube(rows, { dims, measure: "count", period });
const ratio = (rows: PlantedRow[]) =>
  leafCube(rows, { dims, numerator: "hits", denominator: "trials", period });

describe("rippleSearch on generated data with planted causes", () => {
  it("rippleSearch finds a single planted two-dimensional additive cause, best first", () => {
    const rows = plantedRows({
      seed: 1,
      sizes,
      lifts: [{ segment: { region: "region3", device: "device1" }, factor: 3 }],
    });
    const result = rippleSearch(additive(rows));
    expect(result.causes[0].segment).toEqual({ region: "region3", device: "device1" });
    expect(result.causes[0].explanatoryPower).toBeGreaterThan(0.9);
    expect(result.potentialScore).toBeGreaterThan(0.8);
    // Every segment of every cuboid up to depth 3 is scored at least once (then again on what is left).
    expect(result.candidates).toBeGreaterThanOrEqual(
      8 +
        5 +
        6 +
        4 +
        8 * 5 +
        8 * 6 +
        8 * 4 +
        5 * 6 +
        5 * 4 +
        6 * 4 +
        8 * 5 * 6 +
        8 * 5 * 4 +
        8 * 6 * 4 +
        5 * 6 * 4,
    );
  });

  it("rippleSearch finds two planted additive causes in different cuboids, one a drop", () => {
    const rows = plantedRows({
      seed: 2,
      sizes,
      lifts: [
        { segment: { region: "region5", channel: "channel2" }, factor: 4 },
        { segment: { device: "device0", tier: "tier3" }, factor: 0.1 },
      ],
    });
    const segments = rippleSearch(additive(rows), { top: 2 }).causes.map((c) => c.segment);
    expect(segments).toEqual(
      expect.arrayContaining([
        { region: "region5", channel: "channel2" },
        { device: "device0", tier: "tier3" },
      ]),
    );
  });

  it("rippleSearch finds a planted rate drop in a ratio KPI and reports its rates", () => {
    const rows = plantedRows({
      seed: 3,
      sizes,
      rates: [{ segment: { device: "device2", channel: "channel4" }, rate: 0.3 }],
    });
    const [top] = rippleSearch(ratio(rows)).causes;
    expect(top.segment).toEqual({ device: "device2", channel: "channel4" });
    expect(top.current!).toBeLessThan(0.35);
    expect(top.baseline!).toBeGreaterThan(0.6);
    expect(top.zScore!).toBeLessThan(-10);
    expect(top.counts!.current.denominator).toBeGreaterThan(0);
  });

  it("rippleSearch finds two planted rate changes of a ratio KPI", () => {
    const rows = plantedRows({
      seed: 4,
      sizes,
      rates: [
        { segment: { region: "region1" }, rate: 0.2 },
        { segment: { channel: "channel5", tier: "tier0" }, rate: 0.1 },
      ],
    });
    const segments = rippleSearch(ratio(rows), { top: 2 }).causes.map((c) => c.segment);
    expect(segments).toEqual(
      expect.arrayContaining([{ region: "region1" }, { channel: "channel5", tier: "tier0" }]),
    );
  });

  it("rippleSearch prefers the parent when a cause covers it all (no needless detail)", () => {
    const rows = plantedRows({
      seed: 5,
      sizes,
      lifts: [{ segment: { tier: "tier2" }, factor: 2 }],
    });
    expect(rippleSearch(additive(rows)).causes[0].segment).toEqual({ tier: "tier2" });
  });

  it("rippleSearch rejects bad options with the allowed range", () => {
    const cube = additive(plantedRows({ seed: 1, sizes: { a: 2, b: 2 } }));
    expect(() => rippleSearch(cube, { maxDepth: 0 })).toThrow(
      /maxDepth: 0 is not valid; expected a whole number ≥ 1/,
    );
    expect(() => rippleSearch(cube, { minGain: 1.5 })).toThrow(
      /minGain: 1.5 is not valid; expected a number in \[0, 1\)/,
    );
  });
});

describe("adtributor", () => {
  it("jsSurprise is the element's Jensen–Shannon term", () => {
    // p = .1, q = .3, m = .2: ½(.1·ln .5 + .3·ln 1.5)
    expect(jsSurprise(0.1, 0.3)).toBeCloseTo(0.5 * (0.1 * Math.log(0.5) + 0.3 * Math.log(1.5)), 14);
    expect(jsSurprise(0, 0.2)).toBeCloseTo(0.5 * 0.2 * Math.log(2), 14);
    expect(jsSurprise(0, 0)).toBe(0);
  });

  it("adtributor follows the paper on a hand-checked additive example", () => {
    // Forecast 100 = 50 + 30 + 20 ; actual 160 = 50 + 90 + 20: all of the change is in b.
    const rows = [
      ...["a", "b", "c"].map((dc, i) => ({ period: "baseline", dc, v: [50, 30, 20][i] })),
      ...["a", "b", "c"].map((dc, i) => ({ period: "current", dc, v: [50, 90, 20][i] })),
    ];
    const cube = leafCube(rows, {
      dims: ["dc"],
      measure: "v",
      period: (r) => r.period as "baseline" | "current",
    });
    const result = adtributor(cube);
    expect(result.causes).toHaveLength(1);
    const [b] = result.causes;
    expect(b.segment).toEqual({ dc: "b" });
    expect(b.explanatoryPower).toBe(1);
    expect(b.surprise).toBeCloseTo(jsSurprise(0.3, 90 / 160), 14);
    expect(b.score).toBe(b.surprise);
  });

  it("adtributor finds a planted one-dimensional cause of an additive KPI and of a ratio KPI", () => {
    const lifted = plantedRows({
      seed: 6,
      sizes,
      lifts: [{ segment: { channel: "channel1" }, factor: 3 }],
    });
    expect(adtributor(additive(lifted)).causes[0].segment).toEqual({ channel: "channel1" });
    const dropped = plantedRows({
      seed: 7,
      sizes,
      rates: [{ segment: { region: "region6" }, rate: 0.1 }],
    });
    const result = adtributor(ratio(dropped));
    expect(result.causes[0].segment).toEqual({ region: "region6" });
    expect(result.candidates).toBe(8 + 5 + 6 + 4);
  });

  it("adtributor cannot localise a two-dimensional cause that rippleSearch finds", () => {
    const rows = plantedRows({
      seed: 8,
      sizes,
      lifts: [{ segment: { region: "region2", tier: "tier1" }, factor: 2.5 }],
    });
    const adt = adtributor(additive(rows)).causes.map((c) => c.segment);
    expect(adt).not.toContainEqual({ region: "region2", tier: "tier1" });
    expect(rippleSearch(additive(rows)).causes[0].segment).toEqual({
      region: "region2",
      tier: "tier1",
    });
  });
});
