import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { tempDir } from "../report/notebookFixture.js";
import { externalUrls } from "../report/htmlChecks.js";

describe("notebooks/05-stream-monitor", () => {
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    const out = await tempDir("nb05");
    result = await renderNotebookFile("notebooks/05-stream-monitor.ipynb", { outDir: out });
    html = await readFile(join(out, "05-stream-monitor.html"), "utf8");
  }, 120_000);

  it("renders on the sample data with volume, precision and drift charts", () => {
    expect([result.status, result.message]).toEqual(["ok", undefined]);
    const charts = [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(
      expect.arrayContaining([
        "Events per day in the replayed stream",
        "Reviewer-confirmed precision per day, from the stream",
        "Score drift per model family (PSI, 24 h against the previous 7 days)",
      ]),
    );
    expect(externalUrls(html)).toEqual([]);
  });

  it("reports the drift alarm after the calibration-shift incident and how many hours after it fired", async () => {
    const incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as {
      id: string;
      kind: string;
    }[];
    const shift = incidents.find((i) => i.kind === "calibration_shift")!;
    const m = new RegExp(
      `PSI reached [\\d.]+ at [\\d-]+ [\\d:]+, <strong>(\\d+) hours after the start of ${shift.id}</strong>`,
    ).exec(html);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![1])).toBeLessThan(24);
    expect(html).toMatch(/Other drift alarms:<\/strong> none in 90 days/);
    expect(html).toMatch(/the only differences are in 2026-10-19, 2026-10-20/);
    // Deterministic: no run time in the page.
    expect(html).not.toMatch(/alerts in [\d.]+ s/);
  });

  it("says in one line that a dataset without events replays nothing, and still renders", async () => {
    const dir = await tempDir("nb05-noevents");
    const yaml = (await readFile("data/tns.yaml", "utf8"))
      .replace(/^ {2}events:.*\n/m, "")
      .replace(/path: ([\w.]+)/g, (_, f: string) => `path: ${resolve("data", f)}`)
      .replace(
        /^(lists|rules|kpis|incidents): (.+)$/gm,
        (_, k: string, f: string) => `${k}: ${resolve("data", f)}`,
      );
    await writeFile(join(dir, "tns.yaml"), yaml);
    const out = await tempDir("nb05-noevents-out");
    const r = await renderNotebookFile("notebooks/05-stream-monitor.ipynb", {
      outDir: out,
      parameters: { dataset: resolve(dir, "tns.yaml") },
    });
    expect([r.status, r.message]).toEqual(["ok", undefined]);
    const page = await readFile(join(out, "05-stream-monitor.html"), "utf8");
    expect(page).toContain("no events table in the dataset: the stream is not replayed");
    expect(page).not.toMatch(/<svg/);
  }, 120_000);
});
