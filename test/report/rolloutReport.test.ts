import { describe, expect, it } from "vitest";
import { rolloutFinding } from "../../lib/report/rolloutFinding.js";
import { rolloutShiftTable } from "../../lib/report/rolloutShiftTable.js";
import type { ThresholdRecommendation } from "../../lib/tuning/ThresholdRecommendation.js";
import { rolloutShiftFixture } from "../tuning/modelReadoutFixture.js";

describe("rolloutShiftTable", () => {
  it("rolloutShiftTable shows drift, KS and both flag rates at the threshold in one row", () => {
    const s = rolloutShiftFixture();
    const html = rolloutShiftTable(s);
    expect(html).toContain(
      "Same listings scored by cf_v1 and cf_v2 (shadow period). PSI over cf_v1&#39;s score deciles; KS = largest gap between the score CDFs.",
    );
    // At 0.5 the old scores flag 4 of 10 listings, the new ones 5 of 10.
    expect(s.shift.flagRateBefore).toBe(0.4);
    expect(html).toContain("flag rate cf_v1 @0.50");
    expect(html).toContain(">40.0%<");
    expect(html).toContain(">50.0%<");
    expect(html).toContain(s.drift.psi.toFixed(3));
    expect(html).toContain(`>${s.drift.verdict}<`);
  });

  it("rolloutShiftTable writes a tiny KS p-value as < 0.0001", () => {
    const s = rolloutShiftFixture();
    const html = rolloutShiftTable({ ...s, drift: { ...s.drift, ksPValue: 1e-9 } });
    expect(html).toContain("&lt; 0.0001");
  });
});

describe("rolloutFinding", () => {
  it("rolloutFinding says when the new model went live (local day), the shift and the re-tune", () => {
    const s = rolloutShiftFixture();
    const retune = { threshold: 0.62 } as ThresholdRecommendation;
    const text = rolloutFinding(s, { zone: "Asia/Seoul", retune });
    expect(text).toBe(
      `**Finding.** cf_v2 went live on 2026-10-01 in place of cf_v1. ${s.shift.summary} PSI ${s.drift.psi.toFixed(2)} (${s.drift.verdict}), KS ${s.drift.ks.toFixed(3)}. The recommendation above (0.62) is the re-tune this shift calls for.`,
    );
    expect(rolloutFinding(s, { zone: "UTC" })).toMatch(
      /^\*\*Finding\.\*\* cf_v2 went live on 2026-09-30 .*KS \d\.\d{3}\.$/,
    );
  });
});
