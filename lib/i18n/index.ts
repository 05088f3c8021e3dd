// i18n: the report language — the word catalog (en, with ko typed against it) and checkLang.
export { type Lang, langs } from "./Lang.js";
export { checkLang } from "./checkLang.js";
export { I18nError } from "./I18nError.js";
export { messages, type Messages } from "./messages.js";
