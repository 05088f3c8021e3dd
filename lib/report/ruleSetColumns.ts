import type { RuleDefinition } from "../rules/RuleDefinition.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of a rule-set table, one row per rule: id, lifecycle status, version (blank when
 * none is written), policy, action, review queue (its `queue`, else its policy), priority and
 * the `when` expression.
 * @example htmlTable(ruleSet.rules, { columns: ruleSetColumns() })
 */
export function ruleSetColumns(): TableColumn<RuleDefinition>[] {
  return [
    "id",
    "status",
    { name: "version", format: (v: unknown) => (v === undefined ? "" : String(v)) },
    "policy",
    "action",
    { name: "extra", label: "queue", format: (_v, r) => String(r.extra.queue ?? r.policy) },
    { name: "priority", format: "integer" },
    "when",
  ];
}
