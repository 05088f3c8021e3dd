import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { code, markdown, notebook, tempDir, writeNotebooks } from "../report/notebookFixture.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8" });

describe("tns", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("cli");
    await writeNotebooks(dir, {
      "ok.ipynb": notebook([
        markdown("# OK"),
        code("const n = 1;", ["parameters"]),
        code("console.log(n * 2)"),
      ]),
      "plain.ipynb": notebook([code("1")]),
      "python.ipynb": JSON.stringify({
        ...notebook([code("1")]),
        metadata: { kernelspec: { name: "python3" } },
      }),
      "fails.ipynb": notebook([code('throw new Error("no data for 2026-13-01")')]),
      "dated.ipynb": notebook([
        markdown("# Dated"),
        code('const date = "2026-10-29";', ["parameters"]),
        code(
          [
            'import * as tslab from "tslab";',
            'import { report } from "../../../dist/lib/index.js";',
            'const coverage = report.reportCoverage("2026-10-29", date);',
            "tslab.display.raw(report.reportInfoMimeType, report.reportInfo({ period: `up to ${date}`, coverage }));",
          ].join("\n"),
        ),
      ]),
    });
    await writeFile(join(dir, "broken.ipynb"), '{"nbformat": 4,\n "cells": [}');
  });

  it("tns --help lists the render and report commands", () => {
    const run = tns("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/render \[options\] <notebook>/);
    expect(run.stdout).toMatch(/report \[options\]/);
  });

  it("tns render exits 0 and writes the report and the executed notebook", () => {
    const out = join(dir, "out-ok");
    const run = tns("render", join(dir, "ok.ipynb"), "--param", "n=21", "--out", out);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, "ok.html"))).toBe(true);
    expect(existsSync(join(out, "ok.ipynb"))).toBe(true);
  });

  it("tns render exits 1 on a failing cell and still writes the report with the error", async () => {
    const out = join(dir, "out-fails");
    const run = tns("render", join(dir, "fails.ipynb"), "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FAIL fails\.ipynb/);
    expect(run.stderr).toMatch(/cell 1: Error: no data for 2026-13-01/);
    expect(await readFile(join(out, "fails.html"), "utf8")).toContain("no data for 2026-13-01");
  });

  it("tns render exits 2 with a clear message for invalid JSON, a wrong kernel, a bad parameter or a missing file, writing nothing", () => {
    const out = join(dir, "out-bad");
    const cases: [string[], RegExp][] = [
      [
        [join(dir, "broken.ipynb")],
        /broken\.ipynb, line 2, column 12: the notebook is not valid JSON/,
      ],
      [[join(dir, "python.ipynb")], /kernelspec is "python3", expected "tslab"/],
      [
        [join(dir, "plain.ipynb"), "--param", "date=2026-10-29"],
        /cannot set date: the notebook has no cell tagged "parameters"/,
      ],
      [
        [join(dir, "ok.ipynb"), "--param", "m=2"],
        /no parameter named "m"; the parameters cell declares n/,
      ],
      [[join(dir, "ok.ipynb"), "--param", "n=two"], /parameter n="two" is not a number/],
      [
        [join(dir, "dated.ipynb"), "--param", "date=2026-13-45"],
        /parameter date="2026-13-45" is not a calendar day like its default; pass YYYY-MM-DD/,
      ],
      [[join(dir, "missing.ipynb")], /notebook not found: .*missing\.ipynb/],
    ];
    for (const [args, message] of cases) {
      const run = tns("render", ...args, "--out", out);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("tns report renders the others when one notebook fails and exits 1", async () => {
    const out = join(dir, "out-suite");
    const run = tns("report", "--notebooks", dir, "--out", out, "--only", "ok,fails");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ok +ok\.ipynb \(/);
    expect(run.stderr).toMatch(/1\/2 reports rendered/);
    expect(await readFile(join(out, "index.html"), "utf8")).toContain('<a href="ok.html">OK</a>');
  });

  it("tns report exits 2 on a date that is not a calendar day before any notebook runs", () => {
    const out = join(dir, "out-bad-date");
    const run = tns(
      "report",
      "--notebooks",
      dir,
      "--out",
      out,
      "--only",
      "dated,ok",
      "-p",
      "date=2026-02-30",
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dated\.ipynb: parameter date="2026-02-30" is not a calendar day/);
    expect(existsSync(out)).toBe(false);
  });

  it("tns render and tns report exit 1 when the report date is beyond the data, naming where the data ends", async () => {
    const rendered = tns(
      "render",
      join(dir, "dated.ipynb"),
      "--out",
      join(dir, "out-late"),
      "-p",
      "date=2026-12-31",
    );
    expect(rendered.status).toBe(1);
    expect(rendered.stderr).toMatch(/data ends 2026-10-29, before the report date 2026-12-31/);
    const out = join(dir, "out-late-suite");
    const run = tns(
      "report",
      "--notebooks",
      dir,
      "--out",
      out,
      "--only",
      "dated",
      "-p",
      "date=2026-12-31",
    );
    expect(run.status).toBe(1);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toMatch(/status-failed">incomplete<\/span>/);
    expect(index).toContain("data ends 2026-10-29, before the report date 2026-12-31");
    const onTime = tns(
      "report",
      "--notebooks",
      dir,
      "--out",
      join(dir, "out-on-time"),
      "--only",
      "dated",
    );
    expect(onTime.status).toBe(0);
  }, 300_000);
});
