import { describe, expect, it } from "vitest";
import { checkRules } from "../../lib/rules/checkRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { hitRows } from "../../lib/rules/hitRows.js";
import { backtestRules } from "../../lib/rules/backtestRules.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { rulesToSql } from "../../lib/rules/rulesToSql.js";
import { formatRuleDiagnostic } from "../../lib/rules/formatRuleDiagnostic.js";
import type { RuleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";

const schema: RuleFieldSchema = { title: "string", price_krw: "number" };

// Seeded LCG, so the Hangul keywords are the same on every run.
function hangulWords(count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 }, () => String.fromCharCode(0xac00 + Math.floor(next() * 11172))).join(
      "",
    ),
  );
}

const chain = (n: number, op: "or" | "and") =>
  Array.from({ length: n }, (_, i) => `price_krw ${op === "or" ? "=" : "!="} ${i}`).join(` ${op} `);

describe("rules at size", () => {
  it("checkRules, compileRules, evaluateRules and rulesToSql take a flat or chain of 3,000 terms", () => {
    const set = parseRuleFile(`- id: many\n  when: ${chain(3000, "or")} or title ~ /x/\n`);
    expect(checkRules(set, schema).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const compiled = compileRules(set, schema);
    const rows = [
      { title: "a", price_krw: 2999 },
      { title: "b", price_krw: 3000 },
      { title: "x", price_krw: -1 },
    ];
    expect([...hitRows(evaluateRules(compiled, rows), "many")]).toEqual([0, 2]);
    expect(() => rulesToSql(compiled)).not.toThrow();
  });

  it("compileRules takes a flat and chain of 3,000 terms", () => {
    const set = parseRuleFile(`- id: many\n  when: ${chain(3000, "and")}\n`);
    const hits = evaluateRules(compileRules(set, schema), [{ title: "", price_krw: -5 }]);
    expect([...hitRows(hits, "many")]).toEqual([0]);
  });

  it("checkRules reports keyword lists that fit alone but not in one RE2.Set, as compileRules does", () => {
    const lists = { a: hangulWords(4000, 1), b: hangulWords(4000, 2) };
    const set = parseRuleFile(
      "- id: a\n  when: title contains_any $a\n- id: b\n  when: title contains_any $b\n",
      { file: "big.yaml", lists },
    );
    const errors = checkRules(set, schema)
      .diagnostics.filter((d) => d.severity === "error")
      .map(formatRuleDiagnostic);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /the 2 patterns over title are too large for one RE2\.Set \(the first 1 fit\); split the rules over several rule files/,
    );
    expect(() => compileRules(set, schema)).toThrow(
      /too large for one RE2\.Set \(the first 1 fit\)/,
    );
  });

  it("backtestRules output grows linearly with the rules: a sparse overlap list above 200 rules", () => {
    const size = (rules: number) => {
      const yaml = Array.from(
        { length: rules },
        (_, i) => `- id: r${i}\n  when: price_krw = ${i}\n`,
      ).join("");
      const compiled = compileRules(parseRuleFile(yaml), schema);
      const rows = Array.from({ length: rules }, (_, i) => ({ title: "", price_krw: i, y: i % 2 }));
      const result = backtestRules(compiled, rows, { label: "y" });
      return { result, bytes: JSON.stringify(result).length };
    };
    const small = size(250);
    const large = size(2000);
    expect(large.result.overlap.matrix).toEqual([]);
    expect(large.result.overlap.pairs).toHaveLength(2000);
    expect(large.result.overlap.pairs[7]).toEqual([7, 7, 1]);
    expect(large.bytes / small.bytes).toBeLessThan(8 * 2);
    expect(size(3).result.overlap.matrix).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });
});
