import { describe, expect, it } from "vitest";
import { kpiTargetText } from "../../lib/kpi/kpiTargetText.js";

describe("kpiTargetText", () => {
  it("kpiTargetText writes the direction and the target in the KPI's format", () => {
    const higher = { value: 0.85, direction: "higher" } as const;
    expect(kpiTargetText({ format: "percent", target: higher })).toBe("≥ 85.0%");
    expect(kpiTargetText({ format: "hours", target: { value: 4, direction: "lower" } })).toBe(
      "≤ 4.0 h",
    );
  });

  it("kpiTargetText says none without a target, in the report's language", () => {
    expect(kpiTargetText({ format: "percent" })).toBe("none");
    expect(kpiTargetText({ format: "percent" }, "ko")).toBe("없음");
  });
});
