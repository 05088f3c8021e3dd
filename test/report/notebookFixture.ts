import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Cell, Notebook } from "../../lib/report/Notebook.js";

/** A code cell for test notebooks. */
export const code = (source: string, tags: string[] = []): Cell => ({
  cell_type: "code",
  metadata: { tags },
  source,
  execution_count: null,
  outputs: [],
});

/** A Markdown cell for test notebooks. */
export const markdown = (source: string): Cell => ({ cell_type: "markdown", metadata: {}, source });

/** A tslab notebook made of the given cells. */
export const notebook = (cells: Cell[]): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
  cells,
});

/** A fresh folder under test/.tmp (inside the repo, so cells resolve node_modules like notebooks/ does). */
export async function tempDir(prefix: string): Promise<string> {
  await mkdir("test/.tmp", { recursive: true });
  return mkdtemp(join("test/.tmp", `${prefix}-`));
}

/** Writes notebooks (name → notebook or raw text) into a folder and returns their paths. */
export async function writeNotebooks(
  dir: string,
  files: Record<string, Notebook | string>,
): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, typeof content === "string" ? content : JSON.stringify(content, null, 1));
    paths.push(path);
  }
  return paths;
}
