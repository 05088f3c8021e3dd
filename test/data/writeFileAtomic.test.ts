import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile as realWriteFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { code, markdown, notebook, tempDir, writeNotebooks } from "../report/notebookFixture.js";

// Simulated device errors: writeFileAtomic's temporary file for a name containing "full" gets
// ENOSPC, "readonly" EROFS; other writes (the test's own fixtures) go through.
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  const fail = (code: string) =>
    Object.assign(new Error(`${code}: simulated, write`), { code, errno: -28, syscall: "write" });
  return {
    ...fs,
    writeFile: async (path: Parameters<typeof fs.writeFile>[0], ...rest: unknown[]) => {
      const temporary = String(path).endsWith(".tmp");
      if (temporary && String(path).includes("full")) throw fail("ENOSPC");
      if (temporary && String(path).includes("readonly")) throw fail("EROFS");
      return (fs.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
    },
  };
});

const { writeFileAtomic } = await import("../../lib/data/writeFileAtomic.js");
const { FileSystemError } = await import("../../lib/errors/FileSystemError.js");
const { renderReportSuite } = await import("../../lib/report/renderReportSuite.js");

describe("writeFileAtomic", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("atomic");
  });

  it("writeFileAtomic names the file and the fix on ENOSPC and EROFS and leaves no temporary file", async () => {
    await expect(writeFileAtomic(join(dir, "full.html"), "x")).rejects.toThrow(
      /cannot write .*full\.html: no space left on the device; free space or write to another folder/,
    );
    await expect(writeFileAtomic(join(dir, "readonly.html"), "x")).rejects.toBeInstanceOf(
      FileSystemError,
    );
    await expect(writeFileAtomic(join(dir, "readonly.html"), "x")).rejects.toThrow(
      /readonly\.html: the file system is read-only; choose a writable folder/,
    );
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writeFileAtomic removes temporary files a killed process left for the same file", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const abandoned = join(dir, `.page.html.${dead}.1700000000000.tmp`);
    const other = join(dir, `.other.html.${dead}.1700000000000.tmp`);
    await realWriteFile(abandoned, "half");
    await realWriteFile(other, "half");
    await writeFileAtomic(join(dir, "page.html"), "whole");
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(other)).toBe(true); // another file's: left to its own next write
    expect(await readFile(join(dir, "page.html"), "utf8")).toBe("whole");
  });

  it("renderReportSuite renders the other reports on ENOSPC and writes an index saying which failed", async () => {
    const notebooks = join(dir, "nbs");
    await mkdir(notebooks, { recursive: true });
    await writeNotebooks(notebooks, {
      "a-full.ipynb": notebook([markdown("# A"), code('console.log("a")')]),
      "b.ipynb": notebook([markdown("# B"), code('console.log("b")')]),
    });
    const out = join(dir, "out");
    const results = await renderReportSuite({
      notebooksDir: notebooks,
      outDir: out,
      concurrency: 1,
    });
    expect(results.map((r) => r.status)).toEqual(["failed", "ok"]);
    expect(results[0].message).toMatch(/a-full\.ipynb: no space left on the device/);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toMatch(/no space left on the device/);
    expect(existsSync(join(out, "b.html"))).toBe(true);
  }, 300_000);
});
