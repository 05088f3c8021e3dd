// The notebooks a notebook script works on: the ones named on its command line, or every
// notebooks/*.ipynb in name order.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * The notebook paths given as arguments (anything not starting with "--"), else notebooks/*.ipynb.
 * @example const files = await notebookFiles(process.argv.slice(2));
 */
export async function notebookFiles(args) {
  const given = args.filter((a) => !a.startsWith("--"));
  if (given.length) return given;
  return (await readdir("notebooks"))
    .filter((f) => f.endsWith(".ipynb"))
    .sort()
    .map((f) => join("notebooks", f));
}
