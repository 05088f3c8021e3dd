import { bidiMark } from "./visibleBidi.js";

const replacements: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 * Lone surrogates (broken UTF-16 from hostile input) become U+FFFD so the output is valid UTF-8;
 * bidi embedding and override characters (U+202E turns `gpj.exe` into `exe.jpg`) are shown as
 * `[U+202E]` instead of acting on the page.
 * @example escapeHtml("<img src=x onerror=alert(1)>") // "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .toWellFormed()
    .replace(/[&<>"'\u202A-\u202E\u2066-\u2069]/g, (c) => replacements[c] ?? bidiMark(c));
}
