import { describe, expect, it } from "vitest";
import { checkRules } from "../../lib/rules/checkRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { formatRuleDiagnostic } from "../../lib/rules/formatRuleDiagnostic.js";
import { parseRuleExpression } from "../../lib/rules/parseRuleExpression.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import { RuleSyntaxError } from "../../lib/rules/RuleSyntaxError.js";
import type { RuleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { hitRows } from "../../lib/rules/hitRows.js";

const schema: RuleFieldSchema = {
  title: "string",
  description: "string",
  brand: "string",
  price_krw: "number",
  created_at: "timestamp",
  verified: "boolean",
};
const lists = { brands: ["Chanel", "Gucci"], words: ["replica", "레플리카"], empty: [] };

/** Checks a one-rule file and returns the formatted diagnostics. */
function check(when: string, extra = ""): string[] {
  const set = parseRuleFile(`- id: r1\n  name: test${extra}\n  when: ${when}\n`, {
    file: "rules.yaml",
    lists,
  });
  return checkRules(set, schema).diagnostics.map(formatRuleDiagnostic);
}

describe("parseRuleExpression", () => {
  it("parses precedence: not over and over or, with parentheses and both list brackets", () => {
    const e = parseRuleExpression(
      'not a = 1 and b in ["x"] or (c contains_any $l and d is not null)',
    );
    expect(e.type).toBe("or");
    if (e.type !== "or") return;
    expect(e.left.type).toBe("and");
    expect(e.right).toMatchObject({
      type: "and",
      left: { type: "contains", list: { kind: "named", name: "l" } },
    });
    expect(parseRuleExpression('category in ("bags", "watches")')).toMatchObject({
      list: { values: ["bags", "watches"] },
    });
  });

  it("keeps regex flags and escaped slashes, and keyword case does not matter", () => {
    expect(parseRuleExpression("title ~ /a\\/b\\d/si AND x !~ /y/")).toMatchObject({
      type: "and",
      left: { type: "regex", pattern: "a/b\\d", flags: "is" },
      right: { type: "regex", negated: true },
    });
  });

  it("throws RuleSyntaxError with the offset of the problem", () => {
    const cases: [string, RegExp, number][] = [
      [
        "price_krw <",
        /expected a value: "text", a number, true or false but found the end of the expression/,
        11,
      ],
      ["title ~ 'x'", /expected a \/pattern\/ after ~ but found "'"/, 8],
      ["title ~ /x/g", /unknown regex flag "g"/, 11],
      // Found by the fuzz run: `category !~ #/x/` in YAML (the # starts a comment) left
      // "category !~", which threw a TypeError, a stack trace from tns rules check.
      ["category !~", /expected a \/pattern\/ .* but found the end of the expression/, 11],
      ["not title ~  ", /expected a \/pattern\/ .* but found the end of the expression/, 13],
      ["(a = 1", /expected a closing "\)" but found the end/, 6],
      ["a = 1 b = 2", /expected "and", "or" or the end of the expression but found "b"/, 6],
      ["a == 1", /expected a value.*but found "="/, 3],
      ['a = "open', /the string is not closed/, 4],
      ["a is nul", /expected "null"/, 5],
      ["a = null", /to test for a missing value write "field is null"/, 4],
      ["a & b", /unexpected character "&"/, 2],
    ];
    for (const [text, message, offset] of cases) {
      const error = (() => {
        try {
          parseRuleExpression(text);
        } catch (e) {
          return e as RuleSyntaxError;
        }
      })();
      expect(error, text).toBeInstanceOf(RuleSyntaxError);
      expect(error!.message).toMatch(message);
      expect([text, error!.offset]).toEqual([text, offset]);
    }
  });

  it("refuses expressions nested deeper than 200 levels instead of overflowing the stack", () => {
    expect(() => parseRuleExpression(`${"(".repeat(5000)}a = 1${")".repeat(5000)}`)).toThrow(
      /nests more than 200 levels/,
    );
    expect(() => parseRuleExpression(`${"not ".repeat(5000)}a = 1`)).toThrow(
      /nests more than 200 levels/,
    );
  });
});

describe("parseRuleFile and checkRules: every problem is a diagnostic with the rule, line, column and a caret", () => {
  it("puts a caret under a syntax error at its position in the file", () => {
    expect(check("price_krw < and title ~ /x/")).toEqual([
      'rules.yaml:3:21: error [r1]: expected a value: "text", a number, true or false but found "and"\n' +
        "    when: price_krw < and title ~ /x/\n" +
        "                      ^^^",
    ]);
  });

  it("reports invalid YAML with its line and nothing else", () => {
    const set = parseRuleFile("- id: a\n  when: [unclosed\n", { file: "bad.yaml" });
    expect(set.rules).toEqual([]);
    expect(set.diagnostics.map(formatRuleDiagnostic).join("\n")).toMatch(
      /^bad\.yaml:\d+:\d+: error: invalid YAML: /,
    );
  });

  it("reports a file that is not a list, a rule without id or when, duplicate ids and a bad action", () => {
    expect(parseRuleFile("rules: 3").diagnostics[0].message).toMatch(
      /must be a YAML list of rules/,
    );
    const set = parseRuleFile(
      "- name: no id\n  when: a = 1\n- id: a\n- id: b\n  when: x = 1\n  action: delete\n- id: b\n  when: x = 2\n",
      { file: "f.yaml" },
    );
    const text = set.diagnostics.map(formatRuleDiagnostic);
    expect(text).toEqual([
      'f.yaml:1: error: the rule has no "id"; add "id: ..."',
      'f.yaml:3: error [a]: the rule has no "when"; add "when: ..."',
      'f.yaml:4: error [b]: action "delete" is not one of block, review, tag; pick the one the rule should take',
      'f.yaml:7: error [b]: rule id "b" is used twice (first on line 4); give every rule its own id',
    ]);
  });

  it("warns about a misspelt key and rejects an unknown normalisation step", () => {
    const out = check("title ~ /x/", "\n  enabeld: false\n  normalize: [nfkc, lowercase]");
    expect(out.join("\n")).toMatch(
      /error \[r1\]: normalize step "lowercase" is unknown; the steps are nfkc, zero_width, casefold, confusables, leet, spaces/,
    );
    expect(out.join("\n")).toMatch(
      /warning \[r1\]: unknown key "enabeld"; did you mean "enabled"\?/,
    );
  });

  it("names an unknown field with a did-you-mean and underlines it", () => {
    expect(check('titel ~ /x/ and brand = "Chanel"')).toEqual([
      'rules.yaml:3:9: error [r1]: unknown field "titel"; did you mean "title"?\n    when: titel ~ /x/ and brand = "Chanel"\n          ^^^^^',
    ]);
    expect(check("zzz = 1")[0]).toMatch(
      /unknown field "zzz"; the fields are title, description, brand, price_krw/,
    );
  });

  it("reads YAML aliases as their anchors' values, and refuses an alias bomb with a diagnostic", () => {
    // Found by the fuzz run: `normalize: *steps` was read as the step "steps" (and `when: *w` as
    // "not an expression"), because each rule was converted without its document.
    const set = parseRuleFile(
      "- id: a\n  normalize: &steps [nfkc, casefold]\n  when: &w title = 'x'\n" +
        "- id: b\n  normalize: *steps\n  when: *w\n",
      { file: "alias.yaml" },
    );
    expect(set.diagnostics).toEqual([]);
    expect(set.rules.map((r) => [r.id, r.normalize, r.when])).toEqual([
      ["a", { "*": ["nfkc", "casefold"] }, "title = 'x'"],
      ["b", { "*": ["nfkc", "casefold"] }, "title = 'x'"],
    ]);
    const nine = (alias: string) => `[${Array(9).fill(alias).join(", ")}]`;
    const bomb = parseRuleFile(
      `- id: a\n  x: &a ${nine("1")}\n  y: &b ${nine("*a")}\n  z: &c ${nine("*b")}\n  v: ${nine("*c")}\n  when: title = 'x'\n`,
      { file: "bomb.yaml" },
    );
    expect(bomb.diagnostics.map(formatRuleDiagnostic)).toEqual([
      expect.stringMatching(/^bomb\.yaml:1: error: invalid YAML: Excessive alias count/),
    ]);
  });

  it("names a field or list called like an Object.prototype member unknown instead of passing or crashing", () => {
    // Found by the fuzz run (test/fuzz/rules.test.ts): "constructor is null" passed the check
    // and compiled, then evaluateRules failed on the missing column; $constructor threw a TypeError.
    expect(check("constructor is null")[0]).toMatch(/unknown field "constructor"; the fields are/);
    expect(check('__proto__ = "x" or toString = "y"')).toHaveLength(2);
    expect(check("title contains_any $constructor")[0]).toMatch(/unknown list \$constructor/);
    expect(check("title in $toString")[0]).toMatch(/unknown list \$toString/);
    expect(check("title ~ /x/", "\n  normalize: { constructor: [nfkc] }")).toEqual([]);
  });

  it("catches type mismatches", () => {
    expect(check('price_krw < "cheap"')[0]).toMatch(
      /price_krw is a number but is compared with "cheap"; write a number value/,
    );
    expect(check("price_krw ~ /1/")[0]).toMatch(/~ needs a text field but price_krw is a number/);
    expect(check("created_at > 5")[0]).toMatch(
      /created_at is a timestamp .* write a quoted ISO time/,
    );
    expect(check('created_at > "yesterday"')[0]).toMatch(
      /created_at is a timestamp but is compared with "yesterday"/,
    );
    expect(check("verified < true")[0]).toMatch(
      /verified is a boolean; < is meaningless on it, use = or !=/,
    );
    expect(check("price_krw in $brands")[0]).toMatch(
      /price_krw is a number but named lists hold text/,
    );
    expect(check('brand in ["a", 1]')[0]).toMatch(/brand is a string but is compared with 1/);
    expect(check('verified = true and created_at >= "2026-09-15T00:00:00+09:00"')).toEqual([]);
  });

  it("names a missing list with a did-you-mean", () => {
    expect(check("brand in $brand")[0]).toMatch(
      /rules\.yaml:3:18: error \[r1\]: unknown list \$brand; did you mean \$brands\?; add data\/lists\/brand\.txt/,
    );
  });

  it("names RE2-unsupported regex features and RE2's own syntax errors", () => {
    expect(check("title ~ /(a)\\1/")[0]).toMatch(
      /unsupported regex feature backreference \(\\1\) in \/\(a\)\\1\/; RE2 has none/,
    );
    expect(check("title ~ /x(?=y)/")[0]).toMatch(/unsupported regex feature lookahead/);
    expect(check("title ~ /(?<!y)x/")[0]).toMatch(/unsupported regex feature lookbehind/);
    expect(check("title ~ /a++/")[0]).toMatch(/unsupported regex feature possessive quantifier/);
    expect(check("title ~ /a{2000}/")[0]).toMatch(
      /unsupported regex feature repetition count over 1000/,
    );
    expect(check("title ~ /[z-a]/")[0]).toMatch(
      /invalid regex \/\[z-a\]\/: invalid character class range: z-a; RE2 syntax/,
    );
  });

  it("rejects a pattern of pathological size before compiling it", () => {
    expect(check(`title ~ /${"a|".repeat(6000)}b/`)[0]).toMatch(
      /the pattern is 12001 characters long, over the limit of 10000/,
    );
    expect(check(`title ~ /((((a{100}){100}){100}){100})/`)[0]).toMatch(
      /error \[r1\]: .*(repetition|too large|invalid)/,
    );
  });

  it("gives a 100k-keyword list a clear error instead of a crash or a hang", () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `kw${i.toString(36)}x`);
    const set = parseRuleFile("- id: big\n  when: title contains_any $big\n", { lists: { big } });
    const out = checkRules(set, schema).diagnostics;
    expect(out.map((d) => d.message).join("\n")).toMatch(
      /list \$big has 100000 entries and RE2 cannot compile it .*; the first \d+ fit, so split it into lists of at most \d+ entries/,
    );
  });

  it("warns about a rule that can never match, a duplicate rule, an empty list and a pattern matching the empty string", () => {
    const set = parseRuleFile(
      [
        "- id: range\n  when: price_krw > 100 and price_krw < 50",
        '- id: both\n  when: brand = "a" and brand = "b"',
        '- id: null_and_value\n  when: brand is null and brand = "x"',
        "- id: first\n  when: title ~ /replica/",
        "- id: second\n  when: (title ~ /replica/)",
        "- id: empty_list\n  when: title contains_any $empty",
        "- id: star\n  when: title ~ /x*/",
      ].join("\n"),
      { lists },
    );
    const out = checkRules(set, schema).diagnostics.map(
      (d) => `${d.severity} ${d.ruleId}: ${d.message}`,
    );
    expect(out).toEqual([
      "warning range: the rule can never match: price_krw must be > 100 and < 50; fix the condition",
      'warning both: the rule can never match: brand must equal "a" and "b" at once; fix the condition',
      "warning null_and_value: the rule can never match: brand is null and also compared with a value; fix the condition",
      'warning second: the rule has the same condition as "first"; remove one or change it',
      "warning empty_list: list $empty is empty, so nothing can match it; add entries",
      "warning star: the pattern /x*/ matches the empty string, so it matches every non-null value; anchor or tighten it",
    ]);
  });
});

