import { describe, expect, it } from "vitest";
import type { RcaCause } from "../../lib/rca/RcaCause.js";
import { causeSummary } from "../../lib/report/causeSummary.js";

const cause = (fields: Partial<RcaCause>): RcaCause => ({
  segment: { queue: "contact", detector: "ct_phone" },
  score: 1,
  baseline: 0.84,
  current: 0.61,
  contribution: -0.1,
  explanatoryPower: 0.72,
  surprise: 0.01,
  effectSize: -0.23,
  zScore: -3,
  support: { baseline: 4, current: 2 },
  counts: {
    baseline: { numerator: 420, denominator: 500 },
    current: { numerator: 146, denominator: 240 },
  },
  ...fields,
});

describe("causeSummary", () => {
  it("causeSummary gives the segment in bold, both rates, this period's n and its share", () => {
    expect(causeSummary(cause({}))).toBe(
      "**queue = contact, detector = ct_phone** (84.0% → 61.0%, n 240, 72.0% of the change)",
    );
  });

  it("causeSummary shows the missing symbol for a rate or n it does not have", () => {
    expect(causeSummary(cause({ baseline: null, counts: undefined }))).toBe(
      "**queue = contact, detector = ct_phone** (– → 61.0%, n –, 72.0% of the change)",
    );
  });
});
