// Fuzz run of the rule language at size and in time (issue 12): long flat chains, deep nesting,
// not-chains, huge inline lists and long alternations must parse, check, compile and evaluate (or
// get a placed diagnostic, never a stack overflow); evaluation grows linearly with the text
// whatever the user's patterns (RE2 only), and parse + check + compile linearly with a chain's
// length. Seeds are fixed: a failure prints its seed and counterexample.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { checkRules } from "../../lib/rules/checkRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { evaluateEvent } from "../../lib/rules/evaluateEvent.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import { rowRuleIds } from "../../lib/rules/rowRuleIds.js";
import { linearBound, linearGrowthRatio } from "../support/growth.js";
import { atSize, lists, predicate, regexLiteral, schema } from "./ruleArbitraries.js";
import { checkAndCompile, parsesOrPoints, rows } from "./ruleChecks.js";

describe("fuzz: rules at size and in time", () => {
  const numRunsSize = 30;
  it(`parseRuleExpression, checkRules and compileRules take expressions at size (${numRunsSize} chains, nestings and lists)`, () => {
    fc.assert(
      fc.property(atSize, (when) => {
        parsesOrPoints(when);
        const { compiled } = checkAndCompile(stringify([{ id: "big", when }]));
        if (compiled) {
          const hits = evaluateRules(compiled, rows);
          expect(hits.rowCount).toBe(rows.length);
          expect(evaluateEvent(compiled, { ...rows[0] })).toEqual(rowRuleIds(hits, 0));
        }
      }),
      { seed: 1222, numRuns: numRunsSize },
    );
  });

  // Near-misses for backtracking patterns ((a+)+$, (x+x+)+y, nested classes) and keyword lists.
  const textPieces = fc.constantFrom(
    "a",
    "aa",
    "x",
    "xx",
    "가",
    "레플리",
    "replic",
    " ",
    "\u200B",
    "Ｒ",
    "1",
    "\n",
    ".",
    "SA",
    "0",
    "!",
  );
  const timedRules = fc
    .tuple(
      fc.array(regexLiteral, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(undefined, "all", ["casefold"], ["leet", "spaces"]),
    )
    .map(([patterns, normalize]) => [
      ...patterns.map((p, i) => ({ id: `re${i}`, when: `title ~ ${p} or description ~ ${p}` })),
      { id: "words", when: "title contains_word $hangul or title contains_word $latin", normalize },
      { id: "any", when: "description contains_any $keywords", normalize },
    ])
    .map((ruleList) => {
      try {
        return compileRules(parseRuleFile(stringify(ruleList), { lists }), schema);
      } catch (error) {
        if (error instanceof RuleError) return undefined;
        throw error;
      }
    })
    .filter((compiled) => compiled !== undefined);
  const numRunsTime = 15;
  it(`evaluateRules and evaluateEvent grow linearly with the text, whatever the patterns (${numRunsTime} generated rule sets and texts)`, () => {
    fc.assert(
      fc.property(
        timedRules,
        fc.array(textPieces, { minLength: 1, maxLength: 6 }),
        (compiled, parts) => {
          const unit = parts.join("");
          const make = (n: number) => {
            const text = unit.repeat(Math.ceil(n / unit.length));
            return { ...rows[0], title: text, description: text };
          };
          const label = JSON.stringify(unit);
          const table = linearGrowthRatio(make, (row) => evaluateRules(compiled!, [row]), {
            small: 2_000,
          });
          expect(table.ratio, label).toBeLessThan(linearBound(table.factor));
          const event = linearGrowthRatio(make, (row) => evaluateEvent(compiled!, row), {
            small: 2_000,
          });
          expect(event.ratio, label).toBeLessThan(linearBound(event.factor));
        },
      ),
      { seed: 1225, numRuns: numRunsTime },
    );
  });

  const numRunsChain = 8;
  it(`parseRuleFile, checkRules and compileRules grow linearly with a flat chain's length (${numRunsChain} generated chains)`, () => {
    fc.assert(
      fc.property(fc.array(predicate, { minLength: 1, maxLength: 3 }), fc.boolean(), (ps, or) => {
        const make = (n: number) =>
          stringify([
            {
              id: "chain",
              when: Array.from({ length: n }, (_, i) => ps[i % ps.length]).join(
                or ? " or " : " and ",
              ),
            },
          ]);
        const { ratio, factor } = linearGrowthRatio(
          make,
          (text) => checkRules(parseRuleFile(text, { lists }), schema),
          { small: 100, runs: 2 },
        );
        expect(ratio, ps.join(" | ")).toBeLessThan(linearBound(factor));
      }),
      { seed: 1226, numRuns: numRunsChain },
    );
  });
});
