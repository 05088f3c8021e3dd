import { access, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ReportResult } from "./ReportResult.js";
import type { RunManifest } from "./RunManifest.js";

/**
 * The reports of the previous run in `outDir` (its manifest.json) other than `rerendered`, whose
 * HTML is still on disk: what a partial rerun (`--only`) keeps in the index and manifest. A
 * missing or unreadable manifest gives none.
 * @example await previousReports("reports", new Set(["04-kpi-dashboard.ipynb"]))
 */
export async function previousReports(
  outDir: string,
  rerendered: ReadonlySet<string>,
): Promise<ReportResult[]> {
  let manifest: Partial<RunManifest>;
  try {
    manifest = JSON.parse(await readFile(join(outDir, "manifest.json"), "utf8")) as RunManifest;
  } catch {
    return [];
  }
  const kept: ReportResult[] = [];
  for (const report of Array.isArray(manifest.reports) ? manifest.reports : []) {
    if (typeof report?.notebook !== "string" || rerendered.has(report.notebook)) continue;
    if (report.html) {
      try {
        await access(join(outDir, basename(report.html)));
      } catch {
        continue; // the page is gone: do not link to it
      }
    }
    kept.push(report);
  }
  return kept;
}
