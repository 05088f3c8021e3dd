import type { RuleActionName } from "./RuleActionName.js";
import type { RuleStatusName } from "./RuleStatusName.js";
import type { RuleLiteral } from "./RuleExpression.js";
import type { NormalizationStep } from "./normalizeText.js";

/** One cell of a decision table as read: text, a number, a boolean, or empty (null). */
export type DecisionTableValue = string | number | boolean | null;

/**
 * The cells of one sheet of a decision table (`.xlsx` or `.csv`): `cells[r][c]` is the cell in
 * sheet row r + 1 and column c + 1, so addresses survive blank rows.
 * @example const sheet = await readDecisionTableSheet("rules.xlsx"); sheet.cells[0]; // the header
 */
export interface DecisionTableSheet {
  file?: string;
  /** The sheet's name (a CSV file's name without its extension). */
  sheet: string;
  cells: DecisionTableValue[][];
}

/** The operators a condition column's header may end with. */
export type DecisionTableOperator =
  | "="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "in"
  | "not in"
  | "contains_any"
  | "contains_word"
  | "~"
  | "!~"
  | "is null"
  | "is not null";

/** The fixed (non-condition) columns of a decision table. */
export type DecisionTableFixedName =
  | "id"
  | "policy"
  | "action"
  | "name"
  | "queue"
  | "owner"
  | "priority"
  | "status"
  | "version"
  | "normalize"
  | "description";

/** One column of a decision table: a fixed column or a condition `<field> <operator>`. */
export type DecisionTableColumn =
  | { kind: "fixed"; index: number; header: string; name: DecisionTableFixedName }
  | {
      kind: "condition";
      index: number;
      header: string;
      field: string;
      operator: DecisionTableOperator;
    };

/** What a condition cell holds once read. */
export type DecisionTableCondition =
  | { kind: "value"; value: RuleLiteral }
  | { kind: "values"; values: RuleLiteral[] }
  | { kind: "named"; name: string }
  | { kind: "pattern"; pattern: string; flags: string }
  | { kind: "yes" };

/** One filled condition cell of a row. */
export interface DecisionTableCell {
  /** Index of the column in {@link DecisionTable.columns}. */
  column: number;
  field: string;
  operator: DecisionTableOperator;
  /** Address, e.g. `rules!D7`. */
  cell: string;
  /** The cell as the author sees it. */
  text: string;
  condition: DecisionTableCondition;
}

/** One row of a decision table: one alternative of its rule (rows sharing an id are OR-ed). */
export interface DecisionTableRow {
  ruleId: string;
  /** 1-based sheet row. */
  row: number;
  /** Address of the row's id cell. */
  idCell: string;
  policy: string;
  action: RuleActionName;
  status: RuleStatusName;
  normalize: Readonly<Record<string, readonly NormalizationStep[]>>;
  conditions: DecisionTableCell[];
}

/**
 * A decision table as read: its sheet, columns and the rows that became rules (rows with errors
 * are left out), for verification (`verifyDecisionTable`).
 * @example (await loadRuleFile("rules.xlsx")).table?.rows.length;
 */
export interface DecisionTable {
  file?: string;
  sheet: string;
  columns: DecisionTableColumn[];
  rows: DecisionTableRow[];
}
