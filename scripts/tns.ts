// The tns command line. Each family of subcommands lives in scripts/commands/ and registers itself
// here with one line.
import { Command } from "commander";
import { NotebookError } from "../lib/report/readNotebook.js";
import { DataLoadError } from "../lib/data/DataLoadError.js";
import { log } from "./commands/cliLog.js";
import { registerReportCommands } from "./commands/reportCommands.js";
import { registerKpiCommands } from "./commands/kpiCommands.js";
import { KpiError } from "../lib/kpi/KpiError.js";
import { StreamError } from "../lib/stream/StreamError.js";
import { registerRcaCommands } from "./commands/rcaCommands.js";
import { RcaError } from "../lib/rca/RcaError.js";
import { registerRulesCommands } from "./commands/rulesCommands.js";
import { RuleError } from "../lib/rules/RuleError.js";
import { registerMetricsCommands } from "./commands/metricsCommands.js";
import { registerDatasetCommands } from "./commands/datasetCommands.js";
import { MetricsError } from "../lib/metrics/MetricsError.js";
import { DatasetError } from "../lib/dataset/DatasetError.js";

const program = new Command()
  .name("tns")
  .description("TnS Kit: Trust & Safety detection analytics from the command line.")
  .showHelpAfterError()
  .addHelpText(
    "after",
    `
Examples:
  npx tns report                                   render every notebook to reports/
  npx tns report --only 01 --param date=2026-10-29 render one report with a parameter
  npx tns render notebooks/01-detection-overview.ipynb --out /tmp/reports`,
  );

registerDatasetCommands(program);
registerReportCommands(program);
registerKpiCommands(program);
registerRcaCommands(program);
registerRulesCommands(program);
registerMetricsCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Bad input (a notebook, a parameter, a data file) is the user's to fix: a message and exit 2.
  if (
    error instanceof NotebookError ||
    error instanceof DataLoadError ||
    error instanceof RcaError ||
    error instanceof KpiError ||
    error instanceof StreamError ||
    error instanceof RuleError ||
    error instanceof MetricsError ||
    error instanceof DatasetError
  ) {
    log(`tns: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
