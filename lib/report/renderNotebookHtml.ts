import type { CodeCell, ErrorOutput, Notebook, Output, ParameterValue } from "./Notebook.js";
import { coverageNote } from "./coverageNote.js";
import { cellSource } from "./cellSource.js";
import { escapeHtml } from "./escapeHtml.js";
import { renderMarkdown } from "./markdown.js";
import type { Heading } from "./markdown.js";
import { reportStyles } from "./reportStyles.js";
import { sanitizeHtml } from "./sanitizeHtml.js";
import { reportDocument } from "./reportDocument.js";
import type { RunContext } from "./RunContext.js";
import { reportInfoMimeType } from "./reportInfo.js";
import { collectReportInfo } from "./collectReportInfo.js";
import { csvFileStem } from "./tableDownloadHtml.js";
import type { Lang } from "../i18n/Lang.js";
import { messages, type Messages } from "../i18n/messages.js";
import { cellInLang } from "./notebookInLang.js";

/** Options for {@link renderNotebookHtml}. */
export interface RenderNotebookHtmlOptions {
  /** The notebook's path as shown in the report. Default: "notebook.ipynb". */
  source?: string;
  /** Parameters the run used, shown in the header. Default: {}. */
  parameters?: Record<string, ParameterValue>;
  /**
   * Execution status; a failed run gets a banner pointing at the failing cell, an incomplete one
   * (data ending before the report date) a banner with the coverage note. Default: "ok".
   */
  status?: "ok" | "incomplete" | "failed";
  /** 1-based index of the failing cell. */
  failedCell?: number;
  /** An error that stopped the run before or outside any cell (timeout, crash). */
  runError?: ErrorOutput;
  /** The code and data the run was made from, shown in the footer. Default: not shown. */
  context?: RunContext;
  /**
   * The language of the page's own words (header, banners, contents, footer); markdown cells tagged
   * with another language (`"tns": {"lang": "ko"}` in their metadata) are left out. Default: "en".
   */
  lang?: Lang;
}

/**
 * Renders an executed notebook as one self-contained static HTML page: Markdown as prose, outputs
 * inline (sanitised), code hidden in `<details>`, no external URL and no script but the kit's own
 * (sorting, filtering, chart hover; pinned by hash in the CSP, the page reads fully without it).
 * @example const html = renderNotebookHtml(executed, { source: "notebooks/01-detection-overview.ipynb" });
 */
