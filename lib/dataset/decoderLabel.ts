// Names people write for encodings that the WHATWG Encoding Standard (TextDecoder) spells otherwise.
const ALIASES: Record<string, string> = {
  cp949: "windows-949",
  ms949: "windows-949",
  uhc: "windows-949",
  "x-windows-949": "windows-949",
  "utf-16": "utf-16le",
  utf16: "utf-16le",
  latin1: "latin1",
  "latin-1": "latin1",
};

/**
 * The `TextDecoder` label of an encoding name as analysts write it (`cp949` is Korean Excel's
 * code page, which the standard files under EUC-KR's extended form `windows-949`).
 * @example decoderLabel("CP949") // "windows-949"
 */
export function decoderLabel(encoding: string): string {
  const name = encoding.trim().toLowerCase();
  return ALIASES[name] ?? name;
}
