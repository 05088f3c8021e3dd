import { basename } from "node:path";
import type { ReportResult } from "./ReportResult.js";
import { escapeHtml } from "./escapeHtml.js";
import { reportDocument } from "./reportDocument.js";
import { reportStyles } from "./reportStyles.js";
import type { RunContext } from "./RunContext.js";

const statusLabel = {
  ok: "complete",
  incomplete: "incomplete",
  failed: "failed",
  invalid: "not run",
} as const;

/**
 * The report suite's index page: every report with its period, status and parameters, and links
 * to its deck and workbook when they were written. No durations or clocks, so a rerun on the same
 * inputs gives the same bytes (durations are in manifest.json).
 * @example renderIndexHtml(results)
 */
export function renderIndexHtml(results: readonly ReportResult[], context?: RunContext): string {
  const failed = results.filter((r) => r.status !== "ok").length;
  const rows = results
    .map((r) => {
      const link = r.html
        ? `<a href="${escapeHtml(encodeURI(basename(r.html)))}">${escapeHtml(r.title)}</a>`
        : escapeHtml(r.title);
      const params = Object.entries(r.parameters)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(", ");
      const detail =
        r.status === "ok"
          ? ""
          : `<br><small>${escapeHtml(r.message ?? "")}${r.failedCell ? ` (cell ${r.failedCell})` : ""}</small>`;
      const summary = r.summary ? `<br><span class="summary">${escapeHtml(r.summary)}</span>` : "";
      const period = r.info?.period ? escapeHtml(r.info.period) : "";
      const deck = r.deck
        ? ` · <a href="${escapeHtml(encodeURI(basename(r.deck)))}">PowerPoint deck</a>`
        : "";
      const workbook = r.xlsx
        ? ` · <a href="${escapeHtml(encodeURI(basename(r.xlsx)))}">Excel workbook</a>`
        : "";
      return `<tr><td>${link}${summary}<br><small>${escapeHtml(r.notebook)}${deck}${workbook}</small>${detail}</td><td>${period}</td><td><span class="status status-${r.status === "ok" ? "ok" : "failed"}">${statusLabel[r.status]}</span></td><td>${escapeHtml(params)}</td></tr>`;
    })
    .join("\n");
  const summary = failed
    ? `<div class="banner" role="alert">${failed} of ${results.length} reports did not render completely.</div>`
    : `<p>All ${results.length} reports rendered.</p>`;
  const body = `<header class="report-header"><p class="kicker">TnS Kit</p><h1>Trust &amp; Safety reports</h1></header>${summary}
<table><thead><tr><th>Report</th><th>Period</th><th>Status</th><th>Parameters</th></tr></thead><tbody>${rows}</tbody></table>
<footer>Static pages rendered by TnS Kit: open them offline in any browser.${
    context
      ? ` Code: git <code>${escapeHtml(context.gitCommit.slice(0, 12))}</code>; ${context.data.length} dataset inputs hashed in <a href="manifest.json">manifest.json</a>.`
      : ""
  }</footer>`;
  return reportDocument({ title: "Trust & Safety reports", styles: reportStyles, body });
}
