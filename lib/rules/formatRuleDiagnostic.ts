import type { RuleDiagnostic } from "./RuleDiagnostic.js";

/**
 * Formats a diagnostic the way compilers do: `file:line:column: severity [rule id]: message`
 * (for a decision table `file rules!D7: …`, the cell instead of line and column), then the source
 * line (or the cell's text) and a caret under the problem.
 * @example formatRuleDiagnostic(d); // "rules.yaml:14:9: error [cf_keywords]: unknown field …\n  when: titel ~ /x/\n        ^^^^^"
 */
export function formatRuleDiagnostic(d: RuleDiagnostic): string {
  const where = d.cell
    ? [d.file, d.cell].filter((p) => p !== undefined).join(" ")
    : [d.file, d.line, d.column].filter((p) => p !== undefined).join(":");
  const rule = d.ruleId ? ` [${d.ruleId}]` : "";
  const head = `${where ? `${where}: ` : ""}${d.severity}${rule}: ${d.message}`;
  if (d.snippet === undefined || d.column === undefined || (d.cell && !d.snippet)) return head;
  // A cell's text may span lines; show its first.
  const snippet = d.cell ? d.snippet.split("\n")[0] : d.snippet;
  const width = Math.max(1, Math.min(d.length ?? 1, snippet.length - d.column + 1));
  // Tabs keep their width so the caret lines up under tab-indented text.
  const pad = snippet.slice(0, d.column - 1).replace(/[^\t]/g, " ");
  return `${head}\n  ${snippet}\n  ${pad}${"^".repeat(width)}`;
}
