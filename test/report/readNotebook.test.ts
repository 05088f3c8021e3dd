import { describe, expect, it } from "vitest";
import { parseNotebook, readNotebook } from "../../lib/report/readNotebook.js";
import { notebook, code } from "./notebookFixture.js";

describe("readNotebook", () => {
  it("readNotebook names a missing file and where notebooks live", async () => {
    await expect(readNotebook("notebooks/nope.ipynb")).rejects.toThrow(
      /notebook not found: notebooks\/nope\.ipynb/,
    );
  });

  it("parseNotebook gives the line and column of invalid JSON", () => {
    expect(() => parseNotebook('{\n  "nbformat": 4,\n  "cells": [,]\n}', "bad.ipynb")).toThrow(
      /bad\.ipynb, line 3, column 13: the notebook is not valid JSON/,
    );
  });

  it("parseNotebook rejects a kernel other than tslab with the fix", () => {
    const nb = { ...notebook([code("1")]), metadata: { kernelspec: { name: "python3" } } };
    expect(() => parseNotebook(JSON.stringify(nb), "py.ipynb")).toThrow(
      /py\.ipynb: kernelspec is "python3", expected "tslab"; in Jupyter choose Kernel/,
    );
    const none = { ...notebook([code("1")]), metadata: {} };
    expect(() => parseNotebook(JSON.stringify(none), "n.ipynb")).toThrow(/kernelspec is null/);
  });

  it("parseNotebook rejects other nbformat versions and malformed cells", () => {
    expect(() => parseNotebook('{"nbformat": 3}', "old.ipynb")).toThrow(
      /nbformat is 3, expected 4/,
    );
    expect(() => parseNotebook('{"nbformat": 4, "metadata": {}}', "x.ipynb")).toThrow(
      /"cells" is missing/,
    );
    const nb = notebook([{ cell_type: "widget" } as never]);
    expect(() => parseNotebook(JSON.stringify(nb), "x.ipynb")).toThrow(
      /x\.ipynb, cell 1: unknown cell_type "widget"/,
    );
  });
});
