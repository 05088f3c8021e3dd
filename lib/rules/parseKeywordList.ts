/**
 * Reads a named list file: one entry per line, surrounding whitespace trimmed, blank lines and
 * lines starting with `#` skipped, duplicates kept once (first occurrence order).
 * @example parseKeywordList("레플리카\n# grade words\nSA급\n"); // ["레플리카", "SA급"]
 */
export function parseKeywordList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim();
    if (entry && !entry.startsWith("#")) seen.add(entry);
  }
  return [...seen];
}
