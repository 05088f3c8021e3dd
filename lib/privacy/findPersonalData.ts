import { personalDataPatterns, type PersonalDataKind } from "./personalDataPatterns.js";

/** One piece of unmasked personal data found in text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The match, masked, so the finding itself can be logged safely. */
  masked: string;
  index: number;
}

/**
 * Finds unmasked personal data in text (masked values such as 010-****-5678 do not match).
 * @example findPersonalData("call 010-1234-5678") // [{ kind: "phone", masked: "***-****-5678", index: 5 }]
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const taken: [number, number][] = [];
  for (const { kind, pattern, valid, mask } of personalDataPatterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (valid && !valid(match[0])) continue;
      if (taken.some(([a, b]) => start < b && end > a)) continue; // already reported as a more specific kind
      taken.push([start, end]);
      findings.push({ kind, masked: mask(match[0]), index: start });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
