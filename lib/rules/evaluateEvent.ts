import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import { evaluateColumns } from "./evaluateColumns.js";
import { rowRuleIds } from "./rowRuleIds.js";

/**
 * Evaluates a compiled rule set on one event (a listing as a plain object) for streams: the ids
 * of the rules that hit it, with the same semantics as {@link evaluateRules} (a missing field is
 * null).
 * @example evaluateEvent(compiled, { title: "r3pl1ca 가방", description: null, price_krw: 90000 }); // ["cf_normalized"]
 */
export function evaluateEvent(
  compiled: CompiledRuleSet,
  event: Readonly<Record<string, unknown>>,
): string[] {
  const columns = Object.fromEntries(compiled.fields.map((f) => [f, [event[f] ?? null]]));
  return rowRuleIds(evaluateColumns(compiled, columns, 1, { chunkSize: 1 }), 0);
}
