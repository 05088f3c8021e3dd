import type { Lang } from "../i18n/Lang.js";

/**
 * A calendar day (`YYYY-MM-DD`, or a Date read in UTC) for reading: ISO in English as the reports
 * have always shown it, `2026년 10월 29일` in Korean. Anything that is not a day comes back as given.
 * @example formatDay("2026-10-29", "ko") // "2026년 10월 29일"
 */
export function formatDay(day: string | Date, lang: Lang = "en"): string {
  const text = day instanceof Date ? day.toISOString().slice(0, 10) : day;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || lang === "en") return text;
  return `${match[1]}년 ${Number(match[2])}월 ${Number(match[3])}일`;
}
