import { open as openFile, readdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { SourceFormatName } from "./DatasetDefinition.js";
import { decoderLabel } from "./decoderLabel.js";
import { sourceFormat, sourceReaderSql } from "./sourceReaderSql.js";
import { transcodeToUtf8 } from "./transcodeToUtf8.js";

/** One data file found in a folder: format, encoding, columns with their types and sample values. */
export interface InspectedFile {
  /** Path relative to the folder. */
  path: string;
  format: SourceFormatName;
  encoding: string;
  columns: { name: string; type: string; samples: string[] }[];
  /** Why the file could not be read, when it could not. */
  problem?: string;
}

const SKIP = new Set(["node_modules", ".git", "reports"]);

/**
 * Finds the data files in a folder (up to three levels deep: .csv .tsv .csv.gz .parquet .jsonl)
 * and reads each one's header, types and a few values with DuckDB, guessing CP949 for text that is
 * not UTF-8. Reads at most a sample of each file.
 * @example const files = await inspectFolder("exports/");
 */
export async function inspectFolder(folder: string): Promise<InspectedFile[]> {
  const paths = await findFiles(folder, 3);
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  const out: InspectedFile[] = [];
  try {
    for (const path of paths) {
      const format = sourceFormat(path)!;
      const file: InspectedFile = {
        path: relative(folder, path),
        format,
        encoding: "utf-8",
        columns: [],
      };
      try {
        let readPath = path;
        if (format !== "parquet" && !path.endsWith(".gz")) {
          file.encoding = await guessEncoding(path);
          if (file.encoding !== "utf-8") {
            readPath = `${path}.tns-init.tmp`;
            await transcodeToUtf8(path, readPath, file.encoding);
          }
        }
        const reader = sourceReaderSql([readPath], format, {
          columns: {},
          encoding: "utf-8",
          numbers: "plain",
        });
        const described = await db.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
        const [names, types] = described.getColumnsJS() as string[][];
        const sample = await db.runAndReadAll(`SELECT * FROM ${reader} LIMIT 3`);
        const columns = sample.getColumnsJS();
        file.columns = names.map((name, k) => ({
          name,
          type: types[k],
          samples: (columns[k] ?? [])
            .filter((v) => v !== null)
            .map((v) => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 40)),
        }));
        if (readPath !== path) await rm(readPath, { force: true });
      } catch (error) {
        file.problem = (error as Error).message.split("\n")[0];
      }
      out.push(file);
    }
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  return out;
}

async function findFiles(dir: string, depth: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".") || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 1) out.push(...(await findFiles(path, depth - 1)));
    else if (entry.isFile() && sourceFormat(path) && !/\.(txt|json)$/i.test(path)) out.push(path);
  }
  return out;
}

/** utf-8 when the first 256 KB decode as UTF-8, else cp949 when they decode as that, else utf-8. */
async function guessEncoding(path: string): Promise<string> {
  const handle = await openFile(path, "r");
  try {
    const buffer = new Uint8Array(256 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let bytes = buffer.subarray(0, bytesRead);
    // A cut multi-byte character at the end of the sample is not an encoding error.
    const lastNewline = bytes.lastIndexOf(0x0a);
    if (bytesRead === buffer.length && lastNewline > 0) bytes = bytes.subarray(0, lastNewline);
    for (const encoding of ["utf-8", "cp949"]) {
      try {
        new TextDecoder(decoderLabel(encoding), { fatal: true }).decode(bytes);
        return encoding;
      } catch {
        // try the next
      }
    }
    return "utf-8";
  } finally {
    await handle.close();
  }
}
