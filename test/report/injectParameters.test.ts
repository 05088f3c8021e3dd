import { describe, expect, it } from "vitest";
import { injectParameters, parseParameterArgs } from "../../lib/report/injectParameters.js";
import { parameterDeclarations } from "../../lib/report/parameterDeclarations.js";
import { cellSource } from "../../lib/report/cellSource.js";
import { code, markdown, notebook } from "./notebookFixture.js";

const nb = notebook([
  markdown("# Title"),
  code(
    'const date = "2026-10-29";\nlet days: number = 7; // window\nconst strict = false;\nconst segments: string[] = ["bags"];',
    ["parameters"],
  ),
  code("console.log(date)"),
]);

describe("injectParameters", () => {
  it("parameterDeclarations reads names, keywords and kinds from the parameters cell", () => {
    expect(parameterDeclarations(nb).map((d) => [d.name, d.keyword, d.kind])).toEqual([
      ["date", "const", "string"],
      ["days", "let", "number"],
      ["strict", "const", "boolean"],
      ["segments", "const", "json"],
    ]);
  });

  it("injectParameters puts an injected-parameters cell right after the parameters cell", () => {
    const { notebook: out, parameters } = injectParameters(nb, {
      date: "2026-11-01",
      days: "14",
      strict: "true",
      segments: '["bags","watches"]',
    });
    expect(out.cells).toHaveLength(4);
    expect(out.cells[2].metadata.tags).toEqual(["injected-parameters"]);
    expect(cellSource(out.cells[2])).toContain('const date = "2026-11-01";');
    expect(cellSource(out.cells[2])).toContain("let days = 14;");
    expect(parameters).toEqual({
      date: "2026-11-01",
      days: 14,
      strict: true,
      segments: ["bags", "watches"],
    });
    expect(nb.cells).toHaveLength(3); // input untouched
  });

  it("injectParameters replaces an earlier injected cell instead of stacking them", () => {
    const once = injectParameters(nb, { days: "14" }).notebook;
    const twice = injectParameters(once, { days: "21" }).notebook;
    expect(
      twice.cells.filter((c) => c.metadata.tags?.includes("injected-parameters")),
    ).toHaveLength(1);
    expect(cellSource(twice.cells[2])).toContain("let days = 21;");
  });

  it("injectParameters rejects a value that does not fit the default's kind", () => {
    expect(() => injectParameters(nb, { days: "a week" }, { path: "x.ipynb" })).toThrow(
      /x\.ipynb: parameter days="a week" is not a number/,
    );
    expect(() => injectParameters(nb, { strict: "yes" })).toThrow(
      /strict="yes" is not a boolean \(true or false\)/,
    );
  });

  it("injectParameters names the unknown parameter and the declared ones", () => {
    expect(() => injectParameters(nb, { dat: "x" }, { path: "x.ipynb" })).toThrow(
      /no parameter named "dat"; the parameters cell declares date, days, strict, segments/,
    );
  });

  it("injectParameters refuses parameters for a notebook without a parameters cell", () => {
    const plain = notebook([code("1")]);
    expect(() => injectParameters(plain, { date: "x" }, { path: "p.ipynb" })).toThrow(
      /p\.ipynb: cannot set date: the notebook has no cell tagged "parameters"/,
    );
    expect(injectParameters(plain, {}).notebook).toBe(plain);
  });

  it("parseParameterArgs splits at the first = and rejects a missing name", () => {
    expect(parseParameterArgs(["q=a=b", "n="])).toEqual({ q: "a=b", n: "" });
    expect(() => parseParameterArgs(["date"])).toThrow(/--param "date": expected name=value/);
    expect(() => parseParameterArgs(["=1"])).toThrow(/expected name=value/);
  });
});
