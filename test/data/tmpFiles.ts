// Test helper: unique temporary directories under test/.tmp/data/ (git-ignored).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../.tmp/data/", import.meta.url));

/** A fresh directory for one test file. */
export function tmpDir(prefix: string): string {
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

/** Writes `content` to `dir/name` and returns the path. */
export function writeTmp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
