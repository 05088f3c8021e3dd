import { checkZone } from "../../lib/time/checkZone.js";
import { Option, type Command } from "commander";
import { loadTable } from "../../lib/data/loadTable.js";
import type { TableSchema } from "../../lib/data/TableSchema.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import type { KitTableName } from "../../lib/dataset/kitTables.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { leafCube, type LeafCube } from "../../lib/rca/leafCube.js";
import { leafCubeFromDataset, type SqlMeasure } from "../../lib/rca/leafCubeFromDataset.js";
import { noSource, noTable, unknownTable } from "../../lib/rca/messages.js";
import { parsePeriodRange, type PeriodRange } from "../../lib/rca/PeriodRange.js";
import { RcaError } from "../../lib/rca/RcaError.js";
import { adtributor } from "../../lib/rca/adtributor.js";
import { rippleSearch } from "../../lib/rca/rippleSearch.js";
import type { RcaResult } from "../../lib/rca/RcaResult.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";
import { DEFAULT_DATASET } from "./cliDataset.js";
import { log } from "./cliLog.js";
import { engineOption } from "./engineOption.js";
import { DEFAULT_ZONE } from "../../lib/time/defaultZone.js";
import { MISSING } from "../../lib/format/missing.js";

interface RcaCommandOptions {
  data?: string;
  dataset?: string;
  table?: string;
  time: string;
  dims: string;
  measure?: string;
  ratio?: string;
  baseline: string;
  current: string;
  top: string;
  json?: string;
  method: "ripple" | "adtributor";
  maxDepth: string;
  baselineScale: string;
  zone?: string;
  maxCardinality: string;
}

const COUNT = "1";

/** Adds `tns rca`: which segments explain a KPI's change between two periods. */
export function registerRcaCommands(program: Command): void {
  program
    .command("rca")
    .description(
      "explain a KPI change between two periods: the segments (dimension values) that moved it, best first",
    )
    .option("--data <file>", "a .csv, .jsonl or .parquet file, one row per event or per group")
    .option("--dataset <tns.yaml>", "or a dataset definition: sums computed in its engine")
    .option("--table <name>", "with --dataset: the kit table (reviews, flags, listings …)")
    .addOption(engineOption())
    .requiredOption("--time <col>", "time column: ISO 8601 timestamps or dates, or epoch seconds")
    .requiredOption("--dims <a,b,c>", "comma-separated dimension columns to search")
    .option("--measure <col>", `additive KPI: the column to sum ("${COUNT}" counts rows)`)
    .option(
      "--ratio <num>/<den>",
      `ratio KPI: numerator/denominator columns ("${COUNT}" counts rows), e.g. confirmed/${COUNT}`,
    )
    .requiredOption(
      "--baseline <from>..<to>",
      "baseline period, e.g. 2026-09-01..2026-09-14 (end day included)",
    )
    .requiredOption("--current <from>..<to>", "current period, e.g. 2026-09-15..2026-09-29")
    .option("--top <n>", "most causes listed", "5")
    .option("--json <out.json>", 'write the result as JSON to this file ("-" for stdout)')
    .addOption(
      new Option("--method <name>", "search method")
        .choices(["ripple", "adtributor"])
        .default("ripple"),
    )
    .option("--max-depth <n>", "ripple: most dimensions one segment fixes", "3")
    .option(
      "--baseline-scale <x>",
      'additive KPIs: factor on the baseline; "auto" = current length / baseline length',
      "auto",
    )
    .option(
      "--zone <iana>",
      `zone of dates and naive timestamps (default ${DEFAULT_ZONE}, or the dataset's)`,
      (zone: string) => checkZone(zone, "--zone"),
    )
    .option(
      "--max-cardinality <n>",
      "a dimension with more distinct values is left out as id-like",
      "1000",
    )
    .addHelpText(
      "after",
      `
Examples:
  npx tns rca --data flags.csv --time flagged_at --dims queue,detector,category --ratio hit/1 \\
      --baseline 2026-09-30..2026-10-09 --current 2026-10-10..2026-10-13 --json rca.json
  npx tns rca --dataset data/tns.yaml --table reviews --time reviewed_at --dims queue \\
      --measure handling_seconds --baseline 2026-10-01..2026-10-07 --current 2026-10-08..2026-10-14
  npx tns rca --data listings.csv --time created_at --dims category,tier,country --measure missed \\
      --baseline 2026-09-01..2026-09-14 --current 2026-09-15..2026-09-29`,
    )
    .action(async (opts: RcaCommandOptions) => {
      const started = performance.now();
      const result = await runRca(opts);
      const seconds = (performance.now() - started) / 1000;
      const source = opts.data ?? `${opts.dataset ?? DEFAULT_DATASET}#${opts.table ?? ""}`;
      const report = { ...result, data: source, seconds: Number(seconds.toFixed(3)) };
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (opts.json === "-") process.stdout.write(json);
      else if (opts.json) await writeFileAtomic(opts.json, json);
      const print = opts.json === "-" ? log : (line: string) => process.stdout.write(`${line}\n`);
      summary(result).forEach((line) => (opts.json && opts.json !== "-" ? log(line) : print(line)));
    });
}

