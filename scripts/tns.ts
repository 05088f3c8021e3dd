// The tns command line. Each family of subcommands lives in scripts/commands/ and registers itself
// here with one line. Exit codes: 0 ok, 1 a check or report failed, 2 bad input (arguments, files,
// data, rules, zones, dates) — with a message and the fix, never a stack trace.
import { Command, CommanderError } from "commander";
import { TnsError } from "../lib/errors/TnsError.js";
import { FileSystemError } from "../lib/errors/FileSystemError.js";
import { readFileSync } from "node:fs";
import { log } from "./commands/cliLog.js";

const { version } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { version: string };

const program = new Command()
  .name("tns")
  .description("TnS Kit: Trust & Safety detection analytics from the command line.")
  .version(version, "-V, --version", "print the kit's version")
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

// Each family loads only when its command runs: importing all of them (jsdom, the notebook runner,
// RE2, DuckDB) costs about 1.5 s, more than `tns metrics` needs for a 5M-row file. Help, an unknown
// command or no command load every family, so help and errors list them all.
const families: Record<string, () => Promise<(p: Command) => void>> = {
  dataset: async () => (await import("./commands/datasetCommands.js")).registerDatasetCommands,
  report: async () => (await import("./commands/reportCommands.js")).registerReportCommands,
  kpi: async () => (await import("./commands/kpiCommands.js")).registerKpiCommands,
  rca: async () => (await import("./commands/rcaCommands.js")).registerRcaCommands,
  rules: async () => (await import("./commands/rulesCommands.js")).registerRulesCommands,
  metrics: async () => (await import("./commands/metricsCommands.js")).registerMetricsCommands,
};
const familyOf: Record<string, string> = {
  init: "dataset",
  render: "report",
  report: "report",
  kpi: "kpi",
  "check-data": "kpi",
  monitor: "kpi",
  rca: "rca",
  rules: "rules",
  backtest: "rules",
  metrics: "metrics",
  tune: "metrics",
};
const family = familyOf[process.argv[2] ?? ""];
for (const name of family ? [family] : Object.keys(families)) (await families[name]())(program);

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
