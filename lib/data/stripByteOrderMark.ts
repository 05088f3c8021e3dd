/**
 * The text without its leading byte order mark (U+FEFF), which Windows Notepad and Excel write at
 * the start of UTF-8 files and YAML and JSON parsers reject; any other U+FEFF is kept.
 * @example stripByteOrderMark("\uFEFF- id: r1"); // "- id: r1"
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
