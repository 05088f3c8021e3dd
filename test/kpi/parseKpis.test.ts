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

  it("parseKpis rejects a percent that can exceed 100%: numerator rows that are not denominator rows", () => {
    // The sample's old reviews_completeness: decisions over flagged listings, shown as a percent.
    const rate = `    format: percent
    formula:
      ratio:
        numerator: { table: reviews, time: reviewed_at }
        denominator: { table: flags, time: flagged_at, where: { action: review }, distinct: listing_id }`;
    expect(() => parseKpis(kpi(rate), "k.yaml")).toThrow(
      /k\.yaml, KPI precision, formula\.ratio: a percent can exceed 100% \(numerator term 1 \(reviews by reviewed_at\) is not part of the denominator\); make every numerator term a denominator term with a stricter where .* or use format: number for a rate/,
    );
    // The same ratio as a rate is allowed.
    expect(parseKpis(kpi(rate.replace("percent", "number"))).kpis[0].format).toBe("number");
    // A numerator looser than its denominator, or a scale, can also pass 100%.
    const looser = `    format: percent
    formula:
      ratio:
        numerator: { table: reviews, time: reviewed_at, where: { decision: [violation, escalate] } }
        denominator: { table: reviews, time: reviewed_at, where: { decision: [violation, no_violation] } }`;
    expect(() => parseKpis(kpi(looser))).toThrow(/a percent can exceed 100% \(numerator term 1/);
    expect(() => parseKpis(kpi(`    format: percent\n${ratio}\n      scale: 100`))).toThrow(
      /a percent can exceed 100% \(scale is 100, not 1\)/,
    );
  });

  it("parseKpis accepts shares whose numerator is a stricter part of the denominator", () => {
    const shares = [
      ratio,
      ratio.replace(
        "where: { decision: violation }",
        "where: { decision: violation, queue: fraud }",
      ),
      `    formula:
      ratio:
        numerator: { table: reviews, time: reviewed_at, where: { hours: { gt: 24 }, decision: violation } }
        denominator: { table: reviews, time: reviewed_at, where: { decision: [violation, no_violation] } }`,
      `    formula:
      ratio:
        numerator: { table: reviews, time: reviewed_at, where: { decision: violation } }
        denominator:
          - { table: reviews, time: reviewed_at, where: { decision: violation } }
          - { table: audits, time: audited_at, inverse_weight: p }`,
    ];
    for (const share of shares)
      expect(parseKpis(kpi(`    format: percent\n${share}`)).kpis[0].format).toBe("percent");
  });

  it("parseKpis reads a target grain and rejects one coarser than the KPI's or unknown", () => {
    const daily = kpi(ratio).replace("grain: week", "grain: day");
    expect(
      parseKpis(kpi(`    target: { value: 0.8, direction: higher, grain: day }\n${ratio}`)).kpis[0]
        .target,
    ).toEqual({ value: 0.8, direction: "higher", warning: undefined, grain: "day" });
    expect(() =>
      parseKpis(
        daily.replace(
          "    formula:",
          "    target: { value: 1, direction: lower, grain: week }\n    formula:",
        ),
        "k.yaml",
      ),
    ).toThrow(
      /k\.yaml, KPI precision, target\.grain: week is coarser than the KPI's grain day; state the target per day or finer/,
    );
    expect(() =>
      parseKpis(kpi(`    target: { value: 0.8, direction: higher, grain: hour }\n${ratio}`)),
    ).toThrow(/target\.grain: "hour" is invalid; use day, week or month/);
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
