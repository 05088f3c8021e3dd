/** Kinds of personal data the kit masks in reports. */
export type PersonalDataKind = "phone" | "email" | "rrn" | "card" | "messenger";

/** A fixed pattern for one kind of personal data, with how to mask a match. */
export interface PersonalDataPattern {
  kind: PersonalDataKind;
  /** Global regex (the kit's own fixed pattern, never user input). */
  pattern: RegExp;
  /** Extra check on a match (e.g. Luhn for card numbers). */
  valid?: (match: string) => boolean;
  mask: (match: string) => string;
}

const digitsOnly = (s: string) => s.replace(/\D/g, "");

// Keeps separators and the last `keep` digits, replacing the other digits with *.
function maskDigits(match: string, keep: number): string {
  let seen = 0;
  const total = digitsOnly(match).length;
  return match.replace(/\d/g, (d) => (++seen > total - keep ? d : "*"));
}

function luhn(match: string): boolean {
  const digits = digitsOnly(match);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The personal-data patterns, most specific first: resident registration numbers before phone
 * numbers, card numbers (Luhn-checked) before both.
 */
export const personalDataPatterns: readonly PersonalDataPattern[] = [
  {
    kind: "rrn",
    // 주민등록번호: YYMMDD-Gnnnnnn, G = 1–4 (Korean) or 5–8 (foreign residents).
    pattern: /(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?-\s?[1-8]\d{6}(?!\d)/g,
    mask: (m) => m.replace(/(-\s?\d)\d{6}$/, "$1******"),
  },
  {
    kind: "card",
    pattern: /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g,
    valid: (m) => /^(\d{4}[ -]?){3}\d{1,7}$|^\d{13,19}$/.test(m) && luhn(m),
    mask: (m) => maskDigits(m, 4),
  },
  {
    kind: "phone",
    // Korean mobile numbers, with or without separators, optionally as +82 10-….
    pattern: /(?<!\d)(?:\+82[ -]?1[016789]|01[016789])[ .-]?\d{3,4}[ .-]?\d{4}(?!\d)/g,
    mask: (m) => maskDigits(m, 4),
  },
  {
    kind: "email",
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
    mask: (m) => `${m[0]}***@${m.split("@")[1]}`,
  },
  {
    kind: "messenger",
    // A messenger handle written next to its app: 카톡 ID abc123, 텔레그램 @abc, kakao: abc, line id abc.
    pattern:
      /(카카오톡|카톡|오픈채팅|텔레그램|텔레|라인|위챗|kakao(?:talk)?|telegram|wechat|line\s*id)(\s*(?:id|아이디|ID)?\s*[:：]?\s*)(@?[A-Za-z0-9][A-Za-z0-9._-]{2,})/gi,
    mask: (m) => m.replace(/(@?[A-Za-z0-9])[A-Za-z0-9._-]+$/, "$1***"),
  },
];
