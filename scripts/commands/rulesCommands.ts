import type { Command } from "commander";
import type { ColumnTable } from "arquero";
import { loadTable } from "../../lib/data/loadTable.js";
import type { ColumnKind, TableSchema } from "../../lib/data/TableSchema.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";
import { adHocDefinition } from "../../lib/dataset/adHocDefinition.js";
import { listingRowsSql } from "../../lib/dataset/listingRowsSql.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { relationColumns } from "../../lib/dataset/relationColumns.js";
import { backtestDataset } from "../../lib/rules/backtestDataset.js";
import { checkRules } from "../../lib/rules/checkRules.js";
import { convertRuleFile } from "../../lib/rules/convertRuleFile.js";
import { verifyDecisionTable } from "../../lib/rules/verifyDecisionTable.js";
import { verifyDecisionTableOnData } from "../../lib/rules/verifyDecisionTableOnData.js";
import { formatRuleDiagnostic } from "../../lib/rules/formatRuleDiagnostic.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { matchModeNames } from "../../lib/rules/resolveActions.js";
import type { MatchModeName } from "../../lib/rules/MatchModeName.js";
import { log } from "./cliLog.js";
import { rulesShadowReadout, shadowLines } from "./rulesShadowReadout.js";
import { registerRulesDiffCommand } from "./rulesDiffCommand.js";
import { backtestTables } from "./backtestTables.js";
import { checkTableOutputs, tableOutputOptions, writeTableOutputs } from "./tableOutputs.js";
import { engineOption } from "./engineOption.js";
import { formatPercent } from "../../lib/format/formatPercent.js";

interface BacktestCommandOptions {
  rules?: string;
  data?: string;
  dataset?: string;
  encoding: string;
  label: string;
  id?: string;
  by?: string;
  time?: string;
  json?: string;
  csv?: string;
  xlsx?: string;
  lists?: string;
  match?: string;
  capacity?: string;
  since?: string;
  asOf?: string;
}

