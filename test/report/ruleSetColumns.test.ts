import { describe, expect, it } from "vitest";
import { ruleSetColumns } from "../../lib/report/ruleSetColumns.js";
import type { RuleDefinition } from "../../lib/rules/RuleDefinition.js";
import { columnCells } from "./columnCells.js";

const rule = (fields: Partial<RuleDefinition>) =>
  ({
    id: "cf_keywords",
    status: "active",
    policy: "counterfeit",
    action: "review",
    priority: 1000,
    when: 'title ~ "replica"',
    extra: {},
    ...fields,
  }) as RuleDefinition;

describe("ruleSetColumns", () => {
  it("ruleSetColumns shows the rule's queue, else its policy, and a blank version when none", () => {
    const { labels, cells } = columnCells(
      [rule({}), rule({ id: "ct_phone", version: 3, extra: { queue: "contact" } })],
      ruleSetColumns(),
    );
    expect(labels).toEqual([
      "id",
      "status",
      "version",
      "policy",
      "action",
      "queue",
      "priority",
      "when",
    ]);
    expect(cells).toEqual([
      [
        "cf_keywords",
        "active",
        "",
        "counterfeit",
        "review",
        "counterfeit",
        "1,000",
        'title ~ "replica"',
      ],
      ["ct_phone", "active", "3", "counterfeit", "review", "contact", "1,000", 'title ~ "replica"'],
    ]);
  });
});
