import type { CompiledNode, CompiledRule } from "./CompiledRuleSet.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import * as msg from "./messages.js";

/**
 * Warnings about compiled rules that are valid but suspicious: a conjunction that can never hold
 * (a field both null and compared, two different `=` values, an empty numeric range) and rules
 * whose condition and normalisation equal an earlier rule's. (Patterns matching the empty string
 * and empty lists are reported while compiling.)
 * @example lintRules(compiled.rules); // [{ severity: "warning", code: "never-matches", … }]
 */
export function lintRules(rules: readonly CompiledRule[], file?: string): RuleDiagnostic[] {
  const out: RuleDiagnostic[] = [];
  const seen = new Map<string, string>();
  for (const rule of rules) {
    const where = { file, ruleId: rule.id, line: rule.definition.line, cell: rule.definition.cell };
    const why = contradiction(rule.node);
    if (why)
      out.push({
        severity: "warning",
        code: "never-matches",
        message: msg.neverMatches(why),
        ...where,
      });
    const key = JSON.stringify([rule.node, rule.definition.normalize]);
    const other = seen.get(key);
    if (other)
      out.push({
        severity: "warning",
        code: "duplicate-rule",
        message: msg.duplicateRule(other),
        ...where,
      });
    else seen.set(key, rule.id);
  }
  return out;
}

function conjuncts(node: CompiledNode): CompiledNode[] {
  return node.kind === "and" ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

function contradiction(node: CompiledNode): string | undefined {
  if (node.kind === "or") {
    const left = contradiction(node.left);
    const right = contradiction(node.right);
    return left && right ? `${left}, and ${right}` : undefined;
  }
  const parts = conjuncts(node);
  const byField = new Map<string, CompiledNode[]>();
  for (const p of parts) {
    if (p.kind === "compare" || p.kind === "in" || p.kind === "isNull")
      byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  }
  for (const [field, preds] of byField) {
    const isNull = preds.some((p) => p.kind === "isNull" && !p.negated);
    if (isNull && preds.some((p) => p.kind !== "isNull" || p.negated))
      return `${field} is null and also compared with a value`;
    const equal = new Set(
      preds.flatMap((p) => (p.kind === "compare" && p.op === "=" ? [p.value] : [])),
    );
    if (equal.size > 1)
      return `${field} must equal ${[...equal].map((v) => JSON.stringify(v)).join(" and ")} at once`;
    let low = -Infinity;
    let high = Infinity;
    let lowOpen = false;
    let highOpen = false;
    for (const p of preds) {
      if (p.kind !== "compare" || typeof p.value !== "number") continue;
      const v = p.value;
      if (
        (p.op === ">" || p.op === ">=" || p.op === "=") &&
        (v > low || (v === low && p.op === ">"))
      )
        [low, lowOpen] = [v, p.op === ">"];
      if (
        (p.op === "<" || p.op === "<=" || p.op === "=") &&
        (v < high || (v === high && p.op === "<"))
      )
        [high, highOpen] = [v, p.op === "<"];
    }
    if (low > high || (low === high && (lowOpen || highOpen)))
      return `${field} must be ${lowOpen ? ">" : "≥"} ${low} and ${highOpen ? "<" : "≤"} ${high}`;
  }
  return undefined;
}
