import type {
  DecisionTable,
  DecisionTableCell,
  DecisionTableColumn,
  DecisionTableFixedName,
  DecisionTableSheet,
  DecisionTableValue,
} from "./DecisionTable.js";
import type { RuleDefinition, RuleSet } from "./RuleDefinition.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import { cellAddress } from "./cellAddress.js";
import { decisionTableColumn } from "./decisionTableColumn.js";
import { decisionTableCondition } from "./decisionTableCondition.js";
import { decisionTableRule, type TableRuleRow } from "./decisionTableRule.js";
import * as msg from "./messages.js";

/** Options for {@link parseDecisionTable}. */
export interface ParseDecisionTableOptions {
  /** Named lists the rules may use, by name (default none). */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** Cells the reader could not take (error values, formulas without a value). */
  problems?: readonly { row: number; column: number; message: string }[];
}

const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const REQUIRED: readonly DecisionTableFixedName[] = ["id", "policy", "action"];

/**
 * Compiles a decision table to rule definitions, so every engine and back end runs it unchanged:
 * one header row (fixed columns `id`, `policy`, `action`, optional `name`, `queue`, `owner`,
 * `priority`, `status`, `version`, `normalize`, `description`; every other column a condition
 * `<field> <operator>`), one row per alternative. A row's filled conditions AND together; rows
 * that share an id are alternatives of one rule (OR, in order); an empty cell is no condition.
 * Never throws on bad input: every problem is a diagnostic citing its cell (`rules!D7`).
 * @example const set = parseDecisionTable(await readDecisionTableSheet("rules.xlsx"), { lists });
 */
export function parseDecisionTable(
  sheet: DecisionTableSheet,
  options: ParseDecisionTableOptions = {},
): RuleSet {
  const { file, cells } = sheet;
  const address = (row: number, column: number) => cellAddress(sheet.sheet, row + 1, column);
  const diagnostics: RuleDiagnostic[] = [];
  const problem = (row: number, column: number, message: string, ruleId?: string) =>
    diagnostics.push({
      severity: "error",
      code: "table",
      message,
      file,
      ruleId,
      line: row + 1,
      cell: address(row, column),
    });
  const set: RuleSet = { file, rules: [], lists: options.lists ?? {}, diagnostics };
  const unreadable = new Set<string>();
  for (const p of options.problems ?? []) {
    problem(p.row - 1, p.column, p.message);
    unreadable.add(`${p.row - 1},${p.column}`);
  }
  const headerRow = cells.findIndex((row) => row.some((v) => v !== null));
  if (headerRow < 0) {
    diagnostics.push({ severity: "error", code: "table", message: msg.noHeader(), file });
    return set;
  }
  const columns: (DecisionTableColumn | undefined)[] = [];
  const fixedAt = new Map<DecisionTableFixedName, number>();
  cells[headerRow].forEach((value, index) => {
    if (value === null) return;
    const column = decisionTableColumn(String(value), index);
    if ("problem" in column) return void problem(headerRow, index, column.problem);
    if (column.kind === "fixed") {
      const first = fixedAt.get(column.name);
      if (first !== undefined)
        return void problem(
          headerRow,
          index,
          msg.repeatedColumn(column.name, address(headerRow, first)),
        );
      fixedAt.set(column.name, index);
    }
    columns[index] = column;
  });
  const missing = REQUIRED.filter((name) => !fixedAt.has(name));
  for (const name of missing) problem(headerRow, 0, msg.missingTableColumn(name));
  if (missing.length) return set;

  const fixedCell = (row: DecisionTableValue[], name: DecisionTableFixedName) => {
    const at = fixedAt.get(name);
    return at === undefined ? null : (row[at] ?? null);
  };
  const byId = new Map<string, TableRuleRow[]>();
  const apart = new Set<string>();
  let lastId: string | undefined;
  for (let r = headerRow + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (!row.some((v) => v !== null)) continue;
    const idValue = fixedCell(row, "id");
    const idColumn = fixedAt.get("id")!;
    if (idValue === null) {
      problem(r, idColumn, msg.rowWithoutId());
      continue;
    }
    const id = String(idValue).trim();
    if (!ID.test(id)) {
      problem(r, idColumn, msg.badId(id), id);
      continue;
    }
    if (byId.has(id) && lastId !== id) apart.add(id);
    lastId = id;
    const conditions: DecisionTableCell[] = [];
    let broken = false;
    row.forEach((value, index) => {
      if (value === null || unreadable.has(`${r},${index}`)) return;
      const column = columns[index];
      if (!column) {
        if ((cells[headerRow][index] ?? null) === null)
          problem(r, index, msg.cellWithoutHeader(), id);
        broken = true;
        return;
      }
      if (column.kind !== "condition") return;
      const condition = decisionTableCondition(column.operator, value);
      if ("problem" in condition) {
        problem(r, index, condition.problem, id);
        broken = true;
        return;
      }
      conditions.push({
        column: index,
        field: column.field,
        operator: column.operator,
        cell: address(r, index),
        text: String(value),
        condition,
      });
    });
    if (conditions.length === 0 && !broken) problem(r, idColumn, msg.rowWithoutCondition(id), id);
    const fixed = Object.fromEntries(
      [...fixedAt].map(([name, at]) => [name, { value: row[at] ?? null, cell: address(r, at) }]),
    ) as TableRuleRow["fixed"];
    const entry: TableRuleRow = { row: r + 1, idCell: address(r, idColumn), fixed, conditions };
    byId.set(id, [...(byId.get(id) ?? []), entry]);
    if (broken) entry.broken = true;
  }
  const header = (index: number) => ({
    cell: address(headerRow, index),
    text: String(cells[headerRow][index]),
  });
  const table: DecisionTable = {
    file,
    sheet: sheet.sheet,
    columns: columns.filter((c) => c !== undefined),
    rows: [],
  };
  for (const [id, rows] of byId) {
    const rule: RuleDefinition | undefined = decisionTableRule(id, rows, {
      file,
      header,
      headerRow: headerRow + 1,
      diagnostics,
      tableRows: table.rows,
    });
    if (rule) set.rules.push(rule);
  }
  for (const id of apart) {
    const rows = byId.get(id)!;
    diagnostics.push({
      severity: "warning",
      code: "rows-apart",
      message: msg.rowsApart(
        id,
        rows.map((r) => r.row),
      ),
      file,
      ruleId: id,
      line: rows[1].row,
      cell: rows[1].idCell,
    });
  }
  set.table = table;
  return set;
}
