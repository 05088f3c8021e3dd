import type { Command } from "commander";
import type { ColumnTable } from "arquero";
import { loadTable } from "../../lib/data/loadTable.js";
import type { ColumnKind, TableSchema } from "../../lib/data/TableSchema.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { writeFileAtomic } from "../../lib/report/writeFileAtomic.js";
import { backtestRules } from "../../lib/rules/backtestRules.js";
import { checkRules } from "../../lib/rules/checkRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { formatRuleDiagnostic } from "../../lib/rules/formatRuleDiagnostic.js";
import { hitRows } from "../../lib/rules/hitRows.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { log } from "./cliLog.js";

interface BacktestCommandOptions {
  rules: string;
  data: string;
  label: string;
  id?: string;
  by?: string;
  time?: string;
  json?: string;
  lists?: string;
}

/** Adds `tns rules check` and `tns backtest`. */
export function registerRulesCommands(program: Command): void {
  const rules = program.command("rules").description("check rule files");
  rules
    .command("check <rules.yaml>")
    .description("print every error and warning of a rule file (exit 1 on an error)")
    .option(
      "--data <file>",
      "check fields against this .csv/.jsonl/.parquet file (default: the listings schema)",
    )
    .option(
      "--lists <dir>",
      "folder of named lists <name>.txt (default: ../lists beside the rule file's folder)",
    )
    .action(async (file: string, opts: { data?: string; lists?: string }) => {
      const ruleSet = await loadRuleFile(file, { listsDir: opts.lists });
      const schema = opts.data
        ? ruleFieldSchema(await loadData(opts.data))
        : ruleFieldSchema(sampleSchemas.listings);
      const { diagnostics } = checkRules(ruleSet, schema);
      for (const d of diagnostics) process.stdout.write(`${formatRuleDiagnostic(d)}\n`);
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      const warnings = diagnostics.length - errors;
      log(`${file}: ${ruleSet.rules.length} rule(s), ${errors} error(s), ${warnings} warning(s)`);
      if (errors > 0) process.exitCode = 1;
    });

  program
    .command("backtest")
    .description(
      "backtest a rule file on labeled data: per-rule hits, precision (95% Wilson), recall, unique catches, overlap",
    )
    .requiredOption("--rules <rules.yaml>", "the rule file")
    .requiredOption("--data <file>", "labeled rows: .csv, .jsonl or .parquet")
    .option("--label <column>", "label column: boolean, 0/1 or true/false", "is_violation")
    .option("--id <column>", "row id column, to list example hits per rule")
    .option("--by <col,...>", "segment columns for the per-segment breakdown")
    .option("--time <column>", "time column for weekly hits")
    .option("--json <out.json>", 'write the full result as JSON ("-" for stdout)')
    .option(
      "--lists <dir>",
      "folder of named lists (default: ../lists beside the rule file's folder)",
    )
    .addHelpText(
      "after",
      `
Example:
  npx tns backtest --rules data/rules/production-rules.yaml --data data/listings.csv \\
      --label is_violation --id listing_id --by category --json backtest.json`,
    )
    .action(async (opts: BacktestCommandOptions) => {
      const started = performance.now();
      const ruleSet = await loadRuleFile(opts.rules, { listsDir: opts.lists });
      const table = await loadData(opts.data);
      if (table.numRows() === 0)
        throw new RuleError(`${opts.data}: the data has no rows; there is nothing to backtest`);
      const compiled = compileRules(ruleSet, ruleFieldSchema(table));
      const by = (opts.by ?? "")
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean);
      const hits = evaluateRules(compiled, table);
      const result = backtestRules(compiled, table, {
        label: opts.label,
        by,
        time: opts.time,
        hits,
      });
      const ids = opts.id ? (table.array(opts.id) as ArrayLike<unknown>) : undefined;
      if (opts.id && !table.columnNames().includes(opts.id))
        throw new RuleError(
          `--id column "${opts.id}" is not in ${opts.data}; pass an existing column`,
        );
      const rulesOut = result.rules.map((r) => ({
        ...r,
        ...(ids
          ? {
              examples: hitRows(hits, r.id)
                .slice(0, 5)
                .map((row) => ids[row]),
            }
          : {}),
      }));
      const report = {
        rules_file: opts.rules,
        data: opts.data,
        label: opts.label,
        rows: result.rows,
        labeled: result.labeled,
        positives: result.positives,
        rules: rulesOut,
        total: result.total,
        overlap: result.overlap,
        segments: result.segments,
        periods: result.periods,
        warnings: [...compiled.diagnostics.map(formatRuleDiagnostic), ...result.warnings],
        seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
      };
      const json = `${JSON.stringify(report, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
      if (opts.json === "-") process.stdout.write(json);
      else if (opts.json) await writeFileAtomic(opts.json, json);
      const print = opts.json === "-" ? log : (line: string) => process.stdout.write(`${line}\n`);
      for (const w of report.warnings) print(`warning: ${w}`);
      const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "n/a");
      print(`${result.rows} rows, ${result.labeled} labeled, ${result.positives} positive`);
      print(
        "rule                          hits     tp     fp  precision (95% CI)        recall  unique",
      );
      for (const r of [...result.rules, { ...result.total, id: "(all rules)", unique_hits: NaN }])
        print(
          `${r.id.padEnd(28)} ${String(r.hits).padStart(5)} ${String(r.tp).padStart(6)} ${String(r.fp).padStart(6)}  ${pct(r.precision).padStart(6)} (${pct(r.precision_low)}–${pct(r.precision_high)})`.padEnd(
            78,
          ) +
            `${pct(r.recall).padStart(6)}  ${Number.isNaN(r.unique_hits) ? "" : String(r.unique_hits).padStart(6)}`,
        );
    });
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Loads a data file, inferring each column's kind from its values (CSV cells are text). */
async function loadData(path: string): Promise<ColumnTable> {
  const raw = await loadTable(path, { name: path, columns: {} }, { extraColumns: "keep" });
  const columns: TableSchema["columns"] = {};
  for (const name of raw.columnNames()) {
    const values = (raw.array(name) as ArrayLike<unknown>) ?? [];
    const kinds = new Set<ColumnKind>();
    for (let i = 0; i < values.length && kinds.size < 2; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v === "number") kinds.add("number");
      else if (typeof v === "boolean" || /^(true|false)$/i.test(String(v))) kinds.add("boolean");
      else if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(String(v))) kinds.add("number");
      else if (v instanceof Date || ISO.test(String(v))) kinds.add("timestamp");
      else kinds.add("string");
    }
    columns[name] = { type: kinds.size === 1 ? [...kinds][0] : "string", required: true };
  }
  return loadTable(path, { name: path, columns }, { extraColumns: "keep" });
}
