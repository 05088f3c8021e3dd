import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import type { CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { evaluateRulesDuckDb } from "../../lib/rules/evaluateRulesDuckDb.js";
import { evaluateEvent } from "../../lib/rules/evaluateEvent.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { rowRuleIds } from "../../lib/rules/rowRuleIds.js";
import type { RuleHits } from "../../lib/rules/RuleHits.js";
import { adversarialRows } from "./adversarialRows.js";
import { tmpDir, writeTmp } from "../data/tmpFiles.js";

const fixtures = "test/fixtures/rules";

/** Row-by-row differences between two hit sets: [row, in-process ids, DuckDB ids]. */
function differences(a: RuleHits, b: RuleHits): [number, string[], string[]][] {
  expect(b.ruleIds).toEqual(a.ruleIds);
  expect(b.rowCount).toBe(a.rowCount);
  const out: [number, string[], string[]][] = [];
  for (let row = 0; row < a.rowCount; row++) {
    const x = rowRuleIds(a, row);
    const y = rowRuleIds(b, row);
    if (x.join() !== y.join()) out.push([row, x, y]);
  }
  return out;
}

describe("evaluateRules and evaluateRulesDuckDb agree row by row", () => {
  it("on the sample listings with the production rules, DuckDB reading the CSV itself", async () => {
    const ruleSet = await loadRuleFile("data/rules/production-rules.yaml");
    const schema = ruleFieldSchema(sampleSchemas.listings);
    const compiled = compileRules(ruleSet, schema);
    const listings = await loadCsv("data/listings.csv", sampleSchemas.listings);
    const inProcess = evaluateRules(compiled, listings);
    const duck = await evaluateRulesDuckDb(compiled, { file: "data/listings.csv", schema });
    expect(inProcess.rowCount).toBe(20_000);
    expect(differences(inProcess, duck)).toEqual([]);
    // Every rule fires somewhere, so the agreement is not vacuous.
    for (let k = 0; k < inProcess.ruleIds.length; k++)
      expect(
        inProcess.bits[k].some((w) => w !== 0),
        inProcess.ruleIds[k],
      ).toBe(true);
  });

  describe("on 5,000 seeded adversarial rows with every operator and normalisation step", () => {
    let compiled: CompiledRuleSet;
    let rows: ReturnType<typeof adversarialRows>;
    let inProcess: RuleHits;
    beforeAll(async () => {
      const ruleSet = await loadRuleFile(join(fixtures, "rules/adversarial-rules.yaml"));
      rows = adversarialRows(5_000);
      compiled = compileRules(ruleSet, {
        title: "string",
        description: "string",
        category: "string",
        brand: "string",
        price_krw: "number",
        views: "number",
        created_at: "timestamp",
        verified: "boolean",
      });
      inProcess = evaluateRules(compiled, rows);
    });

    it("gives identical hits in DuckDB (NFKC through the registered tns_nfkc function)", async () => {
      const duck = await evaluateRulesDuckDb(compiled, rows);
      expect(differences(inProcess, duck)).toEqual([]);
    });

    it("exercises every rule both ways: each hits some rows and misses others", () => {
      for (let k = 0; k < inProcess.ruleIds.length; k++) {
        const count = rows.filter((_, row) =>
          rowRuleIds(inProcess, row).includes(inProcess.ruleIds[k]),
        ).length;
        expect([inProcess.ruleIds[k], count > 0 && count < rows.length]).toEqual([
          inProcess.ruleIds[k],
          true,
        ]);
      }
    });

    it("gives the same hits one event at a time (the streaming path)", () => {
      for (let row = 0; row < 500; row++)
        expect(evaluateEvent(compiled, { ...rows[row] })).toEqual(rowRuleIds(inProcess, row));
    });

    it("warns about lone surrogates and matches them as U+FFFD", () => {
      expect(inProcess.warnings.join("\n")).toMatch(
        /title has \d+ value\(s\) with invalid UTF-16 \(lone surrogates, first at row \d+\)/,
      );
    });
  });
});

describe("evaluateRulesDuckDb on NUL characters (U+0000) in patterns, keywords and values", () => {
  // YAML's "\0" puts a NUL in the rule text; DuckDB's SQL parser cannot take one inside a literal.
  const ruleSet = parseRuleFile(
    [
      '- id: word\n  when: "title contains_word [\\"a\\0b\\"]"',
      '- id: any\n  when: "title contains_any [\\"p\\0\\", \\"q\\"]"',
      '- id: regex\n  when: "title ~ /x\\0y/"',
      '- id: escaped\n  when: "title ~ /m\\\\\\0n/"',
      '- id: written\n  when: "title ~ /w\\\\x00w/"',
      '- id: class\n  when: "title ~ /^[\\0z]+$/"',
      '- id: equal\n  when: "title = \\"e\\0\\" or title in [\\"f\\0\\0\\", \\"g\\"]"',
      '- id: quote\n  when: "title = \\"\'\\0\'\\""',
      '- id: folded\n  when: "title contains_any [\\"n\\0\\"]"\n  normalize: [nfkc, zero_width, spaces]',
      "",
    ].join("\n"),
  );
  const titles = [
    "a\0b",
    "ab",
    "a\0b c",
    "x\0y",
    "xy",
    "P\0",
    "q",
    "m\0n",
    "w\0w",
    "\0z\0",
    "e\0",
    "E\0",
    "f\0\0",
    "f\0",
    "g",
    "'\0'",
    "Ｎ\u200B\0",
    "n \0",
    "\0",
    "",
  ];
  const rows = titles.map((title) => ({ title }));

  it("compiles and gives the in-process hits row by row", async () => {
    expect(ruleSet.diagnostics).toEqual([]);
    const compiled = compileRules(ruleSet, { title: "string" });
    const inProcess = evaluateRules(compiled, rows);
    const duck = await evaluateRulesDuckDb(compiled, rows);
    expect(differences(inProcess, duck)).toEqual([]);
    const hitsOf = (id: string) =>
      titles.filter((_, row) => rowRuleIds(inProcess, row).includes(id));
    expect(hitsOf("word")).toEqual(["a\0b", "a\0b c"]);
    expect(hitsOf("any")).toEqual(["P\0", "q"]);
    expect(hitsOf("regex")).toEqual(["x\0y"]);
    expect(hitsOf("escaped")).toEqual(["m\0n"]);
    expect(hitsOf("written")).toEqual(["w\0w"]);
    expect(hitsOf("class")).toEqual(["\0z\0", "\0"]);
    expect(hitsOf("equal")).toEqual(["e\0", "f\0\0", "g"]);
    expect(hitsOf("quote")).toEqual(["'\0'"]);
    expect(hitsOf("folded")).toEqual(["Ｎ\u200B\0", "n \0"]);
  });

  it("gives the same hits when DuckDB reads the rows from a CSV file itself", async () => {
    const compiled = compileRules(ruleSet, { title: "string" });
    const csv = ["title", ...titles.map((t) => `"${t.replaceAll('"', '""')}"`)].join("\n") + "\n";
    const file = writeTmp(tmpDir("nul"), "listings.csv", csv);
    const duck = await evaluateRulesDuckDb(compiled, { file, schema: { title: "string" } });
    // DuckDB's CSV reader reads an empty quoted field as null, which no rule above matches either.
    expect(differences(evaluateRules(compiled, rows), duck)).toEqual([]);
  });
});

describe("evaluateRulesDuckDb on an empty named list", () => {
  // The fuzz run's `title in $empty` compiled to "title IN ()", which DuckDB cannot parse.
  const ruleSet = parseRuleFile(
    [
      "- id: in_empty\n  when: title in $empty",
      "- id: not_in_empty\n  when: title not in $empty",
      "- id: or_in_empty\n  when: title in $empty or price_krw > 5",
      "",
    ].join("\n"),
    { lists: { empty: [] } },
  );
  const rows = [
    { title: "a", price_krw: 1 },
    { title: null, price_krw: 10 },
    { title: "", price_krw: null },
  ];

  it("runs and gives the in-process hits: membership is false, unknown for a null", async () => {
    const compiled = compileRules(ruleSet, { title: "string", price_krw: "number" });
    const inProcess = evaluateRules(compiled, rows);
    const duck = await evaluateRulesDuckDb(compiled, rows);
    expect(differences(inProcess, duck)).toEqual([]);
    expect(rows.map((_, row) => rowRuleIds(duck, row))).toEqual([
      ["not_in_empty"],
      ["or_in_empty"],
      ["not_in_empty"],
    ]);
  });
});

describe("evaluateRulesDuckDb on lone surrogates in rule literals", () => {
  // The fuzz run's `not (title = "\uD800")` hit a title holding another lone surrogate in-process
  // (its value was compared as U+FFFD, the literal raw) but not in DuckDB, which stores UTF-8.
  // In YAML's double quotes, \uD800 is the lone surrogate itself.
  const ruleSet = parseRuleFile(
    [
      "- id: equal\n  when: \"title = '\\uD800'\"",
      "- id: not_equal\n  when: \"not (title = '\\uD800')\"",
      "- id: listed\n  when: \"title in ['\\uDC00x', 'y']\"",
      "",
    ].join("\n"),
  );
  const rows = ["\uDC00", "\uFFFD", "\uD800", "a", "\uD800x", "y"].map((title) => ({ title }));

  it("reads them as U+FFFD, as the values, and agrees with DuckDB row by row", async () => {
    const compiled = compileRules(ruleSet, { title: "string" });
    const inProcess = evaluateRules(compiled, rows);
    const duck = await evaluateRulesDuckDb(compiled, rows);
    expect(differences(inProcess, duck)).toEqual([]);
    expect(rows.map((_, row) => rowRuleIds(inProcess, row))).toEqual([
      ["equal"],
      ["equal"],
      ["equal"],
      ["not_equal"],
      ["not_equal", "listed"],
      ["not_equal", "listed"],
    ]);
  });
});
