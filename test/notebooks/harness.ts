import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { interactiveScript } from "../../lib/report/interactiveScript.js";
import {
  renderNotebookFile,
  type RenderNotebookFileOptions,
} from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { externalUrls, scriptProblems } from "../report/htmlChecks.js";
import { tempDir } from "../report/notebookFixture.js";

/** One notebook of notebooks/ rendered into a temp folder, with the checks every page gets. */
export interface RenderedNotebook {
  result: ReportResult;
  /** The page's HTML. */
  html: string;
  /** The temp folder the page, the executed notebook (and deck, workbook) were written to. */
  outDir: string;
  /** The accessible names (aria-label) of the page's charts, in page order. */
  charts: string[];
  /** URLs the page would fetch or open: [] for a self-contained page. */
  externalUrls(): string[];
  /** Why the page's scripts are not exactly the kit's one: [] when they are. */
  scriptProblems(): string[];
}

/** Options of {@link renderNotebook}: the renderer's, plus the dataset the report reads. */
export interface RenderNotebookOptions extends Omit<RenderNotebookFileOptions, "outDir"> {
  /** A tns.yaml for the `dataset` parameter (made absolute). Default: the notebook's, the sample. */
  dataset?: string;
  /** Render again even when this file already rendered the notebook with the same options. */
  fresh?: boolean;
}

const rendered = new Map<string, Promise<RenderedNotebook>>();

/**
 * Renders `notebooks/<name>.ipynb` into a fresh folder under test/.tmp and reads the page. The
 * same notebook with the same options renders once per test file (vitest runs each file in its
 * own module graph); `fresh: true` renders again, e.g. to compare two runs byte for byte.
 * @example const { result, html, charts } = await renderNotebook("01-detection-overview");
 */
export function renderNotebook(
  name: string,
  options: RenderNotebookOptions = {},
): Promise<RenderedNotebook> {
  const { dataset, fresh, ...rest } = options;
  const parameters = { ...rest.parameters, ...(dataset ? { dataset: resolve(dataset) } : {}) };
  const key = JSON.stringify([name, { ...rest, parameters }]);
  const cached = rendered.get(key);
  if (cached && !fresh) return cached;
  const page = (async (): Promise<RenderedNotebook> => {
    const outDir = await tempDir(`nb-${name.slice(0, 2)}`);
    const result = await renderNotebookFile(join("notebooks", `${name}.ipynb`), {
      ...rest,
      parameters,
      outDir,
    });
    const html = await readFile(join(outDir, `${name}.html`), "utf8").catch(() => "");
    return {
      result,
      html,
      outDir,
      charts: [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]),
      externalUrls: () => externalUrls(html),
      scriptProblems: () => scriptProblems(html, interactiveScript),
    };
  })();
  if (!fresh) rendered.set(key, page);
  return page;
}

/** What a dataset of the sample's files is made of: tables by name, and the other entries. */
export interface SampleDatasetOptions {
  /** The sample's tables to include, each read from data/<name>.csv. */
  tables: string[];
  /** The `zone:` line. Default: none (the dataset's default). */
  zone?: string;
  /** Also `lists:` and `rules:` pointing at the sample's. Default: false. */
  rules?: boolean;
  /** End the file with a newline. Default: false. */
  finalNewline?: boolean;
}

/**
 * Writes a tns.yaml that reads some of the sample's tables (absolute paths) into a fresh folder
 * and returns its path: a dataset without reviews, without model scores, …
 * @example const yaml = await sampleDatasetWith({ zone: "Asia/Seoul", tables: ["listings", "flags"] });
 */
export async function sampleDatasetWith(options: SampleDatasetOptions): Promise<string> {
  const data = resolve("data");
  const lines = [
    ...(options.zone ? [`zone: ${options.zone}`] : []),
    "tables:",
    ...options.tables.map((t) => `  ${t}: { path: ${join(data, `${t}.csv`)} }`),
    ...(options.rules
      ? [`lists: ${join(data, "lists")}`, `rules: ${join(data, "rules", "production-rules.yaml")}`]
      : []),
  ];
  const yaml = resolve(await tempDir("dataset"), "tns.yaml");
  await writeFile(yaml, lines.join("\n") + (options.finalNewline ? "\n" : ""));
  return yaml;
}

/**
 * Writes the sample's tns.yaml, changed by `edit`, with every path made absolute into a fresh
 * folder and returns its path.
 * @example const yaml = await sampleDatasetEdited((text) => text.replace(/^zone: .*$/m, "zone: UTC"));
 */
export async function sampleDatasetEdited(edit: (yaml: string) => string): Promise<string> {
  const yaml = edit(await readFile("data/tns.yaml", "utf8"))
    .replace(/path: ([\w.]+)/g, (_, f: string) => `path: ${resolve("data", f)}`)
    .replace(
      /^(lists|rules|kpis|incidents): (.+)$/gm,
      (_, k: string, f: string) => `${k}: ${resolve("data", f)}`,
    );
  const path = resolve(await tempDir("dataset"), "tns.yaml");
  await writeFile(path, yaml);
  return path;
}

/**
 * The sample's tns.yaml without one of its tables ({@link sampleDatasetEdited}).
 * @example const yaml = await sampleDatasetWithout("sellers");
 */
export async function sampleDatasetWithout(table: string): Promise<string> {
  return sampleDatasetEdited((yaml) => yaml.replace(new RegExp(`^ {2}${table}:.*\\n`, "m"), ""));
}
