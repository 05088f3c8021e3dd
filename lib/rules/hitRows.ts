import type { RuleHits } from "./RuleHits.js";

/**
 * The row numbers a rule hits, ascending.
 * @example hitRows(hits, "contact_phone").length; // 310
 */
export function hitRows(hits: RuleHits, ruleId: string): number[] {
  const k = hits.ruleIds.indexOf(ruleId);
  if (k < 0)
    throw new RangeError(
      `hitRows: no rule ${JSON.stringify(ruleId)}; the rules are ${hits.ruleIds.join(", ")}`,
    );
  const rows: number[] = [];
  const words = hits.bits[k];
  for (let w = 0; w < words.length; w++) {
    let word = words[w];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      rows.push(w * 32 + bit);
      word &= word - 1;
    }
  }
  return rows;
}
