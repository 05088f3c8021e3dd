import { describe, expect, it } from "vitest";
import { lowestDailyPrecision } from "../../lib/stream/lowestDailyPrecision.js";

const day = (d: string, precision: number, decided: number) => ({
  day: d,
  precision,
  lower: precision - 0.1,
  upper: precision + 0.1,
  decided,
});

describe("lowestDailyPrecision", () => {
  it("lowestDailyPrecision skips days with fewer than minDecided decisions", () => {
    const days = [
      day("2026-10-01", 0.9, 40),
      day("2026-10-02", 0.2, 5),
      day("2026-10-03", 0.7, 20),
    ];
    expect(lowestDailyPrecision(days, 20)?.day).toBe("2026-10-03");
    expect(lowestDailyPrecision(days)?.day).toBe("2026-10-02");
  });

  it("lowestDailyPrecision keeps the first day on a tie and is undefined when no day qualifies", () => {
    const tie = [day("2026-10-01", 0.8, 30), day("2026-10-02", 0.8, 30)];
    expect(lowestDailyPrecision(tie, 20)?.day).toBe("2026-10-01");
    expect(lowestDailyPrecision(tie, 31)).toBeUndefined();
    expect(lowestDailyPrecision([])).toBeUndefined();
  });
});
