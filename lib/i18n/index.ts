export { type Lang, langs } from "./Lang.js";
export { checkLang } from "./checkLang.js";
export { I18nError } from "./I18nError.js";
export { messages, type Messages } from "./messages.js";
