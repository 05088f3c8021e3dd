import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as kit from "../../lib/index.js";

const folders = readdirSync("lib").filter((name) => statSync(join("lib", name)).isDirectory());
const specifiers = (file: string) =>
  [
    ...readFileSync(file, "utf8")
      .replace(/^\/\/.*$/gm, "")
      .matchAll(/from\s+"([^"]+)"/g),
  ].map((m) => m[1]);

describe("the public surface is one namespace per folder of lib/", () => {
  it("gives every folder an index.ts that re-exports only its own files", () => {
    for (const folder of folders) {
      const index = join("lib", folder, "index.ts");
      expect(statSync(index).isFile(), index).toBe(true);
      const outside = specifiers(index).filter((s) => !/^\.\/[^/]+\.js$/.test(s));
      expect(outside, `${index} re-exports from outside its folder`).toEqual([]);
    }
  });

  it("exports each folder from lib/index.ts as a namespace of the same name", () => {
    const namespaces = Object.entries(kit)
      .filter(([, value]) => typeof value === "object" && value !== null)
      .map(([name]) => name);
    // lib/export is the renderer's (CSV and workbook files written beside a page), not a notebook's.
    expect(namespaces.sort()).toEqual(folders.filter((f) => f !== "export").sort());
    expect(Object.keys(kit.rules)).toContain("loadRuleFile");
    expect(Object.keys(kit.kpi)).toContain("kpiScorecard");
  });

  it("keeps internals out of the namespaces", () => {
    const exported = new Set(
      Object.values(kit).flatMap((ns) =>
        typeof ns === "object" && ns !== null ? Object.keys(ns) : [],
      ),
    );
    for (const internal of [
      "tokenizeRuleExpression",
      "writeFileAtomic",
      "launchChromium",
      "kpiAccumulator",
      "closestName",
    ])
      expect(exported.has(internal), internal).toBe(false);
  });

  it("exports nothing but the namespaces from lib/index.ts", () => {
    const text = readFileSync("lib/index.ts", "utf8");
    const statements = text.split("\n").filter((line) => line.startsWith("export"));
    const namespaceLines = statements.filter((line) => line.startsWith("export * as "));
    expect(namespaceLines).toHaveLength(folders.length - 1);
    expect(statements).toEqual(namespaceLines);
    for (const s of specifiers("lib/index.ts")) expect(s).toMatch(/^\.\/[^/]+\/index\.js$/);
  });
});
