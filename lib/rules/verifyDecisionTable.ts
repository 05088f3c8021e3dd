import type { DecisionTable, DecisionTableRow } from "./DecisionTable.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import { constraintImplies, constraintsDisjoint, isDecidable } from "./constraintLogic.js";
import { decisionTableBands } from "./decisionTableBands.js";
import { rowConstraints, type FieldConstraint } from "./rowConstraints.js";
import * as msg from "./messages.js";

/** Rows a static verification compares pairwise at most (the work grows with their square). */
export const maxVerifiedRows = 5000;

/**
 * Verifies a decision table statically, as Drools' verifier does, among its evaluated rows
 * (active and shadow) of each policy: duplicate rows, rows subsumed by another row (a row of the
 * same rule: it never hits alone; of another rule with the same action: it adds nothing), rows
 * with different actions whose conditions overlap, and for numeric and time columns the gaps and
 * overlaps between bands of one policy's rows that are otherwise alike. Decided where comparisons
 * and lists decide it (keyword lists by containment, regexes only when equal); each finding is a
 * warning citing its cells.
 * @example verifyDecisionTable(ruleSet.table!, ruleSet.lists).map(formatRuleDiagnostic);
 */
export function verifyDecisionTable(
  table: DecisionTable,
  lists: Readonly<Record<string, readonly string[]>> = {},
): RuleDiagnostic[] {
  const rows = table.rows
    .filter((r) => r.status === "active" || r.status === "shadow")
    .slice(0, maxVerifiedRows);
  const constraints = rows.map((r) => rowConstraints(r, lists));
  const out: RuleDiagnostic[] = [];
  const finding = (code: string, row: DecisionTableRow, message: string) =>
    out.push({
      severity: "warning",
      code,
      message,
      file: table.file,
      ruleId: row.ruleId,
      line: row.row,
      cell: row.idCell,
    });
  const implies = (i: number, j: number) =>
    sameText(rows[i], rows[j], constraints[j]) &&
    [...constraints[j].values()].every((c) => constraintImplies(constraints[i].get(c.field), c));
  const subsumedAlready = new Set<number>();
  const conflictReported = new Set<string>();
  for (let j = 0; j < rows.length; j++)
    for (let i = 0; i < j; i++) {
      const [a, b] = [rows[i], rows[j]];
      const ab = implies(i, j);
      const ba = implies(j, i);
      const cells = [...new Set([...cellsOf(constraints[i]), ...cellsOf(constraints[j])])];
      if (a.action !== b.action) {
        if (a.policy !== b.policy) continue;
        const how =
          ab && ba
            ? "same"
            : ab || ba
              ? "subsumed"
              : overlaps(constraints[i], constraints[j])
                ? "overlap"
                : undefined;
        // The finding goes on the inner row when one row lies within the other.
        const [outer, inner] = ab && !ba ? [b, a] : [a, b];
        const pairKey = `${inner.row} ${outer.ruleId}`;
        if (how && !conflictReported.has(pairKey)) {
          conflictReported.add(pairKey);
          finding(
            "conflicting-rows",
            inner,
            msg.conflictingRows(
              outer.idCell,
              outer.action,
              inner.idCell,
              inner.action,
              outer.ruleId,
              how,
              cells,
            ),
          );
        }
        continue;
      }
      // Rules of different policies are kept apart on purpose (attribution, queues).
      if (a.policy !== b.policy) continue;
      const same = a.ruleId === b.ruleId;
      if (ab && ba)
        finding("duplicate-row", b, msg.duplicateRows(a.idCell, b.idCell, same, a.ruleId));
      else if (ba && !subsumedAlready.has(j)) {
        subsumedAlready.add(j);
        finding("subsumed-row", b, msg.subsumedRow(b.idCell, a.idCell, same, a.ruleId));
      } else if (ab && !subsumedAlready.has(i)) {
        subsumedAlready.add(i);
        finding("subsumed-row", a, msg.subsumedRow(a.idCell, b.idCell, same, b.ruleId));
      }
    }
  for (const band of decisionTableBands(rows, constraints))
    finding(
      band.kind === "gap" ? "numeric-gap" : "numeric-overlap",
      band.rows[1],
      (band.kind === "gap" ? msg.numericGap : msg.numericOverlap)(
        band.field,
        band.from,
        band.to,
        band.rows[0].idCell,
        band.rows[1].idCell,
        band.cells,
      ),
    );
  return out;
}

const cellsOf = (c: Map<string, FieldConstraint>) => [...c.values()].flatMap((f) => f.cells);

/** Text conditions compare only under the same normalisation of their field. */
function sameText(
  a: DecisionTableRow,
  b: DecisionTableRow,
  of: Map<string, FieldConstraint>,
): boolean {
  for (const c of of.values()) {
    if (c.text.length === 0) continue;
    const steps = (r: DecisionTableRow) =>
      JSON.stringify(r.normalize[c.field] ?? r.normalize["*"] ?? []);
    if (steps(a) !== steps(b)) return false;
  }
  return true;
}

/** Two rows can match one listing and are about the same thing (a field decided by value in both). */
function overlaps(a: Map<string, FieldConstraint>, b: Map<string, FieldConstraint>): boolean {
  let shared = false;
  for (const [field, ca] of a) {
    const cb = b.get(field);
    if (!cb) continue;
    if (constraintsDisjoint(ca, cb)) return false;
    if (isDecidable(ca) && isDecidable(cb)) shared = true;
  }
  return shared;
}
