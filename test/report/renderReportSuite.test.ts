import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportSuite } from "../../lib/report/renderReportSuite.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import type { RunManifest } from "../../lib/report/RunManifest.js";
import { reportContentSecurityPolicy } from "../../lib/report/reportDocument.js";
import { code, markdown, notebook, tempDir, writeNotebooks } from "./notebookFixture.js";
import { externalUrls, scriptProblems } from "./htmlChecks.js";
import { interactiveScript } from "../../lib/report/interactiveScript.js";

describe("renderReportSuite", () => {
  let dir: string;
  let out: string;
  let results: ReportResult[];
  beforeAll(async () => {
    dir = await tempDir("suite");
    out = join(dir, "reports");
    await writeNotebooks(dir, {
      "01-good.ipynb": notebook([
        markdown(
          "# Good report\n\nA [detail link](02-broken.html) and an [outside link](https://example.com/x).",
        ),
        code('const date = "2026-10-29";', ["parameters"]),
        code(
          'import * as tslab from "tslab";\ntslab.display.html(`<p>for ${date}</p><img src="https://tracker.example/p.png"><a href="http://evil.example">x</a>`);',
        ),
      ]),
      "02-broken.ipynb": notebook([
        markdown("# Broken report"),
        code('throw new Error("data file missing")'),
      ]),
      "03-python.ipynb": JSON.stringify({
        ...notebook([code("1")]),
        metadata: { kernelspec: { name: "python3" } },
      }),
    });
    results = await renderReportSuite({
      notebooksDir: dir,
      outDir: out,
      parameters: { date: "2026-11-01" },
    });
  });

  it("renderReportSuite renders every notebook even when one fails, and lists each in the index", async () => {
    expect(results.map((r) => [r.notebook, r.status])).toEqual([
      ["01-good.ipynb", "ok"],
      ["02-broken.ipynb", "failed"],
      ["03-python.ipynb", "invalid"],
    ]);
    expect(results[2].message).toMatch(/kernelspec is "python3", expected "tslab"/);
    expect((await readdir(out)).sort()).toEqual([
      "01-good.html",
      "01-good.ipynb",
      "02-broken.html",
      "02-broken.ipynb",
      "index.html",
      "manifest.json",
    ]);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toContain('<a href="01-good.html">Good report</a>');
    expect(index).toContain("2 of 3 reports did not render completely.");
    expect(index).toMatch(/Error: data file missing \(cell 2\)/);
  });

  it("renderReportSuite passes a parameter only to notebooks that declare it", () => {
    expect(results[0].parameters).toEqual({ date: "2026-11-01" });
    expect(results[1].parameters).toEqual({});
  });

  it("renderReportSuite output has a strict CSP, no script but the kit's pinned one and no external URL", async () => {
    for (const name of ["01-good.html", "02-broken.html", "index.html"]) {
      const html = await readFile(join(out, name), "utf8");
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">`,
      );
      expect(scriptProblems(html, interactiveScript), name).toEqual([]);
      expect(html.match(/<script/gi), name).toHaveLength(1);
      expect(externalUrls(html.replace(/<details class="code">[\s\S]*?<\/details>/g, ""))).toEqual(
        [],
      );
    }
    const good = await readFile(join(out, "01-good.html"), "utf8");
    expect(good).toContain('<a href="02-broken.html">detail link</a>');
    expect(good).toContain("[outside link](https://example.com/x)"); // shown as text, not a link
  });

  it("renderReportSuite writes executed notebooks that nbformat validates", () => {
    const check = spawnSync("/usr/bin/python3", ["-c", "import nbformat"]);
    expect(
      check.status,
      "Debian python3-nbformat is required at /usr/bin/python3 (apt-get install python3-nbformat)",
    ).toBe(0);
    for (const name of ["01-good.ipynb", "02-broken.ipynb"]) {
      const out1 = execFileSync("/usr/bin/python3", [
        "-c",
        "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print('valid')",
        join(out, name),
      ]);
      expect(out1.toString().trim()).toBe("valid");
    }
  });

  it("renderReportSuite names a parameter that no notebook declares", async () => {
    await expect(
      renderReportSuite({ notebooksDir: dir, outDir: join(dir, "x"), parameters: { dat: "1" } }),
    ).rejects.toThrow(/--param dat: no notebook in .* declares a parameter named "dat"/);
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("renderReportSuite says when --only matches nothing", async () => {
    await expect(
      renderReportSuite({ notebooksDir: dir, outDir: join(dir, "y"), only: ["09"] }),
    ).rejects.toThrow(/no notebook in .* matches --only 09/);
  });

  it("renderReportSuite writes manifest.json with parameters, data hashes, commit and durations", async () => {
    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as RunManifest;
    expect(manifest.generator).toBe("tns-kit");
    expect(manifest.parameters).toEqual({ date: "2026-11-01" });
    expect(manifest.gitCommit).toMatch(/^([0-9a-f]{40}( \(modified\))?|unknown)$/);
    // The fixtures declare no dataset: the run reads the bundled sample, paths relative to its folder.
    const listings = manifest.data.find((f) => f.path === "listings.csv");
    expect(listings?.role).toBe("tables.listings");
    expect(listings?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.data[0]).toMatchObject({ path: "tns.yaml", role: "definition" });
    expect(manifest.reports.map((r) => [r.notebook, r.status])).toEqual(
      results.map((r) => [r.notebook, r.status]),
    );
    expect(manifest.seconds).toBeGreaterThan(0);
    const good = await readFile(join(out, "01-good.html"), "utf8");
    expect(good).toContain(
      `<summary>Run manifest</summary><p>Code: git <code>${manifest.gitCommit}</code>`,
    );
    expect(good).toContain(listings!.sha256.slice(0, 16));
  });

  it("renderReportSuite keeps durations out of every page and the executed notebooks, in the manifest only", async () => {
    for (const file of ["index.html", "01-good.html", "01-good.ipynb", "02-broken.ipynb"]) {
      const text = await readFile(join(out, file), "utf8");
      expect(text, file).not.toMatch(/durationSeconds|\d+\.\d s<|<th[^>]*>Time</);
    }
    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as RunManifest;
    expect(manifest.reports.every((r) => typeof r.seconds === "number")).toBe(true);
  });

  it("renderReportSuite with only re-renders a subset and keeps the other reports in the index and manifest", async () => {
    const before = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as RunManifest;
    const rerun = await renderReportSuite({ notebooksDir: dir, outDir: out, only: ["02"] });
    expect(rerun.map((r) => r.notebook)).toEqual(["02-broken.ipynb"]);
    const after = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as RunManifest;
    expect(after.reports.map((r) => [r.notebook, r.status])).toEqual([
      ["01-good.ipynb", "ok"],
      ["02-broken.ipynb", "failed"],
      ["03-python.ipynb", "invalid"],
    ]);
    expect(after.reports[0]).toEqual(before.reports[0]);
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toContain('<a href="01-good.html">Good report</a>');
    expect(index).toContain("2 of 3 reports did not render completely.");
  });

  it("renderReportSuite rejects a day parameter that is not a calendar day before any cell runs", async () => {
    await expect(
      renderReportSuite({
        notebooksDir: dir,
        outDir: join(dir, "z"),
        parameters: { date: "2026-13-45" },
      }),
    ).rejects.toThrow(/01-good\.ipynb: parameter date="2026-13-45" is not a calendar day/);
    expect(existsSync(join(dir, "z"))).toBe(false);
  });
});
