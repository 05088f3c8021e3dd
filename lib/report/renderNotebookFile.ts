import { basename, join, relative } from "node:path";
import { coverageNote } from "./coverageNote.js";
import type { ErrorOutput, Notebook } from "./Notebook.js";
import { collectRunContext } from "./collectRunContext.js";
import type { RunContext } from "./RunContext.js";
import { notebookDataset } from "./notebookDataset.js";
import { findingList, type CellPersonalData } from "./withholdPersonalData.js";
import type { ReportResult } from "./ReportResult.js";
import { injectParameters } from "./injectParameters.js";
import { readNotebook } from "./readNotebook.js";
import { renderNotebookHtml } from "./renderNotebookHtml.js";
import { runNotebook } from "./runNotebook.js";
import { collectDeck } from "../deck/collectDeck.js";
import type { WorkerMemory } from "./workerMemory.js";
import { writeFileAtomic } from "../data/writeFileAtomic.js";
import { notebookSummary } from "./notebookSummary.js";
import { collectReportInfo } from "./collectReportInfo.js";
import { cellSource } from "./cellSource.js";
import type { Lang } from "../i18n/Lang.js";
import { checkLang } from "../i18n/checkLang.js";
import { notebookInLang } from "./notebookInLang.js";

/** Options for {@link renderNotebookFile}. */
export interface RenderNotebookFileOptions {
  /** Parameter values as text, keyed by name. Default: {}. */
  parameters?: Record<string, string>;
  /** Output folder for `<name>.html` and the executed `<name>.ipynb`. Default: "reports". */
  outDir?: string;
  /** Seconds before the notebook is stopped. Default: 600. */
  timeoutSeconds?: number;
  /** Code and data the run is made from, shown in the report. Default: {@link collectRunContext} of the dataset the notebook reads. */
  context?: RunContext;
  /**
   * Also write `<name>.pptx` when the notebook displayed deck parts ({@link deckPart}): an
   * editable PowerPoint deck of the report. Default: false.
   */
  pptx?: boolean;
  /** The worker's heap and engine limits (a share of `tns report`'s budget). Default: 1024 MB and 512 MB. */
  memory?: WorkerMemory;
  /** Also write `<outDir>/<name>.xlsx`, every table of the report on its own sheet. Default: false. */
  xlsx?: boolean;
  /**
   * The language of the report's own words and of the prose it keeps (markdown cells tagged with
   * another language are left out). Default: the `lang` parameter, else "en".
   */
  lang?: Lang;
}

/**
 * Reads, parameterises, executes (in a child process) and renders one notebook to
 * `<outDir>/<name>.html`, also writing the executed notebook as `<outDir>/<name>.ipynb` (and, with
 * `xlsx`, the report's tables as `<outDir>/<name>.xlsx`).
 * Invalid notebooks and parameters throw before anything is written.
 * @example const result = await renderNotebookFile("notebooks/01-detection-overview.ipynb");
 */
