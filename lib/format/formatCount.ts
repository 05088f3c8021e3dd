import type { Lang } from "../i18n/Lang.js";
import { MISSING } from "./missing.js";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const man = 1e4;
const eok = 1e8;

/**
 * A count for reading: thousands separators, and in Korean from 100,000 up in 만 (10⁴) or 억 (10⁸)
 * with at most one decimal, as Korean readers count (`12.3만`, `4.5억`); below that the exact
 * number. Non-finite values show {@link MISSING}.
 * @example formatCount(123_456, "ko") // "12.3만"
 */
export function formatCount(value: number, lang: Lang = "en"): string {
  if (!Number.isFinite(value)) return MISSING;
  const size = Math.abs(value);
  if (lang === "en" || size < 10 * man) return grouped.format(value);
  // 99,999,999 would round to "10,000만"; from there it reads as 억.
  if (size < eok && Math.round(size / man / 0.1) * 0.1 < man)
    return `${oneDecimal.format(value / man)}만`;
  return `${oneDecimal.format(value / eok)}억`;
}
