import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { join } from "node:path";
import type { Benchmark } from "./Benchmark.js";

const SOURCE_DIR = "data/generated/bench-2m";
const DIR = "data/generated/load-1gb";
const FILE = join(DIR, "listings.csv");

interface Loaded {
  rows: number;
  maxRssMb: number;
}

/** Writes a ≥ 1 GB listings CSV by repeating the 2M-row generated listings' body. */
async function setup(): Promise<void> {
  if (existsSync(FILE) && statSync(FILE).size >= 1e9) return;
  if (!existsSync(join(SOURCE_DIR, "listings.csv")))
    execFileSync(
      process.execPath,
      ["dist/scripts/generate-data.js", "--rows", "2000000", "--out", SOURCE_DIR],
      {
        stdio: "inherit",
      },
    );
  await mkdir(DIR, { recursive: true });
  const out = createWriteStream(FILE);
  let header = true;
  while (out.bytesWritten < 1e9) {
    let first = true;
    for await (const chunk of createReadStream(join(SOURCE_DIR, "listings.csv"))) {
      let text = chunk as Buffer;
      if (first && !header) text = text.subarray(text.indexOf(0x0a) + 1);
      first = false;
      if (!out.write(text)) await once(out, "drain");
    }
    header = false;
  }
  out.end();
  await once(out, "finish");
}

function load(mode: "kit" | "in-memory"): Loaded {
  const run = spawnSync(process.execPath, ["dist/scripts/bench/loadDatasetChild.js", mode, FILE], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${mode} load failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Loaded;
}

/**
 * Loading a ≥ 1 GB listings CSV: the kit's dataset engine (an on-disk DuckDB that spills past its
 * memory limit) against DuckDB loading the same file into an in-memory database; each in its own
 * process, peak RSS printed beside the file size.
 */
export const datasetLoadBenchmark: Benchmark = {
  name: "dataset-load-1gb",
  description:
    "a ≥ 1 GB listings CSV loaded by openDataset (on-disk engine) vs DuckDB in memory, peak RSS of each",
  setup,
  kit: () => load("kit"),
  baseline: () => load("in-memory"),
  check(kit, baseline) {
    const a = kit as Loaded;
    const b = baseline as Loaded;
    if (a.rows !== b.rows)
      throw new Error(`dataset-load: kit read ${a.rows} rows, DuckDB ${b.rows}`);
    const mb = Math.round(statSync(FILE).size / 1e6);
    console.log(`  file     ${mb} MB, ${a.rows} rows`);
    console.log(`  peak RSS kit ${a.maxRssMb} MB, in-memory DuckDB ${b.maxRssMb} MB`);
  },
};
