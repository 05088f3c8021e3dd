import { basename, extname } from "node:path";
import type {
  DecisionTableCondition,
  DecisionTableFixedName,
  DecisionTableSheet,
  DecisionTableValue,
} from "./DecisionTable.js";
import type { RuleDefinition, RuleSet } from "./RuleDefinition.js";
import { decisionTableCondition } from "./decisionTableCondition.js";
import { decisionTableFixedNames } from "./decisionTableColumn.js";
import { formatNormalize } from "./formatNormalize.js";
import { ruleExpressionRows, type TableCondition } from "./ruleExpressionRows.js";

/** A rule a conversion left out or changed, and why. */
export interface RuleConversionNote {
  ruleId: string;
  message: string;
}

/** What {@link ruleSetToDecisionTable} made: the sheet, the rules it could not hold, and notes. */
export interface RuleSetTable {
  sheet: DecisionTableSheet;
  /** Rules the table cannot hold (left out), with the reason. */
  unconvertible: RuleConversionNote[];
  /** Keys a table has no column for (dropped), per rule. */
  notes: RuleConversionNote[];
}

/**
 * Writes a rule set as a decision table: the fixed columns the rules use, then one column per
 * condition header (`price_krw <`; repeated when a row has two conditions with the same header),
 * one row per alternative of each rule (the metadata on its first row). A rule whose condition a
 * table cannot hold (e.g. `not (a and b)`) or that is disabled without a status is named in
 * `unconvertible` and left out, never silently changed.
 * @example const { sheet, unconvertible } = ruleSetToDecisionTable(await loadRuleFile("rules.yaml"));
 */
export function ruleSetToDecisionTable(ruleSet: RuleSet, sheetName = "rules"): RuleSetTable {
  const unconvertible: RuleConversionNote[] = [];
  const notes: RuleConversionNote[] = [];
  const converted: { rule: RuleDefinition; rows: TableCondition[][] }[] = [];
  for (const rule of ruleSet.rules) {
    const fail = (message: string) => unconvertible.push({ ruleId: rule.id, message });
    if (!rule.expression) {
      fail("its when does not parse; fix it first (tns rules check)");
      continue;
    }
    if (!rule.enabled && (rule.status === "active" || rule.status === "shadow")) {
      fail(
        "it has enabled: false, which a table has no column for; set status: draft or retired instead",
      );
      continue;
    }
    const rows = ruleExpressionRows(rule.expression, rule.when);
    if ("reason" in rows) {
      fail(rows.reason);
      continue;
    }
    for (const key of Object.keys(rule.extra))
      if (key !== "queue" && key !== "enabled")
        notes.push({ ruleId: rule.id, message: `${key} is dropped: a table has no ${key} column` });
    converted.push({ rule, rows: rows.rows });
  }

  const fixedValues = (
    rule: RuleDefinition,
  ): Partial<Record<DecisionTableFixedName, DecisionTableValue>> => ({
    id: rule.id,
    name: rule.name === rule.id ? null : rule.name,
    policy: rule.policy,
    action: rule.action,
    queue: typeof rule.extra.queue === "string" ? rule.extra.queue : null,
    owner: rule.owner || null,
    priority: rule.priority === 0 ? null : rule.priority,
    status: rule.status === "active" ? null : rule.status,
    version: rule.version ?? null,
    normalize: formatNormalize(rule.normalize) ?? null,
    description: rule.description || null,
  });
  const fixed = decisionTableFixedNames.filter(
    (name) =>
      name === "id" ||
      name === "policy" ||
      name === "action" ||
      converted.some(({ rule }) => fixedValues(rule)[name] !== null),
  );
  // Condition columns in order of first use; a header used twice in one row gets a second column.
  const headers: string[] = [];
  const rowsOut: DecisionTableValue[][] = [];
  for (const { rule, rows } of converted) {
    rows.forEach((conditions, k) => {
      const values = k === 0 ? fixedValues(rule) : { id: rule.id };
      const row: DecisionTableValue[] = fixed.map((name) => values[name] ?? null);
      const used = new Map<string, number>();
      for (const c of conditions) {
        const header = `${c.field} ${c.operator}`;
        const nth = used.get(header) ?? 0;
        used.set(header, nth + 1);
        let index = -1;
        for (let i = 0, seen = 0; i < headers.length; i++)
          if (headers[i] === header && seen++ === nth) index = i;
        if (index < 0) index = headers.push(header) - 1;
        row[fixed.length + index] = conditionCell(c);
      }
      rowsOut.push(row);
    });
  }
  const width = fixed.length + headers.length;
  const cells = [
    [...fixed, ...headers],
    ...rowsOut.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)),
  ];
  return { sheet: { file: undefined, sheet: sheetName, cells }, unconvertible, notes };
}

/** The cell that reads back as the condition (see decisionTableCondition). */
function conditionCell({ operator, condition }: TableCondition): DecisionTableValue {
  switch (condition.kind) {
    case "yes":
      return "yes";
    case "named":
      return `$${condition.name}`;
    case "pattern":
      return `/${condition.pattern}/${condition.flags}`;
    case "value":
      return typeof condition.value === "string" && !readsBack(operator, condition.value, condition)
        ? `"${condition.value.replaceAll('"', '""')}"`
        : condition.value;
    case "values":
      return condition.values
        .map((v) => {
          const text = String(v);
          const plain =
            typeof v !== "string" ||
            (!/[,"]/.test(text) &&
              !text.startsWith("$") &&
              text === text.trim() &&
              text !== "" &&
              readsBack(operator, text, { kind: "values", values: [v] }));
          return plain ? text : `"${text.replaceAll('"', '""')}"`;
        })
        .join(", ");
  }
}

/** Whether `text` written plainly in a cell reads back as the same condition. */
function readsBack(
  operator: TableCondition["operator"],
  text: string,
  condition: DecisionTableCondition,
): boolean {
  if (text !== text.trim() || text === "") return false;
  const back = decisionTableCondition(operator, text);
  return JSON.stringify(back) === JSON.stringify(condition);
}

/** The sheet name a table written to `path` gets: `rules` for a workbook, the file's name for CSV. */
export function sheetNameFor(path: string): string {
  return extname(path).toLowerCase() === ".csv" ? basename(path, extname(path)) : "rules";
}
