import { describe, expect, it } from "vitest";
import { renderNotebook } from "../notebooks/harness.js";

// Issue 10/11: a report date beyond the data is reported as such, never rendered as complete,
// and no KPI is "met" on no data.
describe("reports dated past the end of the data", { timeout: 1_800_000 }, () => {
  for (const notebook of ["00-executive-summary", "01-detection-overview", "04-kpi-dashboard"]) {
    it(`${notebook} is incomplete, says where the data ends and judges nothing on no data`, async () => {
      const { result, html } = await renderNotebook(notebook, {
        parameters: { date: "2026-12-31" },
      });
      expect(result.status).toBe("incomplete");
      expect(result.message).toBe("data ends 2026-10-29, before the report date 2026-12-31");
      expect(html).toContain(
        "<strong>This report is incomplete:</strong> data ends 2026-10-29, before the report date 2026-12-31",
      );
      // KPI cards for periods after the data are "no data", never met.
      const met = [
        ...html.matchAll(
          /<div class="card kpi kpi-met"><div class="card-name">[^<]*\((?:day|week) of 2026-1[12]-/g,
        ),
      ];
      expect(met).toEqual([]);
    });
  }
});
