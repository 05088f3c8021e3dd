import { Option, type Command } from "commander";
import { relative, resolve } from "node:path";
import { readDatasetDefinition } from "../../lib/dataset/readDatasetDefinition.js";
import { parseParameterArgs } from "../../lib/report/injectParameters.js";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import { renderReportSuite } from "../../lib/report/renderReportSuite.js";
import { printPdf } from "../../lib/report/printPdf.js";
import { workerMemory } from "../../lib/report/workerMemory.js";
import { collect, log, logReport } from "./cliLog.js";
import { engineOption } from "./engineOption.js";
import { wholeNumber } from "./wholeNumber.js";
import { memorySize } from "./memorySize.js";
import { suiteProgress, type SuiteProgress } from "./suiteProgress.js";

/** Adds `tns render` and `tns report`. */
export function registerReportCommands(program: Command): void {
  const timeout = () =>
    new Option("--timeout <seconds>", "stop a notebook after this many seconds")
      .argParser(wholeNumber("--timeout"))
      .default(600);

  program
    .command("render")
    .description("execute one notebook headlessly and render it to <out>/<name>.html")
    .argument("<notebook>", "path to an .ipynb notebook (kernel tslab)")
    .option("-p, --param <name=value>", "set a parameter (repeatable)", collect, [])
    .option("--dataset <tns.yaml>", "the dataset the notebook reads (its dataset parameter)")
    .option("-o, --out <dir>", "output folder", "reports")
    .option(
      "--memory <size>",
      "memory for the whole run (report process and notebooks), e.g. 2GB or 3000MB",
      memorySize("--memory"),
      2048,
    )
    .option("--pdf", "also print the report to PDF with headless Chromium")
    .option("--pptx", "also write a PowerPoint deck when the notebook makes one (00 does)")
    .option("--xlsx", "also write <out>/<name>.xlsx: every table of the report on its own sheet")
    .addOption(timeout())
    .action(
      async (
        notebook: string,
        opts: {
          param: string[];
          dataset?: string;
          out: string;
          memory: number;
          timeout: number;
          pdf?: boolean;
          pptx?: boolean;
          xlsx?: boolean;
        },
      ) => {
        const result = await renderNotebookFile(notebook, {
          parameters: parseParameterArgs(await withDataset(opts.param, opts.dataset)),
          outDir: opts.out,
          timeoutSeconds: Number(opts.timeout),
          memory: workerMemory(opts.memory, 1),
          pptx: opts.pptx,
          xlsx: opts.xlsx,
        });
        logReport(result);
        if (result.deck) log(`pptx → ${result.deck}`);
        if (result.xlsx) log(`xlsx → ${result.xlsx}`);
        if (opts.pdf && result.html)
          for (const pdf of await printPdf([result.html])) log(`pdf  → ${pdf}`);
        process.exitCode = result.status === "ok" ? 0 : 1;
      },
    );

  program
    .command("report")
    .description("render every notebook in notebooks/ and write <out>/index.html")
    .option(
      "-p, --param <name=value>",
      "set a parameter for the notebooks that declare it (repeatable)",
      collect,
      [],
    )
    .option(
      "--only <names>",
      "comma-separated notebook names or prefixes, e.g. 01,04-kpi-dashboard",
    )
    .option(
      "--dataset <tns.yaml>",
      "the dataset every report reads (default: the sample, data/tns.yaml)",
    )
    .addOption(engineOption())
    .option("--notebooks <dir>", "notebook folder", "notebooks")
    .option("-o, --out <dir>", "output folder", "reports")
    .option("-j, --jobs <n>", "notebooks run at once", wholeNumber("--jobs"), 2)
    .option(
      "--memory <size>",
      "memory for the whole run (report process and notebooks), e.g. 2GB or 3000MB",
      memorySize("--memory"),
      2048,
    )
    .option("--pdf", "also print every report and the index to PDF with headless Chromium")
    .option("--pptx", "also write a PowerPoint deck of each report that makes one (00 does)")
    .option(
      "--xlsx",
      "also write <out>/<name>.xlsx per report: every table on its own sheet, typed cells",
    )
    .addOption(timeout())
    .action(
      async (opts: {
        param: string[];
        dataset?: string;
        only?: string;
        notebooks: string;
        out: string;
        jobs: number;
        memory: number;
        timeout: number;
        pdf?: boolean;
        pptx?: boolean;
        xlsx?: boolean;
      }) => {
        const started = performance.now();
        let progress: SuiteProgress | undefined;
        const results = await renderReportSuite({
          notebooksDir: opts.notebooks,
          outDir: opts.out,
          parameters: parseParameterArgs(await withDataset(opts.param, opts.dataset)),
          only: opts.only
            ?.split(",")
            .map((s) => s.trim())
            .filter(Boolean),
          concurrency: Number(opts.jobs),
          memoryMb: opts.memory,
          pptx: opts.pptx,
          timeoutSeconds: Number(opts.timeout),
          xlsx: opts.xlsx,
          onStart: (names) => (progress = suiteProgress(names.length)),
          onProgress: (event) => progress?.onProgress(event),
        });
        progress?.stop();
        for (const r of results) if (r.deck) log(`pptx → ${r.deck}`);
        for (const r of results) if (r.xlsx) log(`xlsx → ${r.xlsx}`);
        if (opts.pdf) {
          const pages = results.flatMap((r) => (r.html ? [r.html] : []));
          for (const pdf of await printPdf(pages)) log(`pdf  → ${pdf}`);
        }
        const bad = results.filter((r) => r.status !== "ok");
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        log(
          `${results.length - bad.length}/${results.length} reports rendered in ${seconds} s → ${relative(process.cwd(), opts.out) || "."}/index.html`,
        );
        process.exitCode = bad.length ? 1 : 0;
      },
    );
}

/**
 * The parameters with `dataset=<absolute path>` added for `--dataset` (notebooks run in their own
 * folder, so a relative path would move); the definition is read first so a bad one stops the run
 * with its message before any notebook starts.
 */
async function withDataset(params: string[], dataset: string | undefined): Promise<string[]> {
  if (!dataset) return params;
  const definition = await readDatasetDefinition(dataset);
  return [
    ...params,
    `dataset=${definition.file.startsWith("/") ? definition.file : resolve(definition.file)}`,
  ];
}
