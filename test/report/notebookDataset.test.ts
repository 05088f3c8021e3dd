import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { notebookDataset } from "../../lib/report/notebookDataset.js";
import { code, notebook } from "./notebookFixture.js";

const declaring = (line: string) => notebook([code(line, ["parameters"]), code("1")]);

describe("notebookDataset", () => {
  it("notebookDataset resolves the declared default against the notebook's folder", () => {
    const nb = declaring('const dataset = "../data/tns.yaml"; // the dataset');
    expect(notebookDataset(nb, "notebooks/01.ipynb")).toBe(resolve("data/tns.yaml"));
    expect(notebookDataset(declaring("const dataset = '../x/tns.yaml';"), "a/b/n.ipynb")).toBe(
      resolve("a/x/tns.yaml"),
    );
  });

  it("notebookDataset prefers the dataset parameter given, relative or absolute", () => {
    const nb = declaring('const dataset = "../data/tns.yaml";');
    expect(notebookDataset(nb, "notebooks/01.ipynb", { dataset: "/srv/exports/tns.yaml" })).toBe(
      "/srv/exports/tns.yaml",
    );
    expect(notebookDataset(nb, "notebooks/01.ipynb", { dataset: "../exports/tns.yaml" })).toBe(
      resolve("exports/tns.yaml"),
    );
  });

  it("notebookDataset is undefined without a dataset parameter or with a default it cannot read", () => {
    expect(notebookDataset(declaring('const date = "2026-10-29";'), "n.ipynb")).toBeUndefined();
    expect(notebookDataset(notebook([code("const dataset = 'x';")]), "n.ipynb")).toBeUndefined();
    expect(notebookDataset(declaring("const dataset = `${root}/tns.yaml`;"), "n.ipynb")).toBe(
      undefined,
    );
    expect(notebookDataset(declaring('const dataset = "";'), "n.ipynb")).toBeUndefined();
  });
});
