import { personalDataPatterns } from "./personalDataPatterns.js";

/**
 * Masks personal data in text for sharing: Korean mobile numbers (010-****-5678), e-mail addresses
 * (j***@example.com), resident registration numbers (900101-1******), card numbers (last four kept)
 * and messenger handles (카톡 ID a***). Other text is unchanged.
 * @example maskPersonalData("문의 010-1234-5678") // "문의 ***-****-5678"
 */
export function maskPersonalData(text: string): string {
  let out = text;
  for (const { pattern, valid, mask } of personalDataPatterns) {
    out = out.replace(pattern, (match) => (valid && !valid(match) ? match : mask(match)));
  }
  return out;
}
