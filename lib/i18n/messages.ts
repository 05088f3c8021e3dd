import { en } from "./en.js";
import { ko } from "./ko.js";
import type { Lang } from "./Lang.js";

/** The words of one language: the shape of the English catalog. */
export type Messages = typeof en;

const catalogs: Record<Lang, Messages> = { en, ko };

/**
 * The catalog of a language: every word the kit writes on reports, decks and workbooks.
 * @example messages("ko").status.ok // "완료"
 */
export function messages(lang: Lang = "en"): Messages {
  return catalogs[lang];
}
