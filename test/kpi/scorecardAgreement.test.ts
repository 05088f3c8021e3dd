import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { kpiScorecard, type KpiScorecardEntry } from "../../lib/kpi/kpiScorecard.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { loadKpiTables } from "../../lib/kpi/loadKpiTables.js";

const tns = (args: string[]) =>
  promisify(execFile)(process.execPath, ["bin/tns.js", ...args], { maxBuffer: 1 << 24 }).catch(
    (e: { stdout: string; stderr: string }) => e,
  );

/** The cards of a rendered report: name, status, as the page shows them. */
function cards(html: string): { name: string; status: string }[] {
  return [
    ...html.matchAll(/<div class="card kpi kpi-([a-z_]+)"><div class="card-name">([^<]*)<\/div>/g),
  ].map((m) => ({ status: m[1], name: m[2].replaceAll("&amp;", "&") }));
}

// Issue 11: tns kpi, the KPI dashboard and the executive summary must give the same status for the
// same KPI and period; all three read kpiScorecard.
describe(
  "one scorecard for tns kpi, the dashboard and the executive summary",
  { timeout: 1_800_000 },
  () => {
    const date = "2026-10-29";
    let card: KpiScorecardEntry[];
    let out: string;
    let cli: string;
    beforeAll(async () => {
      const kpis = await loadKpis("data/kpis.yaml");
      card = kpiScorecard(computeKpis(kpis, await loadKpiTables("data", kpis), { to: date }), {
        date,
      });
      mkdirSync("test/.tmp", { recursive: true });
      out = mkdtempSync(join("test/.tmp", "scorecard-"));
      const [kpi] = await Promise.all([
        tns(["kpi", "--to", date]),
        tns([
          "render",
          "notebooks/00-executive-summary.ipynb",
          "--out",
          out,
          "--param",
          `date=${date}`,
        ]),
        tns([
          "render",
          "notebooks/04-kpi-dashboard.ipynb",
          "--out",
          out,
          "--param",
          `date=${date}`,
        ]),
      ]);
      cli = kpi.stdout;
    });

    it("gives every judged KPI the same period and status in all three", () => {
      const summary = cards(readFileSync(join(out, "00-executive-summary.html"), "utf8"));
      const dashboard = cards(readFileSync(join(out, "04-kpi-dashboard.html"), "utf8"));
      const judged = card.filter((e) => e.value?.target && e.status !== "no_data");
      expect(judged.length).toBeGreaterThan(5);
      for (const e of judged) {
        const v = e.value!;
        expect(cli).toMatch(
          new RegExp(`^${e.status.replace("_", " ")}\\s+${e.kpi}\\s+${v.period}`, "m"),
        );
        expect(summary).toContainEqual({
          name: `${v.title} (${v.grain} of ${v.period})`,
          status: e.status,
        });
        expect(dashboard).toContainEqual({ name: `${v.title} (${v.period})`, status: e.status });
      }
    });
  },
);
