import { describe, expect, it } from "vitest";
import { toTable } from "../../lib/table/toTable.js";
import { backtestRules } from "../../lib/rules/backtestRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { formatRuleFile } from "../../lib/rules/formatRuleFile.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { resolveActions } from "../../lib/rules/resolveActions.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";

const rule = (id: string, action: "block" | "review" | "tag", priority = 0) => ({
  id,
  action,
  priority,
});

describe("resolveActions", () => {
  it("all-match: every hit rule applies and block > review > tag whatever the priorities", () => {
    expect(
      resolveActions([rule("t", "tag", 9), rule("r", "review", 5), rule("b", "block")]),
    ).toEqual({
      action: "block",
      ruleId: "b",
      applied: ["b", "r", "t"],
    });
    // Among rules taking the strongest action, priority (then file order) decides the queue.
    expect(
      resolveActions([rule("r1", "review"), rule("r2", "review", 3), rule("r3", "review", 3)])
        ?.ruleId,
    ).toBe("r2");
  });

  it("first-match: the highest priority decides alone; equal priorities resolve block > review > tag, then file order", () => {
    expect(resolveActions([rule("b", "block", 1), rule("t", "tag", 5)], "first")).toEqual({
      action: "tag",
      ruleId: "t",
      applied: ["t"],
    });
    expect(
      resolveActions([rule("t", "tag"), rule("r", "review"), rule("b", "block")], "first")?.ruleId,
    ).toBe("b");
    expect(resolveActions([rule("r1", "review"), rule("r2", "review")], "first")?.ruleId).toBe(
      "r1",
    );
  });

  it("no hit is no action", () => {
    expect(resolveActions([])).toBeUndefined();
  });

  it("a backtest counts listings per action taken, in the rule file's match mode; shadow rules take none", () => {
    const yaml = (match: string) => `match: ${match}
rules:
  - id: tag_cheap
    policy: p
    action: tag
    priority: 5
    when: price_krw < 1000
  - id: block_fake
    policy: p
    action: block
    when: title contains_any ["fake"]
  - id: shadow_all
    policy: p
    action: block
    status: shadow
    when: price_krw >= 0
`;
    const rows = toTable([
      { title: "fake", price_krw: 500, is_violation: true },
      { title: "fake", price_krw: 5000, is_violation: true },
      { title: "ok", price_krw: 500, is_violation: false },
      { title: "ok", price_krw: 5000, is_violation: false },
    ]);
    const run = (match: string) => {
      const set = parseRuleFile(yaml(match));
      expect(set.match).toBe(match);
      return backtestRules(compileRules(set, ruleFieldSchema(rows)), rows, { match: set.match });
    };
    const all = run("all");
    expect(all.actions.taken.map((a) => [a.action, a.hits, a.tp])).toEqual([
      ["block", 2, 2],
      ["tag", 1, 0],
    ]);
    expect(all.total).toMatchObject({ hits: 3, tp: 2, fp: 1 });
    expect(Object.fromEntries(all.rules.map((r) => [r.id, [r.status, r.decided]]))).toEqual({
      tag_cheap: ["active", 1],
      block_fake: ["active", 2],
      shadow_all: ["shadow", 0],
    });
    // First-match: tag_cheap's priority 5 decides the cheap fake listing.
    const first = run("first");
    expect(first.actions.taken.map((a) => [a.action, a.hits])).toEqual([
      ["block", 1],
      ["tag", 2],
    ]);
    expect(formatRuleFile(parseRuleFile(yaml("first")))).toMatch(/^match: first\nrules:\n/);
  });

  it("an unknown match mode is an error that names the modes", () => {
    const set = parseRuleFile("match: any\nrules: []\n", { file: "r.yaml" });
    expect(set.diagnostics[0].message).toMatch(/match "any" is not one of all, first/);
  });
});
