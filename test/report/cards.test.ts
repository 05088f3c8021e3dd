import { describe, expect, it } from "vitest";
import { kpiCardsHtml } from "../../lib/report/kpiCardsHtml.js";
import { recommendationCardsHtml } from "../../lib/report/recommendationCardsHtml.js";
import { renderNotebookHtml } from "../../lib/report/renderNotebookHtml.js";
import { reportInfo, reportInfoMimeType } from "../../lib/report/reportInfo.js";
import type { CodeCell } from "../../lib/report/Notebook.js";
import { code, markdown, notebook } from "./notebookFixture.js";

describe("report cards and header", () => {
  it("kpiCardsHtml shows value, status and target, escaping every field", () => {
    const html = kpiCardsHtml([
      {
        name: "Precision <b>",
        value: "81.2%",
        target: "≥ 80%",
        status: "met",
        detail: "n = 1,204",
      },
      { name: "Backlog", value: "2,310", target: "≤ 1,500", status: "missed" },
    ]);
    expect(html).toContain(
      '<div class="card kpi kpi-met"><div class="card-name">Precision &lt;b&gt;</div><div class="card-value">81.2%</div>',
    );
    expect(html).toContain('<span class="status status-missed">missed</span> target ≤ 1,500');
    expect(html).toContain('<div class="card-detail">n = 1,204</div>');
  });

  it("recommendationCardsHtml numbers the cards and escapes the text", () => {
    const html = recommendationCardsHtml([
      {
        title: "Threshold",
        action: "Raise counterfeit_v4 to 0.88",
        impact: "precision 64% → 85%",
        owner: "<ops>",
      },
    ]);
    expect(html).toContain(
      '<div class="card-name">1. Threshold</div><div class="card-action">Raise counterfeit_v4 to 0.88</div>',
    );
    expect(html).toContain("Owner: &lt;ops&gt;");
  });

  it("renderNotebookHtml moves a report-info display into the header and shows nothing inline", () => {
    const cell: CodeCell = {
      ...(code("1") as CodeCell),
      outputs: [
        {
          output_type: "display_data",
          data: {
            [reportInfoMimeType]: reportInfo({
              period: "2026-08-01 – 2026-10-29",
              dataAsOf: "2026-10-29 23:58 KST <x>",
            }),
          },
          metadata: {},
        },
      ],
    };
    const html = renderNotebookHtml(notebook([markdown("# T"), cell]));
    expect(html).toContain("<div><dt>Period</dt><dd>2026-08-01 – 2026-10-29</dd></div>");
    expect(html).toContain("<div><dt>Data as of</dt><dd>2026-10-29 23:58 KST &lt;x&gt;</dd></div>");
    expect(html).not.toContain(reportInfoMimeType);
  });
});
