import type {
  DecisionTableCell,
  DecisionTableFixedName,
  DecisionTableRow,
  DecisionTableValue,
} from "./DecisionTable.js";
import type { RuleDefinition } from "./RuleDefinition.js";
import type { RuleActionName } from "./RuleActionName.js";
import type { RuleStatusName } from "./RuleStatusName.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import { RuleSyntaxError } from "./RuleSyntaxError.js";
import { conditionWhen } from "./decisionTableCondition.js";
import { parseNormalize } from "./parseNormalize.js";
import { parseRuleExpression } from "./parseRuleExpression.js";
import { isEvaluatedStatus, ruleStatusNames } from "./ruleStatus.js";
import type { SourcePosition } from "./whenLocator.js";
import * as msg from "./messages.js";

/** One row of a rule as {@link parseDecisionTable} read it. */
export interface TableRuleRow {
  row: number;
  idCell: string;
  fixed: Partial<Record<DecisionTableFixedName, { value: DecisionTableValue; cell: string }>>;
  conditions: DecisionTableCell[];
  /** A cell of the row could not be read (already reported). */
  broken?: boolean;
}

/** What {@link decisionTableRule} needs from the table around the rule. */
export interface TableRuleContext {
  file?: string;
  /** The header cell of a column (address and text), for problems in a condition's field. */
  header: (column: number) => { cell: string; text: string };
  /** 1-based sheet row of the header. */
  headerRow: number;
  diagnostics: RuleDiagnostic[];
  /** Where the rule's valid rows are added, for verification. */
  tableRows: DecisionTableRow[];
}

const ACTIONS: readonly RuleActionName[] = ["block", "review", "tag"];
const SHARED: readonly DecisionTableFixedName[] = [
  "name",
  "policy",
  "action",
  "queue",
  "owner",
  "priority",
  "status",
  "version",
  "normalize",
  "description",
];

/**
 * One rule from its rows of a decision table: the metadata of the first row (later rows leave
 * those cells empty or repeat them), and a `when` that ORs the rows, each the AND of its filled
 * conditions; `locate` maps a position in `when` back to the condition's cell (the header cell
 * for the field). Problems become diagnostics citing the cell; a rule with one has no expression.
 * @example decisionTableRule("cf_cheap", rows, context)?.when; // 'price_krw < 150000 and brand in $luxury_brands'
 */
