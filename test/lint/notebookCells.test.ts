import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { code, markdown, notebook, tempDir } from "../report/notebookFixture.js";

const run = promisify(execFile);

// Laid out as Jupyter saves it: source as an array of lines, one JSON line each, indent 1.
const saved = (sources: string[]) =>
  JSON.stringify(
    notebook([
      markdown("# A report"),
      ...sources.map((s) => ({ ...code(""), source: s.split(/(?<=\n)/) })),
    ]),
    null,
    1,
  ) + "\n";

describe("notebook cells in npm run lint", () => {
  it("ESLint lints the cells of a notebook as one module and points at notebook, cell and line", async () => {
    const text = saved([
      'const lang = "en";\nconst used = 1;',
      "const unused = used + 1;\nconsole.log({ lang: lang });",
    ]);
    const eslint = new ESLint();
    const [result] = await eslint.lintText(text, { filePath: "notebooks/99-lint-probe.ipynb" });
    // `used` (cell 1) is used in cell 2: the cells share one scope; `unused` is not.
    expect(result.messages.map((m) => m.ruleId)).toEqual(["@typescript-eslint/no-unused-vars"]);
    const [message] = result.messages;
    expect(message.message).toMatch(/^cell #2 \(cells\[2\]\), line 1: 'unused' is assigned/);
    // The line and column are the .ipynb file's, where the editor shows `unused`.
    const line = text.split("\n")[message.line - 1];
    expect(line.slice(message.column - 1)).toMatch(/^unused = used/);
  });

  it("ESLint wants `lang: lang`, not `{ lang }` (tslab throws on a shorthand naming an earlier cell's variable)", async () => {
    const eslint = new ESLint();
    const longform = saved(['const lang = "en";', "console.log({ lang: lang });"]);
    const [ok] = await eslint.lintText(longform, { filePath: "notebooks/99-lint-probe.ipynb" });
    expect(ok.messages).toEqual([]);
    const shorthand = saved(['const lang = "en";', "console.log({ lang });"]);
    const [bad] = await eslint.lintText(shorthand, { filePath: "notebooks/99-lint-probe.ipynb" });
    expect(bad.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ["object-shorthand", "cell #2 (cells[2]), line 1: Expected longform property syntax."],
    ]);
  });

  it("format-notebooks --check names the unformatted cell; --write fixes it and keeps the layout", async () => {
    const dir = await tempDir("format-notebooks");
    const file = join(dir, "probe.ipynb");
    const text = saved([
      'const lang = "en";',
      "const   x = await Promise.resolve({lang: lang})\nconsole.log(x)",
    ]);
    await writeFile(file, text);
    const check = await run("node", ["scripts/format-notebooks.mjs", "--check", file]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(check).toMatchObject({ code: 1 });
    expect((check as { stderr: string }).stderr).toMatch(/probe\.ipynb: cells #2 \(cells\[2\]\)/);
    await run("node", ["scripts/format-notebooks.mjs", "--write", file]);
    const written = await readFile(file, "utf8");
    const cells = JSON.parse(written).cells;
    expect(cells[2].source).toEqual([
      "const x = await Promise.resolve({ lang: lang });\n",
      "console.log(x);",
    ]);
    expect(cells[1].source).toEqual(['const lang = "en";']);
    // Same layout as before: re-serialising the written notebook gives the same bytes.
    expect(written).toBe(JSON.stringify(JSON.parse(written), null, 1) + "\n");
    await run("node", ["scripts/format-notebooks.mjs", "--check", file]);
  });

  it("notebook-namespaces points a reference at the namespace that exports the name now", async () => {
    const dir = await tempDir("notebook-namespaces");
    const file = join(dir, "probe.ipynb");
    await writeFile(
      file,
      saved([
        'import { dataset as datasets, report } from "../dist/lib/index.js";\n' +
          "const ds = await datasets.openDataset(dataset);\n" +
          'console.log(report.barChart([], { x: "a", y: "b" }), report.htmlTable([]));',
      ]),
    );
    const check = await run("node", ["scripts/notebook-namespaces.mjs", "--check", file]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(check).toMatchObject({ code: 1 });
    expect(check.stdout).toContain("report.barChart → charts.barChart");
    await run("node", ["scripts/notebook-namespaces.mjs", "--write", file]);
    const [, cell] = JSON.parse(await readFile(file, "utf8")).cells;
    expect(cell.source.join("")).toBe(
      'import { charts, dataset as datasets, report } from "../dist/lib/index.js";\n' +
        "const ds = await datasets.openDataset(dataset);\n" +
        'console.log(charts.barChart([], { x: "a", y: "b" }), report.htmlTable([]));',
    );
    await run("node", ["scripts/notebook-namespaces.mjs", "--check", file]);
  });
});
