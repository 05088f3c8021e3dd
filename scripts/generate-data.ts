// Command line of the synthetic data generator; the work is in scripts/generate/generateDataset.ts.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_ROWS, generateDataset } from "./generate/generateDataset.js";
import { writeAnalystLayout } from "./generate/writeAnalystLayout.js";
import { DEFAULT_ZONE } from "../lib/time/defaultZone.js";

export { generateDataset } from "./generate/generateDataset.js";

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`expected an integer, got "${value}"`);
  return Number(value);
}

/**
 * Runs the generator command line: `generate-data [--seed 42] [--days 90] [--rows N] [--out data]`.
 * Non-default sizes go to data/generated/ unless --out is given, so the committed sample stays put.
 * @example await main(["node", "generate-data", "--rows", "1000000"]);
 */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name("generate-data")
    .description("Generate the seeded synthetic TnS marketplace dataset")
    .option("--seed <n>", "random seed", integer, 42)
    .option("--days <n>", `days from 2026-08-01 (${DEFAULT_ZONE})`, integer, 90)
    .option("--rows <n>", `listings in total (default ${DEFAULT_ROWS} per 90 days)`, integer)
    .option(
      "--out <dir>",
      "output folder (default data/, or data/generated/ for non-default sizes)",
    )
    .option(
      "--layout <kind>",
      "kit (the kit's own file and column names) or analyst (other names, Parquet/JSONL/TSV, a CP949 CSV) — the same data either way",
      "kit",
    )
    .parse([...argv]);
  const options = program.opts<{
    seed: number;
    days: number;
    rows?: number;
    out?: string;
    layout: string;
  }>();
  if (options.layout !== "kit" && options.layout !== "analyst")
    program.error(`--layout: use kit or analyst, not ${options.layout}`, { exitCode: 2 });
  const defaultSize = options.days === 90 && (options.rows ?? DEFAULT_ROWS) === DEFAULT_ROWS;
  const out = options.out ?? (defaultSize ? "data" : "data/generated");
  const started = performance.now();
  const analyst = options.layout === "analyst";
  const kitOut = analyst ? join(out, ".kit-layout") : out;
  const summary = generateDataset({ ...options, out: kitOut });
  if (analyst) {
    await writeAnalystLayout(kitOut, out);
    rmSync(kitOut, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generated ${summary.rows} listings over ${summary.days} days (seed ${summary.seed}) into ` +
      `${resolve(out)} in ${seconds}s; ${summary.incidents} incidents`,
  );
  for (const [file, lines] of Object.entries(summary.lines))
    console.log(`  ${file}: ${lines} lines`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
