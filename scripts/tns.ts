// The tns command line. Each family of subcommands lives in scripts/commands/ and registers itself
// here with one line. Exit codes: 0 ok, 1 a check or report failed, 2 bad input (arguments, files,
// data, rules, zones, dates) — with a message and the fix, never a stack trace.
import { Command, CommanderError } from "commander";
import { TnsError } from "../lib/errors/TnsError.js";
import { FileSystemError } from "../lib/errors/FileSystemError.js";
import { log } from "./commands/cliLog.js";
import { registerReportCommands } from "./commands/reportCommands.js";
import { registerKpiCommands } from "./commands/kpiCommands.js";
import { registerRcaCommands } from "./commands/rcaCommands.js";
import { registerRulesCommands } from "./commands/rulesCommands.js";
import { registerMetricsCommands } from "./commands/metricsCommands.js";
import { registerDatasetCommands } from "./commands/datasetCommands.js";

const program = new Command()
  .name("tns")
  .description("TnS Kit: Trust & Safety detection analytics from the command line.")
  .showHelpAfterError()
  // Commander's own errors (unknown command, missing option) are bad input too: exit 2, below.
  .exitOverride()
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
  if (error instanceof CommanderError) {
    // Help and --version end here with exit code 0; commander already printed its message.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  const expected = FileSystemError.from(
    error,
    (error as { path?: string }).path ?? "a file",
    "read",
  );
  if (expected instanceof TnsError) {
    log(`tns: ${expected.message}`);
    process.exit(expected.exitCode);
  }
  throw error;
}
