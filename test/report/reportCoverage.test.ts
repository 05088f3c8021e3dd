import { describe, expect, it } from "vitest";
import { reportCoverage } from "../../lib/report/reportCoverage.js";
import { collectReportInfo } from "../../lib/report/collectReportInfo.js";
import { reportInfo, reportInfoMimeType } from "../../lib/report/reportInfo.js";
import { renderNotebookHtml } from "../../lib/report/renderNotebookHtml.js";
import { code, notebook } from "./notebookFixture.js";

describe("reportCoverage", () => {
  it("reportCoverage is incomplete for a report date beyond the data, naming where the data ends", () => {
    expect(reportCoverage("2026-10-29", "2026-12-31")).toEqual({
      status: "incomplete",
      date: "2026-12-31",
      dataEnds: "2026-10-29",
      note: "data ends 2026-10-29, before the report date 2026-12-31",
    });
    expect(reportCoverage("2026-10-29", "2026-10-29").status).toBe("complete");
    expect(reportCoverage("2026-10-29", "2026-10-01").status).toBe("complete");
  });

  it("reportCoverage rejects a day that is not a calendar day", () => {
    expect(() => reportCoverage("2026-10-29", "2026-13-45")).toThrow(
      /reportCoverage: date "2026-13-45" is not a calendar day; pass YYYY-MM-DD/,
    );
    expect(() => reportCoverage("", "2026-10-29")).toThrow(/dataEnds "" is not a calendar day/);
  });

  it("collectReportInfo and renderNotebookHtml carry an incomplete coverage into the header and a banner", () => {
    const coverage = reportCoverage("2026-10-29", "2026-12-31");
    const cell = code("");
    if (cell.cell_type === "code")
      cell.outputs = [
        {
          output_type: "display_data",
          data: { [reportInfoMimeType]: reportInfo({ period: "p", coverage }) },
          metadata: {},
        },
      ];
    const executed = notebook([cell]);
    expect(collectReportInfo(executed).coverage).toEqual(coverage);
    const html = renderNotebookHtml(executed, { status: "incomplete" });
    expect(html).toContain(
      '<span class="status status-failed">incomplete</span> <small>data ends 2026-10-29, before the report date 2026-12-31</small>',
    );
    expect(html).toMatch(
      /<div class="banner" role="alert"><strong>This report is incomplete:<\/strong> data ends 2026-10-29/,
    );
  });
});
