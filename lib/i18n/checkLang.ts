import { I18nError } from "./I18nError.js";
import { langs, type Lang } from "./Lang.js";

/**
 * The value as a {@link Lang}; anything else throws an {@link I18nError} naming the value and the
 * languages there are (the command line exits 2).
 * @example checkLang("ko") // "ko"
 */
export function checkLang(value: unknown): Lang {
  if (typeof value === "string" && (langs as readonly string[]).includes(value))
    return value as Lang;
  throw new I18nError(
    `lang ${JSON.stringify(value)}: not a language the kit writes; pass one of ${langs.join(", ")}, e.g. --param lang=ko`,
  );
}
