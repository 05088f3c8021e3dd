import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportResult } from "./ReportResult.js";
import { NotebookError, readNotebook } from "./readNotebook.js";
import { parameterDeclarations } from "./parameterDeclarations.js";
import { renderNotebookFile } from "./renderNotebookFile.js";
import { renderIndexHtml } from "./renderIndexHtml.js";
import { writeFileAtomic } from "../data/writeFileAtomic.js";
import * as msg from "./messages.js";
import { TnsError } from "../errors/TnsError.js";
import { collectRunContext } from "./collectRunContext.js";
import type { RunManifest } from "./RunManifest.js";
import type { Notebook } from "./Notebook.js";
import { injectParameters } from "./injectParameters.js";
import { notebookDataset } from "./notebookDataset.js";
import { previousReports } from "./previousReports.js";
import { tableCacheVariable } from "../dataset/Dataset.js";
import { workerMemory } from "./workerMemory.js";
import { checkLang } from "../i18n/checkLang.js";

/** Options for {@link renderReportSuite}. */
export interface RenderReportSuiteOptions {
  /** Default: "notebooks". */
  notebooksDir?: string;
  /** Default: "reports". */
  outDir?: string;
  /** Parameter values as text; each notebook receives the ones it declares. Default: {}. */
  parameters?: Record<string, string>;
  /** Render only notebooks whose name matches one of these (full name or prefix). Default: all. */
  only?: string[];
  /** Notebooks executed at once. Default: 2. */
  concurrency?: number;
  /** Seconds per notebook. Default: 600. */
  timeoutSeconds?: number;
  /** Also write a PowerPoint deck of each report that displays deck parts. Default: false. */
  pptx?: boolean;
  /**
   * Memory for the whole run in MB, split among the concurrent notebooks by {@link workerMemory}:
   * the report process and its workers together stay under it. Default: 2048.
   */
  memoryMb?: number;
  /**
   * The dataset definition whose inputs are hashed into the run manifest and each report. Default:
   * the one the notebooks read (the first `dataset` parameter, given or declared, resolved against
   * the notebooks' folder), else the bundled sample, data/tns.yaml.
   */
  dataset?: string;
  /** Also write each report's tables as `<outDir>/<name>.xlsx`, listed in the manifest. Default: false. */
  xlsx?: boolean;
  /** Called once with the notebooks about to run, in order. */
  onStart?: (notebooks: string[]) => void;
  /** Called when a notebook starts and when it finishes. */
  onProgress?: (event: { notebook: string; result?: ReportResult }) => void;
}

/**
 * Renders every notebook of a folder to static HTML and writes `index.html` listing each report
 * with its status, and `manifest.json` (parameters, a hash of every input of the dataset, git
 * commit, durations).
 * A parameter value a notebook cannot take throws before any cell runs; one failing notebook does
 * not stop the others. With `only`, the other reports of the previous run (its manifest.json,
 * when their HTML is still there) stay in the index and manifest.
 * @example const results = await renderReportSuite({ only: ["01"] });
 */
export async function renderReportSuite(
  options: RenderReportSuiteOptions = {},
): Promise<ReportResult[]> {
  const notebooksDir = options.notebooksDir ?? "notebooks";
  const outDir = options.outDir ?? "reports";
  const only = options.only ?? [];
  const names = (await readdir(notebooksDir))
    .filter((name) => name.endsWith(".ipynb"))
    .filter(
      (name) =>
        only.length === 0 ||
        only.some((o) => name === o || name.startsWith(o.replace(/\.ipynb$/, ""))),
    )
    .sort();
  if (names.length === 0) throw new NotebookError(msg.suiteNoNotebooks(notebooksDir, only));

  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new NotebookError(msg.suiteConcurrency(concurrency));
  const memory = workerMemory(options.memoryMb ?? 2048, Math.min(concurrency, names.length));
  const parameters = options.parameters ?? {};
  // The suite's language: every report's chrome and the index, also of notebooks without a lang
  // parameter.
  const lang = checkLang(parameters.lang ?? "en");
  const declared = new Map<string, Set<string>>();
  const notebooks = new Map<string, Notebook>();
  for (const name of names) {
    try {
      const nb = await readNotebook(join(notebooksDir, name));
      notebooks.set(name, nb);
      declared.set(name, new Set(parameterDeclarations(nb).map((d) => d.name)));
    } catch {
      declared.set(name, new Set()); // reported as invalid when rendered
    }
  }
  for (const key of Object.keys(parameters)) {
    if (![...declared.values()].some((set) => set.has(key)))
      throw new NotebookError(msg.suiteParameterUnused(key, notebooksDir));
  }
  const ownParameters = (name: string) =>
    Object.fromEntries(Object.entries(parameters).filter(([k]) => declared.get(name)?.has(k)));
  // A bad parameter value (2026-13-45 for a date) stops the suite before any cell runs.
  for (const [name, nb] of notebooks)
    injectParameters(nb, ownParameters(name), { path: join(notebooksDir, name) });

  const started = new Date();
  const dataset =
    options.dataset ??
    [...notebooks]
      .map(([name, nb]) => notebookDataset(nb, join(notebooksDir, name), ownParameters(name)))
      .find((path) => path !== undefined);
  const context = await collectRunContext({ dataset });
  const results: ReportResult[] = new Array<ReportResult>(names.length);
  options.onStart?.(names);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const index = next++;
      const name = names[index];
      options.onProgress?.({ notebook: name });
      const own = ownParameters(name);
      const started = performance.now();
      try {
        results[index] = await renderNotebookFile(join(notebooksDir, name), {
          parameters: own,
          outDir,
          timeoutSeconds: options.timeoutSeconds,
          context,
          memory,
          pptx: options.pptx,
          xlsx: options.xlsx,
          lang,
        });
      } catch (error) {
        // An invalid notebook or a file that cannot be written (disk full, read-only, a folder in
        // the way) fails this report only; the index says why.
        if (!(error instanceof TnsError)) throw error;
        results[index] = {
          notebook: name,
          title: name.replace(/\.ipynb$/, ""),
          status: error instanceof NotebookError ? "invalid" : "failed",
          message: error.message,
          parameters: {},
          seconds: Math.round((performance.now() - started) / 10) / 100,
        };
      }
      options.onProgress?.({ notebook: name, result: results[index] });
    }
  };
  // The notebooks of this run share the tables they load: each table is read from its sources
  // once, by the first notebook that needs it, and the others attach it (see Dataset).
  const cache = await mkdtemp(join(tmpdir(), "tns-tables-"));
  const previous = process.env[tableCacheVariable];
  process.env[tableCacheVariable] = cache;
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
  } finally {
    if (previous === undefined) delete process.env[tableCacheVariable];
    else process.env[tableCacheVariable] = previous;
    await rm(cache, { recursive: true, force: true });
  }
  // With --only, the reports not re-rendered stay in the index and manifest as last rendered.
  const kept = only.length ? await previousReports(outDir, new Set(names)) : [];
  const listed = [...kept, ...results].sort((a, b) => (a.notebook < b.notebook ? -1 : 1));
  await writeFileAtomic(join(outDir, "index.html"), renderIndexHtml(listed, context, lang));
  const manifest: RunManifest = {
    generator: "tns-kit",
    startedAt: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 10) / 100,
    parameters,
    ...context,
    reports: listed,
  };
  await writeFileAtomic(join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return results;
}
