/** The bidi embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069). */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A bidi control character as visible text, e.g. `[U+202E]`.
 * @example bidiMark("\u202E") // "[U+202E]"
 */
export function bidiMark(c: string): string {
  return `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`;
}

/**
 * Replaces bidi embedding, override and isolate characters with a visible `[U+XXXX]`, so hostile
 * text cannot reorder what a reader sees (a title ending in U+202E `gpj.exe` reads `exe.jpg`).
 * Safe on HTML: these characters are never markup.
 * @example visibleBidi("a\u202Eb") // "a[U+202E]b"
 */
export function visibleBidi(text: string): string {
  return text.replace(bidiControls, bidiMark);
}
