import type { PersonalDataKind } from "./PersonalDataKind.js";
import { personalDataSpans } from "./personalDataSpans.js";

/** One piece of unmasked personal data found in text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The match, masked, so the finding itself can be logged safely. */
  masked: string;
  index: number;
}

/**
 * Finds unmasked personal data in text (masked values such as 010-****-5678 do not match), also
 * when written to evade a scan: full-width digits and `＠`, zero-width characters inside a number,
 * ` - ` separators, resident registration numbers without a hyphen. Linear in the text's length.
 * @example findPersonalData("call 010-1234-5678") // [{ kind: "phone", masked: "***-****-5678", index: 5 }]
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  return personalDataSpans(text).map((span) => ({
    kind: span.kind,
    masked: span.masked,
    index: span.start,
  }));
}
