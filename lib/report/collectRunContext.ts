import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { relative, sep } from "node:path";
import type { DatasetDefinition } from "../dataset/DatasetDefinition.js";
import { datasetInputs } from "../dataset/datasetInputs.js";
import { readDatasetDefinition } from "../dataset/readDatasetDefinition.js";
import type { DataFileHash, RunContext } from "./RunContext.js";

/** The bundled sample's definition, what a run reads when it names no dataset. */
const sampleDataset = "data/tns.yaml";

/** Options for {@link collectRunContext}. */
export interface CollectRunContextOptions {
  /**
   * The dataset definition the run reads (a tns.yaml, its folder, or a parsed definition), whose
   * inputs are hashed. Default: the bundled sample, data/tns.yaml (no data listed when absent).
   */
  dataset?: string | DatasetDefinition;
}

/**
 * Collects what a report run is made from: the git commit of the code and a SHA-256 of every input
 * the dataset definition reads (see {@link datasetInputs}), each file read once as a stream, paths
 * relative to the dataset's folder. Throws {@link DatasetError} for a definition that cannot be read.
 * @example const context = await collectRunContext({ dataset: "exports/tns.yaml" });
 */
export async function collectRunContext(
  options: CollectRunContextOptions = {},
): Promise<RunContext> {
  const named = options.dataset;
  if (named === undefined && !existsSync(sampleDataset))
    return { gitCommit: gitCommit(), data: [] };
  const definition =
    typeof named === "object" ? named : await readDatasetDefinition(named ?? sampleDataset);
  const data: DataFileHash[] = [];
  for (const input of await datasetInputs(definition)) {
    if (input.path === undefined) {
      const sql = input.sql ?? "";
      const sha256 = createHash("sha256").update(sql, "utf8").digest("hex");
      data.push({ path: "SQL source", role: input.role, sha256, bytes: Buffer.byteLength(sql) });
      continue;
    }
    const path = relative(definition.dir, input.path).split(sep).join("/");
    data.push({ path, role: input.role, ...(await digestFile(input.path)) });
  }
  return { gitCommit: gitCommit(), data };
}

async function digestFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
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
