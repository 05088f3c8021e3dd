/** How bad a finding is: an error stops compilation, a warning does not. */
export type DiagnosticSeverity = "error" | "warning";

/**
 * One finding about a rule file: its severity, a stable code, the message, and where it is — the
 * file, the rule id, the 1-based line and column in the file and the source line (for a caret).
 * @example const d: RuleDiagnostic = { severity: "error", code: "unknown-field", message: "unknown field …", ruleId: "cf_keywords", line: 14, column: 9 };
 */
export interface RuleDiagnostic {
  severity: DiagnosticSeverity;
  code: string;
  message: string;
  file?: string;
  ruleId?: string;
  line?: number;
  column?: number;
  /** The source line the position points into. */
  snippet?: string;
  /** How many characters the caret underlines (default 1). */
  length?: number;
  /** The cell of a decision table the finding is about, e.g. `rules!D7` (then `line` is the sheet row). */
  cell?: string;
}
