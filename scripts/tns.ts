// The tns command line: renders notebooks to static HTML reports (later: rules, kpi, rca, monitor).
import { Command, Option } from "commander";
import { relative } from "node:path";
import { parseParameterArgs } from "../lib/report/injectParameters.js";
import { NotebookError } from "../lib/report/readNotebook.js";
import { renderNotebookFile } from "../lib/report/renderNotebookFile.js";
import { renderReportSuite } from "../lib/report/renderReportSuite.js";
import type { ReportResult } from "../lib/report/ReportResult.js";

const collect = (value: string, previous: string[]) => [...previous, value];
const program = new Command()
  .name("tns")
  .description(
    "TnS Kit: Trust & Safety detection analytics. Render notebooks to static HTML reports.",
  )
  .showHelpAfterError()
  .addHelpText(
    "after",
    `
Examples:
  npx tns report                                   render every notebook to reports/
  npx tns report --only 01 --param date=2026-10-29 render one report with a parameter
  npx tns render notebooks/01-detection-overview.ipynb --out /tmp/reports`,
  );

const timeout = new Option(
  "--timeout <seconds>",
  "stop a notebook after this many seconds",
).default("600");

program
  .command("render")
  .description("execute one notebook headlessly and render it to <out>/<name>.html")
  .argument("<notebook>", "path to an .ipynb notebook (kernel tslab)")
  .option("-p, --param <name=value>", "set a parameter (repeatable)", collect, [])
  .option("-o, --out <dir>", "output folder", "reports")
  .addOption(timeout)
  .action(async (notebook: string, opts: { param: string[]; out: string; timeout: string }) => {
    const result = await renderNotebookFile(notebook, {
      parameters: parseParameterArgs(opts.param),
      outDir: opts.out,
      timeoutSeconds: Number(opts.timeout),
    });
    report(result);
    process.exitCode = result.status === "ok" ? 0 : 1;
  });

program
  .command("report")
  .description("render every notebook in notebooks/ and write <out>/index.html")
  .option(
    "-p, --param <name=value>",
    "set a parameter for the notebooks that declare it (repeatable)",
    collect,
    [],
  )
  .option("--only <names>", "comma-separated notebook names or prefixes, e.g. 01,04-kpi-dashboard")
  .option("--notebooks <dir>", "notebook folder", "notebooks")
  .option("-o, --out <dir>", "output folder", "reports")
  .option("-j, --jobs <n>", "notebooks run at once", "2")
  .addOption(timeout)
  .action(
    async (opts: {
      param: string[];
      only?: string;
      notebooks: string;
      out: string;
      jobs: string;
      timeout: string;
    }) => {
      const started = performance.now();
      const results = await renderReportSuite({
        notebooksDir: opts.notebooks,
        outDir: opts.out,
        parameters: parseParameterArgs(opts.param),
        only: opts.only
          ?.split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        concurrency: Number(opts.jobs),
        timeoutSeconds: Number(opts.timeout),
        onProgress: ({ notebook, result }) =>
          result ? report(result) : log(`running ${notebook} …`),
      });
      const bad = results.filter((r) => r.status !== "ok");
      log(
        `${results.length - bad.length}/${results.length} reports rendered in ${((performance.now() - started) / 1000).toFixed(1)} s → ${relative(process.cwd(), opts.out) || "."}/index.html`,
      );
      process.exitCode = bad.length ? 1 : 0;
    },
  );

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function report(result: ReportResult): void {
  const mark = result.status === "ok" ? "ok  " : "FAIL";
  const where = result.html ? ` → ${result.html}` : "";
  log(`${mark} ${result.notebook} (${result.seconds.toFixed(1)} s)${where}`);
  if (result.status !== "ok")
    log(`     ${result.failedCell ? `cell ${result.failedCell}: ` : ""}${result.message ?? ""}`);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof NotebookError) {
    log(`tns: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
