import type { RuleDiagnostic } from "./RuleDiagnostic.js";

/**
 * Formats a diagnostic the way compilers do: `file:line:column: severity [rule id]: message`,
 * then the source line and a caret under the problem.
 * @example formatRuleDiagnostic(d); // "rules.yaml:14:9: error [cf_keywords]: unknown field …\n  when: titel ~ /x/\n        ^^^^^"
 */
export function formatRuleDiagnostic(d: RuleDiagnostic): string {
  const where = [d.file, d.line, d.column].filter((p) => p !== undefined).join(":");
  const rule = d.ruleId ? ` [${d.ruleId}]` : "";
  const head = `${where ? `${where}: ` : ""}${d.severity}${rule}: ${d.message}`;
  if (d.snippet === undefined || d.column === undefined) return head;
  const width = Math.max(1, Math.min(d.length ?? 1, d.snippet.length - d.column + 1));
  // Tabs keep their width so the caret lines up under tab-indented text.
  const pad = d.snippet.slice(0, d.column - 1).replace(/[^\t]/g, " ");
  return `${head}\n  ${d.snippet}\n  ${pad}${"^".repeat(width)}`;
}