export function decisionTableRule(
  id: string,
  rows: readonly TableRuleRow[],
  ctx: TableRuleContext,
): RuleDefinition | undefined {
  const { file, diagnostics } = ctx;
  const first = rows[0];
  const errorsBefore = diagnostics.filter((d) => d.severity === "error").length;
  const problem = (cell: string, row: number, message: string) =>
    diagnostics.push({
      severity: "error",
      code: "table",
      message,
      file,
      ruleId: id,
      line: row,
      cell,
    });
  const cellOf = (name: DecisionTableFixedName) => first.fixed[name]?.cell ?? first.idCell;
  const value = (name: DecisionTableFixedName) => first.fixed[name]?.value ?? null;
  const text = (name: DecisionTableFixedName) => {
    const v = value(name);
    return v === null ? "" : String(v).trim();
  };
  for (const row of rows.slice(1))
    for (const name of SHARED) {
      const v = row.fixed[name]?.value ?? null;
      if (v !== null && String(v).trim() !== text(name))
        problem(row.fixed[name]!.cell, row.row, msg.conflictingCell(name, v, id, cellOf(name)));
    }
  if (!text("policy")) problem(cellOf("policy"), first.row, msg.missingCell("policy"));
  const action = text("action").toLowerCase();
  if (!action) problem(cellOf("action"), first.row, msg.missingCell("action"));
  else if (!ACTIONS.includes(action as RuleActionName))
    problem(cellOf("action"), first.row, msg.badActionCell(value("action")));
  const status = (text("status") || "active").toLowerCase() as RuleStatusName;
  if (!ruleStatusNames.includes(status))
    problem(cellOf("status"), first.row, msg.badStatusCell(value("status")));
  const written = value("priority");
  const priority = written === null ? 0 : Number(written);
  if (written !== null && (typeof written === "boolean" || !Number.isFinite(priority)))
    problem(cellOf("priority"), first.row, msg.badCellValue("priority", written, msg.want.number));
  const normalize = parseNormalize(normalizeValue(text("normalize")), (m) =>
    problem(
      cellOf("normalize"),
      first.row,
      m.startsWith("normalize is") ? msg.badNormalizeCell(value("normalize")) : m,
    ),
  );
  const version = value("version");
  const rule: RuleDefinition = {
    id,
    name: text("name") || id,
    policy: text("policy"),
    action: ACTIONS.includes(action as RuleActionName) ? (action as RuleActionName) : "review",
    owner: text("owner"),
    description: text("description"),
    enabled: isEvaluatedStatus(status),
    status: ruleStatusNames.includes(status) ? status : "active",
    version:
      typeof version === "string" ? version.trim() : ((version ?? undefined) as number | undefined),
    priority: Number.isFinite(priority) ? priority : 0,
    when: "",
    normalize,
    extra: text("queue") ? { queue: text("queue") } : {},
    line: first.row,
    cell: first.idCell,
  };
  if (typeof version === "boolean") rule.version = String(version);

  // The when text, with where each condition's field and value came from.
  const pieces: { start: number; fieldEnd: number; condition: DecisionTableCell; row: number }[] =
    [];
  let when = "";
  const grouped = rows.length > 1;
  rows.forEach((row, k) => {
    if (k > 0) when += " or ";
    const parenthesised = grouped && row.conditions.length > 1;
    if (parenthesised) when += "(";
    row.conditions.forEach((c, j) => {
      if (j > 0) when += " and ";
      pieces.push({
        start: when.length,
        fieldEnd: when.length + c.field.length,
        condition: c,
        row: row.row,
      });
      when += conditionWhen(c.field, c.operator, c.condition);
    });
    if (parenthesised) when += ")";
  });
  rule.when = when;
  // A span that ends within a condition's field (an unknown field) is the header's problem.
  rule.locate = (offset: number, end = offset + 1): SourcePosition => {
    const piece = [...pieces].reverse().find((p) => p.start <= offset) ?? pieces[0];
    if (!piece) return { line: first.row, column: 1, snippet: "", cell: first.idCell };
    if (end <= piece.fieldEnd) {
      const header = ctx.header(piece.condition.column);
      return { line: ctx.headerRow, column: 1, snippet: header.text, cell: header.cell };
    }
    return {
      line: piece.row,
      column: 1,
      snippet: piece.condition.text,
      cell: piece.condition.cell,
    };
  };
  const clean =
    rows.every((r) => !r.broken && r.conditions.length > 0) &&
    diagnostics.filter((d) => d.severity === "error").length === errorsBefore;
  if (!clean) return rule;
  try {
    rule.expression = parseRuleExpression(when);
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error;
    diagnostics.push({
      severity: "error",
      code: "syntax",
      message: error.message,
      file,
      ruleId: id,
      ...rule.locate(error.offset),
    });
    return rule;
  }
  for (const row of rows)
    ctx.tableRows.push({
      ruleId: id,
      row: row.row,
      idCell: row.idCell,
      policy: rule.policy,
      action: rule.action,
      status: rule.status,
      normalize,
      conditions: row.conditions,
    });
  return rule;
}

/** A normalize cell as parseNormalize reads it: `all`, `a, b`, or `field: a, b; field: all`. */
function normalizeValue(text: string): unknown {
  if (!text) return undefined;
  if (!text.includes(":")) return text;
  const map: Record<string, string> = {};
  for (const part of text.split(";")) {
    if (!part.trim()) continue;
    const colon = part.indexOf(":");
    if (colon < 0) return text; // reported as a bad value
    map[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return map;
}