/** Adds `tns rules check`, `tns rules convert` and `tns backtest`. */
export function registerRulesCommands(program: Command): void {
  const rules = program.command("rules").description("check and convert rule files");
  rules
    .command("check <rules>")
    .description(
      "print every error and warning of a rule file (.yaml) or decision table (.xlsx, .csv), and for a table its verification (exit 1 on an error)",
    )
    .option(
      "--data <file>",
      "check fields against this .csv/.jsonl/.parquet file (default: the listings schema); for a table, also find rows that never hit alone on it",
    )
    .option(
      "--lists <dir>",
      "folder of named lists <name>.txt (default: ../lists beside the rule file's folder)",
    )
    .option("--encoding <name>", "text encoding of a .csv table (default: UTF-8, else CP949)")
    .action(async (file: string, opts: { data?: string; lists?: string; encoding?: string }) => {
      const ruleSet = await loadRuleFile(file, { listsDir: opts.lists, encoding: opts.encoding });
      const data = opts.data ? await loadData(opts.data) : undefined;
      const schema = ruleFieldSchema(data ?? sampleSchemas.listings);
      const { diagnostics } = checkRules(ruleSet, schema);
      const clean = !diagnostics.some((d) => d.severity === "error");
      if (ruleSet.table) {
        diagnostics.push(...verifyDecisionTable(ruleSet.table, ruleSet.lists));
        if (data && clean)
          diagnostics.push(
            ...(await verifyDecisionTableOnData(ruleSet.table, data, {
              lists: ruleSet.lists,
              schema,
            })),
          );
      }
      for (const d of diagnostics) process.stdout.write(`${formatRuleDiagnostic(d)}\n`);
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      const warnings = diagnostics.length - errors;
      log(`${file}: ${ruleSet.rules.length} rule(s), ${errors} error(s), ${warnings} warning(s)`);
      if (errors > 0) process.exitCode = 1;
    });

  rules
    .command("convert <in> <out>")
    .description(
      "convert between a YAML rule file and a decision table (.xlsx, .csv), by the extensions",
    )
    .option(
      "--lists <dir>",
      "folder of named lists <name>.txt (default: ../lists beside the input's folder)",
    )
    .option("--encoding <name>", "text encoding of a .csv input (default: UTF-8, else CP949)")
    .option(
      "--partial",
      "write the rules a table can hold even when some cannot (they are listed; exit 1)",
    )
    .addHelpText(
      "after",
      `
Example:
  npx tns rules convert data/rules/production-rules.yaml rules.xlsx   # edit in Excel, then
  npx tns rules convert rules.xlsx rules.yaml`,
    )
    .action(
      async (
        input: string,
        output: string,
        opts: { lists?: string; encoding?: string; partial?: boolean },
      ) => {
        const result = await convertRuleFile(input, output, {
          listsDir: opts.lists,
          encoding: opts.encoding,
          partial: opts.partial,
        });
        for (const n of result.notes) log(`note [${n.ruleId}]: ${n.message}`);
        for (const u of result.unconvertible)
          process.stderr.write(
            `${input} [${u.ruleId}]: a table cannot hold this rule: ${u.message}\n`,
          );
        if (!result.written)
          throw new RuleError(
            `${result.unconvertible.length} rule(s) of ${input} cannot be written as a table (listed above); nothing was written. Keep them in YAML, rewrite them, or pass --partial to write the others`,
          );
        log(
          `${output}: ${result.rules} rule(s) written${result.unconvertible.length ? `, ${result.unconvertible.length} left out (listed above)` : ""}`,
        );
        if (result.unconvertible.length) process.exitCode = 1;
      },
    );

  const [csv, xlsx] = tableOutputOptions(
    'the per-rule table (the rules, then the whole set as "(all rules)")',
  );
  program
    .command("backtest")
    .description(
      "backtest a rule file on labeled data: per-rule hits, precision (95% Wilson), recall, unique catches, overlap",
    )
    .option(
      "--dataset <tns.yaml>",
      "backtest the dataset's rules on its listings (with seller columns)",
    )
    .option(
      "--rules <file>",
      "the rule file: .yaml or a decision table .xlsx/.csv (default with --dataset: its rules)",
    )
    .option(
      "--data <file>",
      "labeled rows: .csv, .tsv, .jsonl or .parquet (instead of the dataset's listings)",
    )
    .option(
      "--encoding <name>",
      "text encoding of --data (utf-8, cp949, euc-kr, utf-16 …)",
      "utf-8",
    )
    .option("--label <column>", "label column: boolean, 0/1 or true/false", "is_violation")
    .option("--id <column>", "row id column, to list example hits per rule")
    .option("--by <col,...>", "segment columns for the per-segment breakdown")
    .option("--time <column>", "time column for weekly hits")
    .option("--json <out.json>", 'write the full result as JSON ("-" for stdout)')
    .addOption(engineOption())
    .option(
      "--lists <dir>",
      "folder of named lists (default: ../lists beside the rule file's folder)",
    )
    .option(
      "--match <mode>",
      "how the active rules' actions combine on a listing: all (every hit rule applies, block > review > tag) or first (the first hit rule by priority decides); default: the file's match:, else all",
    )
    .option(
      "--capacity <queue=n,...>",
      "flags per day each review queue can take, for the shadow readout (default: the most reviews the queue decided in one day)",
    )
    .option(
      "--since <day>",
      "first day of the shadow readout's window (default: the first day of data)",
    )
    .option(
      "--as-of <day>",
      "last day of the shadow readout: only labels decided by its end count (default: the newest day)",
    )
    .addHelpText(
      "after",
      `
Shadow rules (status: shadow) are evaluated and reported, never counted in the total; each gets a
readout: new catches and new false flags against the active rules, overlap, extra flags per day
per queue against capacity, precision as labels arrived, and a recommendation.

Example:
  npx tns backtest --rules data/rules/production-rules.yaml --data data/listings.csv \\
      --label is_violation --id listing_id --by category --json backtest.json`,
    )
    .addOption(csv)
    .addOption(xlsx)
    .action(async (opts: BacktestCommandOptions) => {
      const started = performance.now();
      if (opts.match !== undefined && !matchModeNames.includes(opts.match as MatchModeName))
        throw new RuleError(
          `--match ${JSON.stringify(opts.match)} is not a mode; use all or first`,
        );
      await checkTableOutputs(opts);
      if (!opts.data && !opts.dataset)
        throw new RuleError(
          "give --dataset <tns.yaml> or --data <file> (with --rules <rules.yaml>); e.g. --dataset data/tns.yaml",
        );
      const ds = await openDataset(opts.dataset ?? adHocDefinition());
      const rulesFile = opts.rules ?? ds.definition.rules;
      if (!rulesFile)
        throw new RuleError(
          `${ds.definition.file} names no rule file; add rules: <file> to it or pass --rules <rules.yaml>`,
        );
      const ruleSet = await loadRuleFile(rulesFile, {
        listsDir: opts.lists ?? (opts.rules ? undefined : ds.definition.lists),
      });
      let from: string | undefined;
      if (opts.data) {
        await ds.attachFile("backtest_input", opts.data, { encoding: opts.encoding });
        from = "backtest_input";
      }
      const source = opts.data ?? ds.definition.file;
      // LIMIT 1 reads the first chunk only, so an empty file is named before its rules are checked.
      if ((await ds.query(`SELECT 1 AS one FROM ${from ?? "listings"} LIMIT 1`)).numRows() === 0)
        throw new RuleError(`${source}: the data has no rows; there is nothing to backtest`);
      if (
        opts.id &&
        !(await relationColumns(ds, from ?? listingRowsSql(ds))).some((c) => c.name === opts.id)
      )
        throw new RuleError(
          `--id column "${opts.id}" is not in ${source}; pass an existing column`,
        );
      const by = (opts.by ?? "")
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean);
      const {
        compiled,
        backtest: result,
        examples,
      } = await backtestDataset(ds, ruleSet, {
        from,
        label: opts.label,
        by,
        time: opts.time,
        id: opts.id,
        match: (opts.match as MatchModeName | undefined) ?? ruleSet.match,
      });
      const shadow = compiled.rules.some((r) => r.definition.status === "shadow")
        ? await rulesShadowReadout(ds, compiled, {
            from,
            id: opts.id,
            time: opts.time,
            label: opts.label,
            capacity: opts.capacity,
            since: opts.since,
            asOf: opts.asOf,
          })
        : undefined;
      ds.close();
      const rulesOut = result.rules.map((r) => ({
        ...r,
        ...(opts.id ? { examples: examples[r.id] } : {}),
        ...(r.status === "shadow" && shadow && "rules" in shadow
          ? { shadow: shadow.rules.find((s) => s.id === r.id) }
          : {}),
      }));
      const report = {
        rules_file: rulesFile,
        data: source,
        label: opts.label,
        rows: result.rows,
        labeled: result.labeled,
        positives: result.positives,
        rules: rulesOut,
        total: result.total,
        actions: result.actions,
        ...(shadow
          ? {
              shadow_readout:
                "rules" in shadow
                  ? {
                      since: shadow.since,
                      as_of: shadow.asOf,
                      days: shadow.days,
                      label_source: shadow.labelSource,
                      dated_labels: shadow.datedLabels,
                      queues: shadow.queues,
                      notes: shadow.notes,
                    }
                  : { notes: [shadow.skipped] },
            }
          : {}),
        overlap: result.overlap,
        segments: result.segments,
        periods: result.periods,
        warnings: [...compiled.diagnostics.map(formatRuleDiagnostic), ...result.warnings],
        seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
      };
      const json = `${JSON.stringify(report, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
      if (opts.json === "-") process.stdout.write(json);
      else if (opts.json) await writeFileAtomic(opts.json, json);
      await writeTableOutputs(opts, backtestTables(report));
      const print = opts.json === "-" ? log : (line: string) => process.stdout.write(`${line}\n`);
      for (const w of report.warnings) print(`warning: ${w}`);
      print(`${result.rows} rows, ${result.labeled} labeled, ${result.positives} positive`);
      print(
        "rule                          hits     tp     fp  precision (95% CI)        recall  unique",
      );
      const label = (r: { id: string; status?: string }) =>
        r.status === "shadow" ? `${r.id} (shadow)` : r.id;
      for (const r of [
        ...result.rules.map((r) => ({ ...r, id: label(r) })),
        { ...result.total, id: shadow ? "(active rules)" : "(all rules)", unique_hits: NaN },
      ])
        print(
          `${r.id.padEnd(28)} ${String(r.hits).padStart(5)} ${String(r.tp).padStart(6)} ${String(r.fp).padStart(6)}  ${formatPercent(r.precision).padStart(6)} (${formatPercent(r.precision_low)}–${formatPercent(r.precision_high)})`.padEnd(
            78,
          ) +
            `${formatPercent(r.recall).padStart(6)}  ${Number.isNaN(r.unique_hits) ? "" : String(r.unique_hits).padStart(6)}`,
        );
      print(
        `actions (${result.actions.match}-match): ${result.actions.taken.map((a) => `${a.action} ${a.hits}`).join(", ") || "none"}`,
      );
      if (shadow && "rules" in shadow) for (const line of shadowLines(shadow)) print(line);
      else if (shadow) print(`shadow readout: ${shadow.skipped}`);
    });
  registerRulesDiffCommand(rules);
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
