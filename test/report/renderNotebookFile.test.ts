import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { CodeCell, Notebook } from "../../lib/report/Notebook.js";
import { code, markdown, notebook, tempDir, writeNotebooks } from "./notebookFixture.js";
import { interactiveScript } from "../../lib/report/interactiveScript.js";
import { scriptProblems } from "./htmlChecks.js";

const hostile = "<img src=x onerror=alert(1)>";

describe("renderNotebookFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("render");
  });

  it("renderNotebookFile captures stdout, tslab.display outputs and the last expression per cell", async () => {
    const [path] = await writeNotebooks(dir, {
      "display.ipynb": notebook([
        markdown("# Display test\n\n## Outputs"),
        code(
          'import * as tslab from "tslab";\nconsole.log("to stdout");\nconsole.error("to stderr");\ntslab.display.html("<b>html</b>");\ntslab.display.svg(\'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>\');\ntslab.display.markdown("**md**");\ntslab.display.text("plain");\n40 + 2',
        ),
        code("const wait = await new Promise<number>((r) => setTimeout(() => r(7), 5));\nwait * 6"),
      ]),
    });
    const result = await renderNotebookFile(path, { outDir: dir });
    expect(result.status).toBe("ok");
    expect(result.title).toBe("Display test");
    const executed = JSON.parse(await readFile(join(dir, "display.ipynb"), "utf8")) as Notebook;
    const cell = executed.cells[1] as CodeCell;
    expect(cell.execution_count).toBe(1);
    expect(cell.outputs.map((o) => o.output_type)).toEqual([
      "stream",
      "stream",
      "display_data",
      "display_data",
      "display_data",
      "display_data",
      "stream",
    ]);
    expect(cell.outputs[0]).toMatchObject({ name: "stdout", text: "to stdout\n" });
    expect(cell.outputs[1]).toMatchObject({ name: "stderr", text: "to stderr\n" });
    expect(cell.outputs[2]).toMatchObject({ data: { "text/html": "<b>html</b>" } });
    expect(cell.outputs[5]).toMatchObject({ data: { "text/plain": "plain" } });
    expect(cell.outputs[6]).toMatchObject({ name: "stdout", text: "42\n" });
    expect((executed.cells[2] as CodeCell).outputs[0]).toMatchObject({ text: "42\n" }); // top-level await
    const html = await readFile(join(dir, "display.html"), "utf8");
    expect(html).toContain("<b>html</b>");
    expect(html).toContain("<strong>md</strong>");
    expect(html).toContain('<pre class="output stdout">to stdout\n</pre>');
    expect(html).toMatch(/<details class="code"><summary>Code \(cell 2\)<\/summary>/);
  });

  it("renderNotebookFile reports a TypeScript type error with cell, line and column and stops there", async () => {
    const [path] = await writeNotebooks(dir, {
      "typeerror.ipynb": notebook([
        code("const a = 1;"),
        code('const b: string = a;\nconsole.log("x")'),
        code('console.log("after")'),
      ]),
    });
    const result = await renderNotebookFile(path, { outDir: dir });
    expect(result.status).toBe("failed");
    expect(result.failedCell).toBe(2);
    expect(result.message).toMatch(
      /TypeScriptError: line 1, column 7: Type 'number' is not assignable to type 'string'/,
    );
    const executed = JSON.parse(await readFile(join(dir, "typeerror.ipynb"), "utf8")) as Notebook;
    expect((executed.cells[2] as CodeCell).execution_count).toBeNull();
    expect((executed.cells[2] as CodeCell).outputs).toEqual([]);
    const html = await readFile(join(dir, "typeerror.html"), "utf8");
    expect(html).toContain("Cell 2 failed");
    expect(html).toContain("This report is incomplete.");
  });

  it("renderNotebookFile shows a runtime error with its message and keeps earlier outputs", async () => {
    const [path] = await writeNotebooks(dir, {
      "throws.ipynb": notebook([
        code('console.log("before")'),
        code('throw new RangeError("threshold 1.5 is outside [0, 1]")'),
      ]),
    });
    const result = await renderNotebookFile(path, { outDir: dir });
    expect(result).toMatchObject({
      status: "failed",
      failedCell: 2,
      message: "RangeError: threshold 1.5 is outside [0, 1]",
    });
    const html = await readFile(join(dir, "throws.html"), "utf8");
    expect(html).toContain("before");
    expect(html).toMatch(
      /Cell 2 failed: RangeError<\/strong><pre>RangeError: threshold 1\.5 is outside \[0, 1\]/,
    );
  });

  it("renderNotebookFile injects parameters after the parameters cell and shows them", async () => {
    const [path] = await writeNotebooks(dir, {
      "params.ipynb": notebook([
        code('const date = "2026-10-29";\nconst days = 7;', ["parameters"]),
        code("console.log(date, days * 2)"),
      ]),
    });
    const result = await renderNotebookFile(path, {
      outDir: dir,
      parameters: { date: "2026-11-01", days: "14" },
    });
    expect(result.parameters).toEqual({ date: "2026-11-01", days: 14 });
    const executed = JSON.parse(await readFile(join(dir, "params.ipynb"), "utf8")) as Notebook;
    expect(executed.cells[1].metadata.tags).toEqual(["injected-parameters"]);
    expect((executed.cells[2] as CodeCell).outputs[0]).toMatchObject({ text: "2026-11-01 28\n" });
    expect(executed.metadata.tns).toMatchObject({
      parameters: { date: "2026-11-01", days: 14 },
      status: "ok",
    });
    const html = await readFile(join(dir, "params.html"), "utf8");
    expect(html).toContain("date=&quot;2026-11-01&quot;, days=14");
  });

  it("renderNotebookFile shows a hostile listing title as text in every kind of output", async () => {
    await writeFile(
      join(dir, "listings.csv"),
      `listing_id,title\nL1,"${hostile}"\nL2,"<script>alert(2)</script>"\n`,
    );
    const [path] = await writeNotebooks(dir, {
      "hostile.ipynb": notebook([
        code(
          [
            'import * as tslab from "tslab";',
            'import { readFileSync } from "fs";',
            'import { htmlTable } from "../../../dist/lib/report/htmlTable.js";',
            'const rows = readFileSync("listings.csv", "utf8").trim().split("\\n").slice(1).map((l) => ({ listing_id: l.slice(0, 2), title: l.slice(4, -1) }));',
            "console.log(rows[0].title);",
            "tslab.display.html(htmlTable(rows));",
            "tslab.display.markdown(`Top title: ${rows[0].title}`);",
            "tslab.display.html(`<p>raw: ${rows[0].title}${rows[1].title}</p>`);",
          ].join("\n"),
        ),
      ]),
    });
    const result = await renderNotebookFile(path, { outDir: dir });
    expect(result.status).toBe("ok");
    const html = await readFile(join(dir, "hostile.html"), "utf8");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(scriptProblems(html, interactiveScript)).toEqual([]);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<[^>]+\sonerror\s*=/i);
  });

  it("renderNotebookFile writes nothing for an invalid notebook and keeps the previous report", async () => {
    const out = join(dir, "keep");
    const [good] = await writeNotebooks(dir, {
      "keep.ipynb": notebook([code('console.log("v1")')]),
    });
    await renderNotebookFile(good, { outDir: out });
    const before = await readFile(join(out, "keep.html"), "utf8");
    await writeFile(good, '{"nbformat": 4, "cells": [');
    await expect(renderNotebookFile(good, { outDir: out })).rejects.toThrow(
      /keep\.ipynb, line 1, column 27: the notebook is not valid JSON/,
    );
    expect(await readFile(join(out, "keep.html"), "utf8")).toBe(before);
    expect((await readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(out, "nothing.html"))).toBe(false);
  });

  it("renderNotebookFile withholds outputs with unmasked personal data and fails the render", async () => {
    await writeFile(
      join(dir, "descriptions.json"),
      JSON.stringify(["직거래 010-5844-3553 카톡 ID shoes_kr77", "메일 seller@example.com"]),
    );
    const [path] = await writeNotebooks(dir, {
      "pii.ipynb": notebook([
        code(
          [
            'import * as tslab from "tslab";',
            'import { readFileSync } from "fs";',
            'import { htmlTable } from "../../../dist/lib/report/htmlTable.js";',
            'const texts: string[] = JSON.parse(readFileSync("descriptions.json", "utf8"));',
            'tslab.display.html(htmlTable([{ listing_id: "L1", description: texts[0] }]));',
          ].join("\n"),
        ),
        code('console.log(texts.join(" / "));'),
        code('const note = "call 010-1111-2222";'),
      ]),
    });
    const result = await renderNotebookFile(path, { outDir: dir });
    expect(result.status).toBe("failed");
    expect(result.failedCell).toBe(2);
    expect(result.message).toMatch(
      /PersonalDataError: unmasked personal data in the output \(cell 2: phone \*\*\*-\*\*\*\*-3553, messenger 카톡 ID s\*\*\*, email s\*\*\*@example\.com; cell 3: phone \*\*\*-\*\*\*\*-2222\)/,
    );
    const html = await readFile(join(dir, "pii.html"), "utf8");
    const executed = await readFile(join(dir, "pii.ipynb"), "utf8");
    for (const text of [html, executed]) {
      expect(text).not.toContain("5844-3553");
      expect(text).not.toContain("seller@example.com");
      expect(text).not.toContain("shoes_kr77");
      expect(text).not.toContain("1111-2222");
    }
    expect(html).toContain("***-****-3553"); // the table in cell 1 was masked, and kept
  });
});
