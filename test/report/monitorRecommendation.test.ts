import { describe, expect, it } from "vitest";
import { monitorRecommendation } from "../../lib/report/monitorRecommendation.js";
import { driftAlarms } from "../../lib/stream/driftAlarms.js";
import { monitorAlert, shift } from "../stream/monitorFixtures.js";

const before = monitorAlert("drift", "2026-09-29T00:00:00.000Z");
const caught = monitorAlert("drift", "2026-10-01T00:30:00.000Z"); // 9.5 h after the start

describe("monitorRecommendation", () => {
  it("monitorRecommendation keeps the settings that caught the shift, rounding the hours up", () => {
    const clean = monitorRecommendation(driftAlarms([caught], shift), 89.6);
    expect(clean).toMatch(
      /^\*\*Recommendation:\*\* run the monitor on the live feed with these settings: it caught this calibration shift within about 10 hours without a false drift alarm in 90 days\. For a faster signal/,
    );
    const noisy = monitorRecommendation(driftAlarms([before, caught], shift), 90);
    expect(noisy).toContain("within about 10 hours. For a faster signal");
    expect(noisy).not.toContain("without a false drift alarm");
  });

  it("monitorRecommendation loosens the alarm that missed the shift, and reviews alarms without one", () => {
    expect(monitorRecommendation(driftAlarms([before], shift), 90)).toBe(
      "**Recommendation:** lower the PSI threshold or lengthen the drift window; this one missed the calibration shift.",
    );
    expect(monitorRecommendation(driftAlarms([before]), 90)).toBe(
      "**Recommendation:** run the monitor on the live feed with these settings and review each alarm above against the change log.",
    );
  });
});
