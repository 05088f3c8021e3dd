import { formatCount } from "./formatCount.js";
import type { Lang } from "../i18n/Lang.js";
import { MISSING } from "./missing.js";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * An amount in won for reading: `₩1,200,000`; in Korean from 1억 up in 억 (`₩3.5억`), where the
 * full number is hard to read at a glance. Non-finite values show {@link MISSING}.
 * @example formatKrw(1_200_000, "ko") // "₩1,200,000"
 */
export function formatKrw(value: number, lang: Lang = "en"): string {
  if (!Number.isFinite(value)) return MISSING;
  const sign = value < 0 ? "−" : "";
  const size = Math.abs(value);
  const text = lang === "ko" && size >= 1e8 ? formatCount(size, "ko") : grouped.format(size);
  return `${sign}₩${text}`;
}
