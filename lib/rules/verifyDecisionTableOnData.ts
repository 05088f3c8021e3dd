import { toTable, type TableInput } from "../table/toTable.js";
import type { DecisionTable, DecisionTableRow } from "./DecisionTable.js";
import type { RuleDefinition } from "./RuleDefinition.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { compileRules } from "./compileRules.js";
import { conditionWhen } from "./decisionTableCondition.js";
import { evaluateRules } from "./evaluateRules.js";
import { parseRuleExpression } from "./parseRuleExpression.js";
import * as msg from "./messages.js";

/** Options for {@link verifyDecisionTableOnData}. */
export interface VerifyDecisionTableOnDataOptions {
  /** Named lists the rows use. */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** The fields of the data (see `ruleFieldSchema`). */
  schema: RuleFieldSchema;
}

/**
 * Verifies a decision table empirically: every evaluated row (active and shadow) runs as its own
 * rule over the data, in chunks, keeping counts only: rows that hit nothing, rows that never hit
 * alone (each hit also hit by another row), and rows of one policy with different actions that
 * hit the same listings. Each finding is a warning citing the row.
 * @example await verifyDecisionTableOnData(set.table!, listings, { lists: set.lists, schema });
 */
export async function verifyDecisionTableOnData(
  table: DecisionTable,
  data: TableInput | AsyncIterable<TableInput>,
  options: VerifyDecisionTableOnDataOptions,
): Promise<RuleDiagnostic[]> {
  const rows = table.rows.filter((r) => r.status === "active" || r.status === "shadow");
  const rules = rows.map((row, k): RuleDefinition => {
    const when = row.conditions
      .map((c) => conditionWhen(c.field, c.operator, c.condition))
      .join(" and ");
    return {
      id: `row${k}`,
      name: row.ruleId,
      policy: row.policy,
      action: row.action,
      owner: "",
      description: "",
      enabled: true,
      status: "active",
      priority: 0,
      when,
      expression: parseRuleExpression(when),
      normalize: row.normalize,
      extra: {},
    };
  });
  const compiled = compileRules(
    { rules, lists: options.lists ?? {}, diagnostics: [] },
    options.schema,
  );
  const hits = new Array<number>(rows.length).fill(0);
  const alone = new Array<number>(rows.length).fill(0);
  const conflicts = new Map<number, number>();
  const conflicting = rows.map((a) =>
    rows.flatMap((b, j) => (a.policy === b.policy && a.action !== b.action ? [j] : [])),
  );
  let total = 0;
  const chunks =
    Symbol.asyncIterator in Object(data)
      ? (data as AsyncIterable<TableInput>)
      : [data as TableInput];
  const hit: number[] = [];
  for await (const chunk of chunks) {
    const evaluated = evaluateRules(compiled, toTable(chunk));
    total += evaluated.rowCount;
    for (let r = 0; r < evaluated.rowCount; r++) {
      hit.length = 0;
      for (let k = 0; k < rows.length; k++)
        if ((evaluated.bits[k][r >>> 5] >>> (r & 31)) & 1) hit.push(k);
      for (const k of hit) {
        hits[k]++;
        if (hit.length === 1) alone[k]++;
        for (const j of conflicting[k])
          if (j > k && hit.includes(j))
            conflicts.set(k * rows.length + j, (conflicts.get(k * rows.length + j) ?? 0) + 1);
      }
    }
  }
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
  rows.forEach((row, k) => {
    if (hits[k] === 0) finding("row-never-hits", row, msg.rowNeverHits(row.idCell, total));
    else if (alone[k] === 0)
      finding("row-never-alone", row, msg.rowNeverAlone(row.idCell, hits[k], total));
  });
  for (const [key, count] of [...conflicts].sort(([a], [b]) => a - b)) {
    const [a, b] = [rows[Math.floor(key / rows.length)], rows[key % rows.length]];
    finding("rows-co-hit", b, msg.rowsCoHit(a.idCell, a.action, b.idCell, b.action, count));
  }
  return out;
}
