// tns report --engine chdb on the sample: the notebooks whose figures come from the engine render
// to the same bytes as with DuckDB (every number, table, chart and sentence), on the real
// embedded ClickHouse. Rendering ten reports takes minutes on a shared 2-core machine.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";

const notebooks = [
  "00-executive-summary",
  "01-detection-overview",
  "02-rule-backtest",
  "03-threshold-tuning",
  "04-kpi-dashboard",
  "06-root-cause",
];

async function render(engine: string): Promise<string> {
  const out = await tempDir(`chdb-report-${engine}`);
  await promisify(execFile)(
    process.execPath,
    [
      "dist/scripts/tns.js",
      "report",
      "--engine",
      engine,
      "--only",
      notebooks.map((n) => n.slice(0, 2)).join(","),
      "--jobs",
      "1",
      "--out",
      out,
    ],
    { maxBuffer: 1 << 24 },
  );
  return out;
}

describe("tns report --engine chdb", () => {
  it("renders 00, 01, 02, 03, 04 and 06 to the same HTML as --engine duckdb", async () => {
    const duck = await render("duckdb");
    const ch = await render("chdb");
    for (const name of notebooks) {
      const a = readFileSync(join(duck, `${name}.html`), "utf8");
      const b = readFileSync(join(ch, `${name}.html`), "utf8");
      // Not vacuous: each report rendered its figures, not an error page.
      expect([name, a.includes("<svg") || a.includes("<table")]).toEqual([name, true]);
      expect([name, /class="[^"]*error/.test(a)]).toEqual([name, false]);
      expect([name, b === a]).toEqual([name, true]);
    }
  }, 1_200_000);
});
