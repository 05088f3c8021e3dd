// Fuzz run of the rule language (issue 12): generated and mutated `when` expressions and rule
// files (deep nesting, odd Unicode, YAML tricks, invalid regexes, careless keys) through
// parseRuleExpression, parseRuleFile, checkRules (with the diagnostics `tns rules check` prints) and
// compileRules; a rule set that compiles is evaluated on adversarial rows per table and one event
// at a time, with no user pattern ever reaching a JS RegExp. Shapes at size and time are in
// rulesAtSize.test.ts, DuckDB parity in rulesDuckDb.test.ts. Seeds are fixed: a failure prints its
// seed and counterexample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateEvent } from "../../lib/rules/evaluateEvent.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { rowRuleIds } from "../../lib/rules/rowRuleIds.js";
import { expression, mutated, ruleFileText } from "./ruleArbitraries.js";
import {
  checkAndCompile,
  jsRegExpSources,
  noUserPatternInJs,
  parsesOrPoints,
  rows,
  userPatterns,
} from "./ruleChecks.js";

describe("fuzz: rule parser, checker and compiler", () => {
  const numRunsExpr = 3_000;
  it(`parseRuleExpression parses or points at the problem (${numRunsExpr} generated and mutated expressions)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(expression, mutated(expression), fc.string({ unit: "binary", maxLength: 40 })),
        parsesOrPoints,
      ),
      { seed: 1221, numRuns: numRunsExpr },
    );
  });

  const numRunsFile = 1_500;
  it(`parseRuleFile, checkRules and compileRules agree and place every error; compiled sets evaluate the same per table and per event, with RE2 only (${numRunsFile} rule files)`, () => {
    let compiledCount = 0;
    fc.assert(
      fc.property(ruleFileText, (text) => {
        const { result, sources } = jsRegExpSources(() => {
          const { compiled, ruleSet } = checkAndCompile(text);
          if (!compiled) return { ruleSet, events: [] as string[][], hits: undefined };
          const hits = evaluateRules(compiled, rows);
          const events: string[][] = [];
          for (let row = 0; row < rows.length; row += 7)
            events.push(evaluateEvent(compiled, { ...rows[row] }));
          return { ruleSet, events, hits };
        });
        const { ruleSet, events, hits } = result;
        noUserPatternInJs(
          sources,
          ruleSet.rules.flatMap((r) => userPatterns(r.expression)),
        );
        if (!hits) return;
        compiledCount++;
        events.forEach((ids, k) => expect(ids).toEqual(rowRuleIds(hits, k * 7)));
      }),
      { seed: 1223, numRuns: numRunsFile },
    );
    // The run is not vacuous: a good share of the files compile and are evaluated.
    expect(compiledCount).toBeGreaterThan(numRunsFile / 5);
  });
});
