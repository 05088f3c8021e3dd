/**
 * Which rules hit which rows, compactly: one bitset per rule (bit `row` of `bits[k]` is set when
 * rule `ruleIds[k]` hits that row; 1 bit per row and rule), plus warnings about the data.
 * @example const k = hits.ruleIds.indexOf("cf_keywords"); (hits.bits[k][row >>> 5] >>> (row & 31)) & 1;
 */
export interface RuleHits {
  ruleIds: readonly string[];
  rowCount: number;
  bits: readonly Uint32Array[];
  warnings: readonly string[];
}

/**
 * Whether rule number `rule` (an index into `ruleIds`) hits row `row`.
 * @example ruleHit(hits, 0, 17); // true
 */
export function ruleHit(hits: RuleHits, rule: number, row: number): boolean {
  return ((hits.bits[rule][row >>> 5] >>> (row & 31)) & 1) === 1;
}
