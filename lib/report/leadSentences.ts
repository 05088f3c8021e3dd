/**
 * The first `count` sentences of a text (a sentence ends at `.`, `!` or `?` followed by white
 * space or the end), found by one linear scan — never a regular expression, since incident logs
 * and other shown text are untrusted. The whole text, trimmed, when it has fewer sentences.
 * @example leadSentences("It broke. We fixed it. Then it held.", 2) // "It broke. We fixed it."
 */
export function leadSentences(text: string, count: number): string {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (
      (c === "." || c === "!" || c === "?") &&
      (i + 1 === text.length || /\s/.test(text[i + 1]))
    ) {
      found += 1;
      if (found >= count) return text.slice(0, i + 1).trim();
    }
  }
  return text.trim();
}
