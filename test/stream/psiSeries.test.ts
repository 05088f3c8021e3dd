import { describe, expect, it } from "vitest";
import { psiSeries } from "../../lib/stream/psiSeries.js";
import { monitorWindow } from "./monitorFixtures.js";

describe("psiSeries", () => {
  it("psiSeries gives each family's PSI at the end of every window that computed one", () => {
    const windows = [
      monitorWindow("2026-10-01T00:00:00.000Z", 5),
      monitorWindow("2026-10-01T01:00:00.000Z", 5, { counterfeit: 0.05, contact: 0.31 }),
      monitorWindow("2026-10-01T02:00:00.000Z", 5, { counterfeit: 0.07 }),
    ];
    expect(psiSeries(windows)).toEqual([
      { end: "2026-10-01T02:00:00.000Z", psi: 0.05, family: "counterfeit" },
      { end: "2026-10-01T02:00:00.000Z", psi: 0.31, family: "contact" },
      { end: "2026-10-01T03:00:00.000Z", psi: 0.07, family: "counterfeit" },
    ]);
    expect(psiSeries([])).toEqual([]);
  });
});
