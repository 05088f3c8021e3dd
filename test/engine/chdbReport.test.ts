// tns report --engine chdb on the sample: the notebooks whose figures come from the engine render
// to the same bytes as with DuckDB (every number, table, chart and sentence), on the real
// embedded ClickHouse. Each engine renders every notebook once, in one beforeAll; each notebook's
// comparison is its own test. Rendering sixteen reports takes minutes on a shared 2-core machine.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";
import { engineNotebooks } from "./engineNotebooks.js";

const notebooks = engineNotebooks;

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

describe("tns report --engine chdb renders to the same HTML as --engine duckdb", () => {
  let duck: string;
  let ch: string;
  beforeAll(async () => {
    duck = await render("duckdb");
    ch = await render("chdb");
  }, 1_500_000);

  for (const name of notebooks)
    it(`${name} has the same bytes on both engines`, () => {
      const a = readFileSync(join(duck, `${name}.html`), "utf8");
      const b = readFileSync(join(ch, `${name}.html`), "utf8");
      // Not vacuous: the report rendered its figures, not an error page.
      expect(a.includes("<svg") || a.includes("<table")).toBe(true);
      expect(/class="[^"]*error/.test(a)).toBe(false);
      expect(b === a).toBe(true);
    });
});
