import { personalDataSpans } from "./personalDataSpans.js";

/**
 * Masks personal data in text for sharing: Korean mobile numbers (010-****-5678), e-mail addresses
 * (j***@example.com), resident registration numbers (900101-1******), card numbers (last four kept)
 * and messenger handles (카톡 ID a***), including their evasive spellings (full-width forms,
 * zero-width characters, ` - ` separators). Other text is unchanged. Linear in the text's length.
 * @example maskPersonalData("문의 010-1234-5678") // "문의 ***-****-5678"
 */
export function maskPersonalData(text: string): string {
  const spans = personalDataSpans(text);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.masked;
    at = span.end;
  }
  return out + text.slice(at);
}
