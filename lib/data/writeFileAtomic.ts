import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { FileSystemError } from "../errors/FileSystemError.js";

/**
 * Writes a file so readers see the old content or the new, never half of it: the data goes to a
 * temporary file in the same folder, which is then renamed over the target. A failure (disk full,
 * read-only, a folder in the way) throws a {@link FileSystemError} naming `path`. Temporary files
 * left for the same target by a killed process (SIGKILL skips clean-up) are removed.
 * @example await writeFileAtomic("reports/index.html", html);
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw FileSystemError.from(error, path, "write");
  }
  await removeAbandoned(folder, basename(path));
}

// `.<name>.<pid>.<time>.tmp` files whose process is gone.
async function removeAbandoned(folder: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const entry of await readdir(folder).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = Number(entry.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      await rm(join(folder, entry), { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
