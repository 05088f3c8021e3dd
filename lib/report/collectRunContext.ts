import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { DataFileHash, RunContext } from "./RunContext.js";

/** Options for {@link collectRunContext}. */
export interface CollectRunContextOptions {
  /** Folder whose data files are hashed (not recursively into generated/). Default: "data". */
  dataDir?: string;
}

const dataFile = /\.(csv|jsonl|ndjson|parquet|json|yaml|yml|txt)$/i;

/**
 * Collects what a report run is made from: the git commit of the code and a SHA-256 of every data
 * file under `dataDir` (sub-folders included, except `generated/` with its benchmark-sized data).
 * @example const context = await collectRunContext({ dataDir: "data" });
 */
export async function collectRunContext(
  options: CollectRunContextOptions = {},
): Promise<RunContext> {
  const dataDir = options.dataDir ?? "data";
  const files: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // no data folder: nothing to hash
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated" && !entry.name.startsWith("."))
        await walk(path);
      else if (entry.isFile() && dataFile.test(entry.name)) files.push(path);
    }
  };
  await walk(dataDir);
  const data: DataFileHash[] = [];
  for (const path of files) {
    data.push({
      path: path.split("\\").join("/"),
      sha256: await sha256(path),
      bytes: (await stat(path)).size,
    });
  }
  return { gitCommit: gitCommit(), data };
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return dirty ? `${head} (modified)` : head;
  } catch {
    return "unknown";
  }
}