async function runRca(opts: RcaCommandOptions): Promise<RcaResult & { top: number }> {
  const dims = opts.dims
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  if ((opts.measure === undefined) === (opts.ratio === undefined))
    throw new RcaError(
      "give exactly one of --measure <col> and --ratio <num>/<den>; e.g. --ratio confirmed/1 for the share of rows confirmed",
    );
  const [num, den, extra] = (opts.ratio ?? "").split("/").map((s) => s.trim());
  if (opts.ratio !== undefined && (!num || !den || extra !== undefined))
    throw new RcaError(
      `--ratio: "${opts.ratio}" is not <numerator>/<denominator>; write two column names like confirmed/decided, or confirmed/1 to divide by the row count`,
    );
  const top = positiveInteger("--top", opts.top);
  const maxDepth = positiveInteger("--max-depth", opts.maxDepth);
  const maxCardinality = positiveInteger("--max-cardinality", opts.maxCardinality);
  const engine = opts.dataset !== undefined || opts.table !== undefined;
  if (engine === (opts.data !== undefined)) throw new RcaError(noSource());
  if (engine && opts.table === undefined) throw new RcaError(noTable());
  const ds = engine ? await openDataset(opts.dataset ?? DEFAULT_DATASET) : undefined;
  const zone = opts.zone ?? ds?.definition.zone ?? DEFAULT_ZONE;
  const baseline = parsePeriodRange(opts.baseline, "--baseline", zone);
  const current = parsePeriodRange(opts.current, "--current", zone);
  const built = ds
    ? await leafCubeFromDataset(ds, kitTable(ds, opts.table!), {
        dims,
        time: opts.time,
        baseline,
        current,
        zone,
        maxCardinality,
        ...(opts.ratio !== undefined
          ? { numerator: sqlMeasure(num), denominator: sqlMeasure(den) }
          : { measure: sqlMeasure(opts.measure!) }),
      }).finally(() => ds.close())
    : await cubeFromFile(opts, dims, { baseline, current, zone, maxCardinality, num, den });
  // A row count has no column name: call it "rows" in the output.
  const names = {
    numerator: num === COUNT || opts.measure === COUNT ? "rows" : built.names.numerator,
    denominator: den === COUNT ? "rows" : built.names.denominator,
  };
  const cube = { ...built, names };
  const scale =
    opts.baselineScale === "auto"
      ? (current.to - current.from) / (baseline.to - baseline.from)
      : Number(opts.baselineScale);
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new RcaError(
      `--baseline-scale: "${opts.baselineScale}" is not a positive number; write e.g. 1, 0.5 or auto`,
    );
  const result =
    opts.method === "adtributor"
      ? adtributor(cube, { baselineScale: scale })
      : rippleSearch(cube, { top, maxDepth, baselineScale: scale });
  return { ...result, causes: result.causes.slice(0, top), top };
}

async function cubeFromFile(
  opts: RcaCommandOptions,
  dims: string[],
  p: {
    baseline: PeriodRange;
    current: PeriodRange;
    zone: string;
    maxCardinality: number;
    num: string;
    den: string;
  },
): Promise<LeafCube> {
  const { baseline, current, zone, maxCardinality, num, den } = p;
  const measures = (opts.ratio !== undefined ? [num, den] : [opts.measure!]).filter(
    (c) => c !== COUNT,
  );
  const columns = Object.fromEntries(
    [opts.time, ...dims, ...measures].map((c) => [c, { type: "string" as const }]),
  );
  const schema: TableSchema = { name: opts.data!, columns };
  const rows = (
    await loadTable(opts.data!, schema, { extraColumns: "drop", zone })
  ).objects() as Record<string, unknown>[];
  const column = (name: string) => (name === COUNT ? () => 1 : name);
  return leafCube(rows, {
    dims,
    time: opts.time,
    baseline,
    current,
    zone,
    maxCardinality,
    ...(opts.ratio !== undefined
      ? { numerator: column(num), denominator: column(den) }
      : { measure: column(opts.measure!) }),
  });
}

const sqlMeasure = (name: string): SqlMeasure => (name === COUNT ? 1 : name);

function kitTable(ds: Dataset, name: string): KitTableName {
  if (!ds.has(name as KitTableName))
    throw new RcaError(unknownTable(name, ds.tables, ds.definition.file));
  return name as KitTableName;
}

function positiveInteger(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new RcaError(`${option}: "${text}" is not a whole number ≥ 1; write e.g. ${option} 5`);
  return n;
}

function summary(result: RcaResult): string[] {
  const lines = result.warnings.map((w) => `warning: ${w}`);
  if (result.empty || !result.kpi)
    return [...lines, `no causes: ${result.empty ?? "nothing to explain"}`];
  const k = result.kpi;
  const fmt = (x: number | null) => (x === null ? MISSING : Number(x.toPrecision(4)).toString());
  lines.push(
    `${k.kind} KPI ${k.kind === "ratio" ? `${k.numerator}/${k.denominator}` : k.numerator}: ${fmt(k.baseline)} → ${fmt(k.current)} (${k.change >= 0 ? "+" : ""}${fmt(k.change)}); ${result.method} scored ${result.candidates} segments`,
  );
  result.causes.forEach((c, i) => {
    const segment = Object.entries(c.segment)
      .map(([d, v]) => `${d}=${v}`)
      .join(", ");
    lines.push(
      `${i + 1}. ${segment}: ${fmt(c.baseline)} → ${fmt(c.current)}, contribution ${fmt(c.contribution)} (${Math.round(c.explanatoryPower * 100)}% of the change), score ${fmt(c.score)}`,
    );
  });
  if (!result.causes.length) lines.push("no segment explains a meaningful share of the change");
  return lines;
}