export async function renderNotebookFile(
  path: string,
  options: RenderNotebookFileOptions = {},
): Promise<ReportResult> {
  const started = performance.now();
  const outDir = options.outDir ?? "reports";
  const name = basename(path).replace(/\.ipynb$/, "");
  const source = await readNotebook(path);
  const context =
    options.context ??
    (await collectRunContext({
      dataset: notebookDataset(source, path, options.parameters),
    }));
  const { notebook, parameters } = injectParameters(source, options.parameters ?? {}, { path });
  const lang = options.lang ?? checkLang(options.parameters?.lang ?? "en");
  // The worker also scans for personal data, inside the notebook's time budget.
  const run = await runNotebook(notebook, path, {
    timeoutSeconds: options.timeoutSeconds,
    memory: options.memory,
  });
  // Reports are forwarded: an output with raw personal data fails the render and is withheld.
  const leaks = run.personalData ?? [];
  const result = leaks.length
    ? {
        ...run,
        status: "failed" as const,
        failedCell: run.failedCell ?? leaks[0].cell,
        error: run.error ?? personalDataError(leaks),
      }
    : run;
  const seconds = (performance.now() - started) / 1000;
  const executed: Notebook = {
    ...result.notebook,
    // nbformat 4.5 requires cell ids; give stable ones to cells saved without.
    cells: result.notebook.cells.map((cell, i) =>
      cell.id ? cell : { ...cell, id: `cell-${i + 1}` },
    ),
    metadata: {
      ...result.notebook.metadata,
      // No duration here: the executed notebook, like the HTML, is the same bytes on a rerun;
      // durations live in the run manifest.
      tns: {
        parameters,
        status: result.status,
        failedCell: result.failedCell,
      },
    },
  };
  const info = collectReportInfo(executed);
  // Title, summary, deck and workbook read the prose of the report's language only.
  const shownNotebook = notebookInLang(executed, lang);
  // A run that finished on data ending before the report date is not complete either.
  const status =
    result.status === "ok" && info.coverage?.status === "incomplete" ? "incomplete" : result.status;
  const shown = displayedSource(path);
  const html = renderNotebookHtml(executed, {
    source: shown,
    parameters,
    status,
    failedCell: result.failedCell,
    runError: result.failedCell ? undefined : result.error,
    context,
    lang,
  });
  const htmlPath = join(outDir, `${name}.html`);
  const executedPath = join(outDir, `${name}.ipynb`);
  await writeFileAtomic(executedPath, JSON.stringify(executed, null, 1) + "\n");
  await writeFileAtomic(htmlPath, html);
  // A deck only of a report that ran to the end: a failed one would brief on half the evidence.
  const content = options.pptx && result.status === "ok" ? collectDeck(executed) : undefined;
  const deckPath = content ? join(outDir, `${name}.pptx`) : undefined;
  if (content && deckPath) {
    const { deckBytes } = await import("../deck/deckBytes.js");
    const title = { title: titleOf(shownNotebook) ?? name, info, source: shown };
    await writeFileAtomic(deckPath, await deckBytes(title, content, lang));
  }
  const xlsxPath = options.xlsx ? join(outDir, `${name}.xlsx`) : undefined;
  if (xlsxPath) {
    const { reportWorkbook } = await import("./reportWorkbook.js");
    const title = titleOf(shownNotebook) ?? name;
    const workbook = await reportWorkbook(shownNotebook, {
      title,
      source: shown,
      status,
      info,
      parameters,
      lang,
    });
    await writeFileAtomic(xlsxPath, workbook);
  }
  return {
    notebook: basename(path),
    title: titleOf(shownNotebook) ?? name,
    status,
    html: htmlPath,
    executed: executedPath,
    deck: deckPath,
    xlsx: xlsxPath,
    failedCell: result.failedCell,
    message: result.error
      ? `${result.error.ename}: ${result.error.evalue}`
      : status === "incomplete"
        ? coverageNote(info.coverage!, lang)
        : undefined,
    parameters,
    seconds: round(seconds),
    summary: notebookSummary(shownNotebook),
    info,
  };
}

function personalDataError(cells: CellPersonalData[]): ErrorOutput {
  const where = cells.map((c) => `cell ${c.cell}: ${findingList(c.findings)}`);
  const evalue = `unmasked personal data in the output (${where.join("; ")}); the outputs were withheld — mask with maskPersonalData() or show rows through htmlTable`;
  return { output_type: "error", ename: "PersonalDataError", evalue, traceback: [evalue] };
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

function displayedSource(path: string): string {
  return relative(process.cwd(), path) || basename(path);
}

/**
 * The notebook's title: the text of its first `#` heading.
 * @example titleOf(nb) // "Detection overview"
 */
export function titleOf(notebook: Notebook): string | undefined {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const match = /^#\s+(.+)$/m.exec(cellSource(cell));
    if (match) return match[1].trim();
  }
  return undefined;
}
