import { basename } from "node:path";
import type { ReportResult } from "./ReportResult.js";
import { escapeHtml } from "./escapeHtml.js";
import { reportDocument } from "./reportDocument.js";
import { reportStyles } from "./reportStyles.js";
import type { RunContext } from "./RunContext.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/**
 * The report suite's index page: every report with its period, status and parameters, and links
 * to its deck and workbook when they were written. No durations or clocks, so a rerun on the same
 * inputs gives the same bytes (durations are in manifest.json).
 * The page's words are in `lang` (default "en").
 * @example renderIndexHtml(results)
 */
export function renderIndexHtml(
  results: readonly ReportResult[],
  context?: RunContext,
  lang: Lang = "en",
): string {
  const words = messages(lang);
  const t = words.index;
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
          : `<br><small>${escapeHtml(r.message ?? "")}${r.failedCell ? escapeHtml(t.atCell(r.failedCell)) : ""}</small>`;
      const summary = r.summary ? `<br><span class="summary">${escapeHtml(r.summary)}</span>` : "";
      const period = r.info?.period ? escapeHtml(r.info.period) : "";
      const deck = r.deck
        ? ` · <a href="${escapeHtml(encodeURI(basename(r.deck)))}">${escapeHtml(t.deck)}</a>`
        : "";
      const workbook = r.xlsx
        ? ` · <a href="${escapeHtml(encodeURI(basename(r.xlsx)))}">${escapeHtml(t.workbook)}</a>`
        : "";
      return `<tr><td>${link}${summary}<br><small>${escapeHtml(r.notebook)}${deck}${workbook}</small>${detail}</td><td>${period}</td><td><span class="status status-${r.status === "ok" ? "ok" : "failed"}">${escapeHtml(words.status[r.status])}</span></td><td>${escapeHtml(params)}</td></tr>`;
    })
    .join("\n");
  const summary = failed
    ? `<div class="banner" role="alert">${escapeHtml(t.notAll(failed, results.length))}</div>`
    : `<p>${escapeHtml(t.all(results.length))}</p>`;
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = `<header class="report-header"><p class="kicker">${escapeHtml(t.kicker)}</p><h1>${escapeHtml(t.title)}</h1></header>${summary}
<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>
<footer>${escapeHtml(t.footer)}${
    context
      ? ` ${escapeHtml(words.report.manifestCode)} <code>${escapeHtml(context.gitCommit.slice(0, 12))}</code>; ${escapeHtml(t.inputs(context.data.length))} <a href="manifest.json">manifest.json</a>.`
      : ""
  }</footer>`;
  return reportDocument({ title: t.title, styles: reportStyles, body, lang });
}
