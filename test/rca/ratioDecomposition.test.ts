import { describe, expect, it } from "vitest";
import { leafCube } from "../../lib/rca/leafCube.js";
import { ratioDecomposition } from "../../lib/rca/ratioDecomposition.js";
import { additiveContributions } from "../../lib/rca/additiveContributions.js";

const rows = [
  { period: "baseline", queue: "A", hit: 8, n: 10 },
  { period: "baseline", queue: "B", hit: 1, n: 10 },
  { period: "current", queue: "A", hit: 4, n: 10 },
  { period: "current", queue: "B", hit: 3, n: 30 },
];
const period = (r: { period: string }) => r.period as "baseline" | "current";

describe("ratioDecomposition", () => {
  it("ratioDecomposition splits a rate change into hand-checked rate, mix and interaction effects", () => {
    const cube = leafCube(rows, { dims: ["queue"], numerator: "hit", denominator: "n", period });
    const d = ratioDecomposition(cube, "queue");
    expect(d.baseline).toBeCloseTo(0.45, 12);
    expect(d.current).toBeCloseTo(0.175, 12);
    const a = d.segments.find((s) => s.value === "A")!;
    // w0 = .5 → .25, r .8 → .4: rate .5·(−.4), mix −.25·(.8 − .45), interaction −.25·(−.4)
    expect(a.rateEffect).toBeCloseTo(-0.2, 12);
    expect(a.mixEffect).toBeCloseTo(-0.0875, 12);
    expect(a.interactionEffect).toBeCloseTo(0.1, 12);
    const b = d.segments.find((s) => s.value === "B")!;
    expect(b.rateEffect).toBeCloseTo(0, 12);
    expect(b.mixEffect).toBeCloseTo(-0.0875, 12);
    expect(d.rateEffect + d.mixEffect + d.interactionEffect).toBeCloseTo(d.change, 12);
    expect(d.segments[0].value).toBe("A");
  });

  it("ratioDecomposition treats a segment that appears or vanishes as pure mix, and the effects still add up", () => {
    const more = [
      ...rows,
      { period: "current", queue: "C", hit: 0, n: 20 },
      { period: "baseline", queue: "D", hit: 5, n: 5 },
    ];
    const d = ratioDecomposition(
      leafCube(more, { dims: ["queue"], numerator: "hit", denominator: "n", period }),
      "queue",
    );
    const c = d.segments.find((s) => s.value === "C")!;
    expect(c.status).toBe("new");
    expect(c.baseline.rate).toBeNull();
    expect(c.rateEffect).toBe(0);
    expect(c.interactionEffect).toBe(0);
    expect(d.segments.find((s) => s.value === "D")!.status).toBe("gone");
    expect(d.rateEffect + d.mixEffect + d.interactionEffect).toBeCloseTo(d.change, 12);
    expect(d.segments.reduce((acc, s) => acc + s.total, 0)).toBeCloseTo(d.change, 12);
  });

  it("ratioDecomposition refuses an additive cube and an unknown dimension", () => {
    const additive = leafCube(rows, { dims: ["queue"], measure: "hit", period });
    expect(() => ratioDecomposition(additive, "queue")).toThrow(
      /ratioDecomposition needs a ratio KPI/,
    );
    const cube = leafCube(rows, { dims: ["queue"], numerator: "hit", denominator: "n", period });
    expect(() => ratioDecomposition(cube, "country")).toThrow(
      /dimension "country" is not in the cube; choose one of queue/,
    );
  });
});

describe("additiveContributions", () => {
  it("additiveContributions gives each value its change, adding up to the total, negatives allowed", () => {
    const data = [...rows, { period: "current", queue: "C", hit: -2, n: 1 }];
    const d = additiveContributions(
      leafCube(data, { dims: ["queue"], measure: "hit", period }),
      "queue",
    );
    expect(d.baseline).toBe(9);
    expect(d.current).toBe(5);
    expect(d.segments.map((s) => [s.value, s.contribution])).toEqual([
      ["A", -4],
      ["B", 2],
      ["C", -2],
    ]);
    expect(d.segments.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 12);
  });

  it("additiveContributions scales the baseline for periods of different length", () => {
    const d = additiveContributions(
      leafCube(rows, { dims: ["queue"], measure: "hit", period }),
      "queue",
      0.5,
    );
    expect(d.baseline).toBe(4.5);
    expect(d.segments.find((s) => s.value === "A")!.contribution).toBe(0);
  });
});
