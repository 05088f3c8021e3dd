import { spawnSync } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { code, markdown, notebook, tempDir, writeNotebooks } from "../report/notebookFixture.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8" });

// A stack trace line, which an expected failure must never print.
const stackFrame = /^\s+at /m;

describe("tns exit codes", { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("exit-codes");
  });

  const cases: [string, string[], RegExp][] = [
    ["an unknown command", ["nope"], /unknown command 'nope'/],
    ["a missing required option", ["rca"], /required option '--[a-z-]+ <[^>]+>' not specified/],
    ["report -j abc", ["report", "-j", "abc"], /--jobs "abc": not a whole number ≥ 1/],
    ["report --memory lots", ["report", "--memory", "lots"], /--memory "lots": not a memory size/],
    [
      "report --memory 1GB (too small for two notebooks)",
      ["report", "--memory", "1GB"],
      /1024 MB is too small for 2 notebooks at once .* pass --memory 1480MB or more, or fewer --jobs/,
    ],
    ["report --timeout 0", ["report", "--timeout", "0"], /--timeout "0": not a whole number ≥ 1/],
    [
      "rca --zone Mars/Base",
      ["rca", "--data", "data/reviews.csv", "--kpi", "x", "--zone", "Mars/Base"],
      /--zone "Mars\/Base": not a known time zone; use an IANA name/,
    ],
    [
      "backtest --id nope",
      [
        "backtest",
        "--rules",
        "data/rules/production-rules.yaml",
        "--data",
        "data/listings.csv",
        "--id",
        "nope",
      ],
      /--id column "nope" is not in data\/listings\.csv; pass an existing column/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`tns exits 2 with a message and no stack trace on ${what}`, () => {
      const run = tns(...args);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(stackFrame);
      expect(run.status).toBe(2);
    });
  }

  it("tns kpi --json <a folder> names the file and exits 2 (EISDIR)", async () => {
    const folder = join(dir, "a-folder");
    await mkdir(folder, { recursive: true });
    const run = tns("kpi", "--from", "2026-10-19", "--to", "2026-10-20", "--json", folder);
    expect(run.stderr).toMatch(/cannot write .*a-folder: it is a folder; give a file path/);
    expect(run.stderr).not.toMatch(stackFrame);
    expect(run.status).toBe(2);
  });

  it("tns report renders the other reports when one cannot be written and the index says which failed", async () => {
    const notebooks = join(dir, "nbs");
    await mkdir(notebooks, { recursive: true });
    await writeNotebooks(notebooks, {
      "a.ipynb": notebook([markdown("# A"), code('console.log("a")')]),
      "b.ipynb": notebook([markdown("# B"), code('console.log("b")')]),
    });
    const out = join(dir, "out");
    await mkdir(join(out, "a.html"), { recursive: true }); // a folder where a report goes
    const run = tns("report", "--notebooks", notebooks, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1\/2 reports rendered/);
    expect(run.stderr).not.toMatch(stackFrame);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toMatch(/cannot write .*a\.html: it is a folder/);
    expect(await readFile(join(out, "b.html"), "utf8")).toMatch(/<h1/);
  });
});
