const replacements: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 * Lone surrogates (broken UTF-16 from hostile input) become U+FFFD so the output is valid UTF-8.
 * @example escapeHtml("<img src=x onerror=alert(1)>") // "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .toWellFormed()
    .replace(/[&<>"']/g, (c) => replacements[c]);
}