describe("compileRules and evaluateRules on bad input", () => {
  it("compileRules throws RuleError carrying every diagnostic", () => {
    const set = parseRuleFile("- id: a\n  when: titel ~ /x/\n- id: b\n  when: title ~ /(?=x)/\n");
    expect(() => compileRules(set, schema)).toThrow(RuleError);
    expect(() => compileRules(set, schema)).toThrow(
      /the rules have 2 error\(s\); the first: .*unknown field "titel"/,
    );
  });

  it("runs a catastrophic-backtracking pattern over a long string in linear time", () => {
    const compiled = compileRules(parseRuleFile("- id: evil\n  when: title ~ /(a+)+$/\n"), schema);
    const hits = evaluateRules(compiled, [{ title: `${"a".repeat(200_000)}!` }, { title: "aaa" }]);
    expect(hitRows(hits, "evil")).toEqual([1]);
  });

  it("skips disabled rules and names a rule field missing from the data", () => {
    const set = parseRuleFile(
      '- id: on\n  when: title ~ /x/\n- id: off\n  enabled: false\n  when: brand = "x"\n',
    );
    const compiled = compileRules(set, schema);
    expect(compiled.rules.map((r) => r.id)).toEqual(["on"]);
    expect(() => evaluateRules(compiled, [{ titel: "x" }])).toThrow(
      /rule field column "title" is not in the data; did you mean "titel"\?/,
    );
  });

  it("returns no hits and a warning on empty data", () => {
    const compiled = compileRules(parseRuleFile("- id: a\n  when: title ~ /x/\n"), schema);
    const hits = evaluateRules(compiled, { title: [] });
    expect(hits.rowCount).toBe(0);
    expect(hits.warnings).toEqual(["the data has no rows; there is nothing to evaluate"]);
  });
});