export function renderNotebookHtml(
  notebook: Notebook,
  options: RenderNotebookHtmlOptions = {},
): string {
  const source = options.source ?? "notebook.ipynb";
  const lang = options.lang ?? "en";
  const words = messages(lang);
  const t = words.report;
  const name = source.replace(/^.*\//, "").replace(/\.ipynb$/, "");
  const usedIds = new Set<string>(["contents"]);
  // Each table's CSV download is named <report>-<table>.csv, unique within the page; a table
  // without a caption after the heading it sits under.
  const csvNames = new Set<string>();
  let section = "";
  const csvFileName = (suggested: string) => {
    const table = suggested === "table.csv" && section ? csvFileStem(section) : suggested;
    const stem = `${csvFileStem(name)}-${table.replace(/\.csv$/, "")}`;
    let unique = stem;
    for (let n = 2; csvNames.has(unique); n++) unique = `${stem}-${n}`;
    csvNames.add(unique);
    return `${unique}.csv`;
  };
  const headings: Heading[] = [];
  const body: string[] = [];
  let title = "";
  notebook.cells.forEach((cell, index) => {
    const number = index + 1;
    if (!cellInLang(cell, lang)) return;
    if (cell.cell_type === "markdown") {
      const rendered = renderMarkdown(cellSource(cell), usedIds);
      let html = rendered.html;
      const h1 = rendered.headings.find((h) => h.level === 1);
      if (!title && h1) {
        // The first top-level heading becomes the page title in the header; don't show it twice.
        title = h1.text;
        html = withoutFirstH1(html);
      }
      headings.push(...rendered.headings.filter((h) => h.level === 2 || h.level === 3));
      section = rendered.headings.at(-1)?.text ?? section;
      body.push(`<section class="cell markdown" id="cell-${number}">${html}</section>`);
    } else if (cell.cell_type === "code") {
      body.push(codeCell(cell, number, csvFileName, words));
    }
  });
  title ||= name;
  const info = collectReportInfo(notebook);
  const status = options.status ?? "ok";
  const parameters = Object.entries(options.parameters ?? {});
  const header = [
    `<header class="report-header"><p class="kicker">${escapeHtml(t.kicker)}</p><h1>${escapeHtml(title)}</h1><dl class="meta">`,
    info.period ? `<div><dt>${t.period}</dt><dd>${escapeHtml(info.period)}</dd></div>` : "",
    info.dataAsOf ? `<div><dt>${t.dataAsOf}</dt><dd>${escapeHtml(info.dataAsOf)}</dd></div>` : "",
    info.audience ? `<div><dt>${t.audience}</dt><dd>${escapeHtml(info.audience)}</dd></div>` : "",
    `<div><dt>${t.notebook}</dt><dd>${escapeHtml(source)}</dd></div>`,
    `<div><dt>${t.status}</dt><dd><span class="status status-${status === "ok" ? "ok" : "failed"}">${words.status[status]}</span>${info.coverage ? ` <small>${escapeHtml(coverageNote(info.coverage, lang))}</small>` : ""}</dd></div>`,
    parameters.length
      ? `<div><dt>${t.parameters}</dt><dd>${parameters.map(([k, v]) => `${escapeHtml(k)}=${escapeHtml(JSON.stringify(v))}`).join(", ")}</dd></div>`
      : "",
    `</dl></header>`,
  ].join("");
  const banner =
    status === "failed"
      ? `<div class="banner" role="alert"><strong>${t.incomplete}</strong> ${
          options.failedCell
            ? `${escapeHtml(t.cellFailed(options.failedCell))} <a href="#cell-${options.failedCell}">${escapeHtml(t.goToError)}</a>.`
            : escapeHtml(options.runError?.evalue ?? t.notFinished)
        }</div>`
      : status === "incomplete"
        ? `<div class="banner" role="alert"><strong>${escapeHtml(t.incompleteColon)}</strong> ${escapeHtml(info.coverage ? coverageNote(info.coverage, lang) : t.noCoverage)}. ${escapeHtml(t.afterThatDay)}</div>`
        : "";
  const toc = headings.length
    ? `<nav class="toc" id="contents" aria-label="${t.contents}"><strong>${t.contents}</strong><ol>${headings
        .map(
          (h) =>
            `<li class="toc-${h.level}"><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`,
        )
        .join("")}</ol></nav>`
    : "";
  const footer = `<footer>${escapeHtml(t.footer(source))}${
    options.context ? runManifestHtml(options.context, parameters, t) : ""
  }</footer>`;
  return reportDocument({
    title,
    styles: reportStyles,
    body: header + banner + toc + body.join("\n") + footer,
    lang,
  });
}

function codeCell(
  cell: CodeCell,
  number: number,
  csvFileName: (suggested: string) => string,
  words: Messages,
): string {
  const tags = cell.metadata?.tags ?? [];
  const labels = words.report.codeLabel;
  const label = tags.includes("injected-parameters")
    ? labels.injected
    : tags.includes("parameters")
      ? labels.parameters
      : labels.code;
  const code = `<details class="code"><summary>${escapeHtml(words.report.cellLabel(label, number))}</summary><pre><code>${escapeHtml(cellSource(cell))}</code></pre></details>`;
  const outputs = cell.outputs
    .map((output) => renderOutput(output, number, csvFileName, words))
    .join("");
  return `<section class="cell code-cell" id="cell-${number}">${code}${outputs}</section>`;
}

function text(value: string | string[]): string {
  return Array.isArray(value) ? value.join("") : value;
}

function renderOutput(
  output: Output,
  number: number,
  csvFileName: (suggested: string) => string,
  words: Messages,
): string {
  switch (output.output_type) {
    case "stream":
      return `<pre class="output ${output.name}">${escapeHtml(text(output.text))}</pre>`;
    case "error":
      return `<div class="output error" role="alert"><strong>${escapeHtml(words.report.outputFailed(number, output.ename))}</strong><pre>${escapeHtml(
        output.ename === "TypeScriptError"
          ? output.evalue
          : output.traceback.join("\n") || output.evalue,
      )}</pre></div>`;
    case "display_data": {
      const data = output.data;
      if (data[reportInfoMimeType] !== undefined) return ""; // shown in the header
      if (data["text/html"] !== undefined)
        return `<div class="output">${sanitizeHtml(text(data["text/html"]), { csvFileName })}</div>`;
      if (data["image/svg+xml"] !== undefined)
        return `<div class="output">${sanitizeHtml(text(data["image/svg+xml"]))}</div>`;
      if (data["text/markdown"] !== undefined) {
        return `<div class="output">${renderMarkdown(text(data["text/markdown"]), new Set()).html}</div>`;
      }
      for (const type of ["image/png", "image/jpeg", "image/gif"]) {
        const payload = data[type];
        if (payload !== undefined) {
          return `<div class="output"><img alt="" src="data:${type};base64,${escapeHtml(text(payload).replace(/\s/g, ""))}"></div>`;
        }
      }
      if (data["text/plain"] !== undefined)
        return `<pre class="output">${escapeHtml(text(data["text/plain"]))}</pre>`;
      return "";
    }
  }
}

function runManifestHtml(
  context: RunContext,
  parameters: [string, ParameterValue][],
  t: Messages["report"],
): string {
  const rows = context.data
    .map(
      (f) =>
        `<tr><td>${escapeHtml(f.path)}</td><td>${escapeHtml(f.role)}</td><td class="num">${f.bytes.toLocaleString("en-US")}</td><td><code>${f.sha256.slice(0, 16)}</code></td></tr>`,
    )
    .join("");
  const params = parameters.length
    ? parameters.map(([k, v]) => `${escapeHtml(k)}=${escapeHtml(JSON.stringify(v))}`).join(", ")
    : t.defaults;
  const [file, role, bytes, sha] = t.manifestColumns;
  return `<details class="manifest"><summary>${t.manifest}</summary><p>${t.manifestCode} <code>${escapeHtml(context.gitCommit)}</code>. ${t.manifestParameters} ${params}.</p><table><thead><tr><th>${file}</th><th>${role}</th><th class="num">${bytes}</th><th>${sha}</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

// Removes the first <h1 id="…">…</h1> (and the newline after it) with indexOf: a lazy regex is
// quadratic when many headings open and none closes.
function withoutFirstH1(html: string): string {
  const start = html.indexOf('<h1 id="');
  const end = start < 0 ? -1 : html.indexOf("</h1>", start);
  if (end < 0) return html;
  const after = end + 5 + (html[end + 5] === "\n" ? 1 : 0);
  return html.slice(0, start) + html.slice(after);
}
