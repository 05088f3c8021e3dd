// Fuzz run of the rule language's other back ends and its command (issue 12): generated rule sets
// that compile give the in-process hits row by row in DuckDB (rulesToSql), shapes at size
// included, and `tns rules check` on generated hostile files exits 0 or 1 with the library's
// diagnostics, never a stack trace. Seeds are fixed: a failure prints its seed and counterexample.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { checkRules } from "../../lib/rules/checkRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { evaluateRulesDuckDb } from "../../lib/rules/evaluateRulesDuckDb.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import type { RuleHits } from "../../lib/rules/RuleHits.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { rowRuleIds } from "../../lib/rules/rowRuleIds.js";
import { tmpDir } from "../data/tmpFiles.js";
import {
  atSize,
  carefulExpression,
  expression,
  lists,
  normalizeValues,
  ruleFileText,
  schema,
} from "./ruleArbitraries.js";
import { rows } from "./ruleChecks.js";

/** Row-by-row differences between two hit sets: [row, one's ids, the other's ids]. */
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

function compileOrUndefined(text: string) {
  try {
    return compileRules(parseRuleFile(text, { lists }), schema);
  } catch (error) {
    if (error instanceof RuleError) return undefined;
    throw error;
  }
}

const compilable = fc
  .array(
    fc.record(
      {
        id: fc.constant("r"),
        when: fc.oneof(carefulExpression, expression),
        normalize: fc.constantFrom(...normalizeValues.slice(0, 7)),
      },
      { requiredKeys: ["id", "when"] },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((ruleList) => ruleList.map((r, i) => ({ ...r, id: `r${i}` })))
  .map((ruleList) => compileOrUndefined(stringify(ruleList)))
  .filter((c) => c !== undefined);

describe("fuzz: rules in DuckDB and through tns rules check", { timeout: 120_000 }, () => {
  const numRunsDuckDb = 80;
  it(`evaluateRulesDuckDb agrees with evaluateRules row by row (${numRunsDuckDb} compiled rule sets)`, async () => {
    await fc.assert(
      fc.asyncProperty(compilable, async (compiled) => {
        const inProcess = evaluateRules(compiled!, rows);
        const duck = await evaluateRulesDuckDb(compiled!, rows);
        expect(differences(inProcess, duck)).toEqual([]);
      }),
      { seed: 1224, numRuns: numRunsDuckDb },
    );
  });

  const numRunsSize = 10;
  it(`evaluateRulesDuckDb agrees on chains, nestings and lists at size (${numRunsSize} that compile)`, async () => {
    const big = atSize
      .map((when) => compileOrUndefined(stringify([{ id: "big", when }])))
      .filter((c) => c !== undefined);
    await fc.assert(
      fc.asyncProperty(big, async (compiled) => {
        const duck = await evaluateRulesDuckDb(compiled!, rows);
        expect(differences(evaluateRules(compiled!, rows), duck)).toEqual([]);
      }),
      { seed: 1227, numRuns: numRunsSize },
    );
  });

  const numRunsCli = 4;
  it(`tns rules check prints the library's diagnostics and exits 0 or 1, without a stack trace (${numRunsCli} generated files)`, async () => {
    const dir = tmpDir("fuzz-rules-cli");
    mkdirSync(join(dir, "lists"));
    mkdirSync(join(dir, "rules"));
    for (const [name, entries] of Object.entries(lists))
      writeFileSync(join(dir, "lists", `${name}.txt`), entries.join("\n"));
    const texts = fc.sample(ruleFileText, { seed: 1228, numRuns: numRunsCli });
    const run = promisify(execFile);
    await Promise.all(
      texts.map(async (text, k) => {
        const file = join(dir, "rules", `fuzz-${k}.yaml`);
        writeFileSync(file, text);
        const expected = checkRules(
          await loadRuleFile(file),
          ruleFieldSchema(sampleSchemas.listings),
        ).diagnostics.filter((d) => d.severity === "error").length;
        const out = await run(process.execPath, ["bin/tns.js", "rules", "check", file]).then(
          (r) => ({ ...r, code: 0 }),
          (e: { stdout: string; stderr: string; code: number }) => e,
        );
        expect(out.stderr, text).not.toMatch(/^\s+at /m);
        expect(out.stderr).toContain(`, ${expected} error(s), `);
        expect(out.code).toBe(expected > 0 ? 1 : 0);
      }),
    );
  });
});
