import { describe, expect, it } from "vitest";
import { parseKpis } from "../../lib/kpi/parseKpis.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { compileKpi } from "../../lib/kpi/compileKpi.js";

const kpi = (extra: string) => `
kpis:
  - name: precision
    description: d
    owner: o
    area: enforcement
    grain: week
${extra}`;
const ratio = `    formula:
      ratio:
        numerator: { table: reviews, time: reviewed_at, where: { decision: violation } }
        denominator: { table: reviews, time: reviewed_at }`;

describe("parseKpis", () => {
  it("parseKpis reads the sample kpis.yaml: every KPI has an owner, a grain and one formula", async () => {
    const set = await loadKpis("data/kpis.yaml");
    expect(set.kpis.length).toBeGreaterThanOrEqual(12);
    expect(new Set(set.kpis.map((k) => k.area))).toEqual(
      new Set(["enforcement", "operations", "detection", "data_integrity"]),
    );
    expect(set.derived.reviews.hours_to_decision.hours_between).toEqual([
      "enqueued_at",
      "reviewed_at",
    ]);
  });

  it("parseKpis wraps a single term in a list and defaults the title, format and scale", () => {
    const { kpis } = parseKpis(kpi(ratio));
    expect(kpis[0].formula.ratio!.numerator).toHaveLength(1);
    expect(kpis[0]).toMatchObject({ title: "precision", format: "number", dimensions: [] });
    expect(kpis[0].formula.scale).toBe(1);
  });

  it("parseKpis rejects a target with no direction, naming the KPI and the fix", () => {
    expect(() => parseKpis(kpi(`    target: { value: 0.8 }\n${ratio}`), "k.yaml")).toThrow(
      /k\.yaml, KPI precision, target\.direction: the target has no direction; add direction: higher/,
    );
    expect(() => parseKpis(kpi(`    target: 0.8\n${ratio}`))).toThrow(/has no direction/);
  });

  it("parseKpis rejects a warning bound on the good side of the target", () => {
    expect(() =>
      parseKpis(kpi(`    target: { value: 0.8, direction: higher, warning: 0.9 }\n${ratio}`)),
    ).toThrow(
      /target\.warning: 0\.9 is on the wrong side of the target 0\.8 for direction higher; the warning bound must be below/,
    );
  });

  it("parseKpis rejects zero or two formula kinds, a bad grain, bad YAML, duplicates and an empty file", () => {
    expect(() =>
      parseKpis(kpi(`    formula: { count: { table: a, time: t }, ratio: {} }`)),
    ).toThrow(/KPI precision, formula: has count and ratio; set exactly one of count, ratio/);
    expect(() => parseKpis(kpi(`    formula: { scale: 2 }`))).toThrow(/formula: has no kind/);
    expect(() => parseKpis(kpi(ratio).replace("grain: week", "grain: hour"))).toThrow(
      /grain: "hour" is invalid; use day, week or month/,
    );
    expect(() => parseKpis("kpis: [", "x.yaml")).toThrow(/x\.yaml: not valid YAML/);
    expect(() => parseKpis("other: 1", "x.yaml")).toThrow(
      /x\.yaml: no KPIs found; write a top-level `kpis:`/,
    );
    const twice = kpi(ratio) + kpi(ratio).replace("\nkpis:\n", "\n");
    expect(() => parseKpis(twice)).toThrow(/KPI precision: the name is used twice/);
    expect(() =>
      parseKpis(kpi(`    formula:\n      quantile: { table: r, time: t, value: v, q: 2 }`)),
    ).toThrow(/formula\.quantile\.q: 2 is invalid; write a number in \[0, 1\]/);
  });

  it("loadKpis names an unreadable file and the fix", async () => {
    await expect(loadKpis("test/.tmp/none.yaml")).rejects.toThrow(
      /none\.yaml: cannot read the KPI file; check --kpis/,
    );
  });
});

describe("compileKpi", () => {
  const { kpis, derived } = parseKpis(kpi(ratio));
  it("compileKpi rejects a formula naming an unknown column, with the closest column", () => {
    expect(() => compileKpi(kpis[0], { columns: { reviews: ["reviewed_at", "decison"] } })).toThrow(
      /KPI precision: column "decision" is not in table reviews \(did you mean "decison"\?\); use one of reviewed_at, decison/,
    );
  });

  it("compileKpi rejects an unknown table and accepts derived columns", () => {
    expect(() => compileKpi(kpis[0], { columns: { flags: ["flagged_at"] } })).toThrow(
      /KPI precision: table "reviews" is not loaded; use one of flags/,
    );
    const compiled = compileKpi(kpis[0], {
      columns: { reviews: ["reviewed_at", "decision"] },
      derived,
    });
    expect(compiled.binomial).toBe(true);
    expect(compiled.feeds.map((f) => f.role)).toEqual(["numerator", "denominator"]);
  });
});
