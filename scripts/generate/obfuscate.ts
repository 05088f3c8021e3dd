import type { Random } from "./random.js";

const keywordDisguises = [
  "r3pl1ca",
  "R3PL1CA",
  "rep1ica",
  "레 플 리 카",
  "가 품",
  "미 러 급",
  "정 품 급",
  "레\u200B플리카",
  "미\u200B러급",
  "rep\u200Blica",
  "ｒｅｐｌｉｃａ",
  "ＳＡ급",
  "정\u200B품\u200B급",
];

const brandDisguises: Record<string, string[]> = {
  chanel: ["샤 넬", "C h a n e l", "샤\u200B넬", "ＣＨＡＮＥＬ", "ch4nel"],
  louisvuitton: ["루 이 비 통", "ㄹㅂㅌㅇ", "L.V", "루이\u200B비통", "l0uis vuitt0n"],
  gucci: ["구 찌", "G u c c i", "ㄱㅉ", "ＧＵＣＣＩ"],
  hermes: ["에르 메스", "H e r m e s", "ㅇㄹㅁㅅ", "h3rmes"],
  prada: ["프 라 다", "P r a d a", "ｐｒａｄａ"],
  dior: ["디 올", "D i o r", "디\u200B올"],
  mcm: ["엠 씨 엠", "M C M"],
};

/**
 * A counterfeit keyword disguised so a plain substring rule misses it: leetspeak, spaced Hangul,
 * zero-width spaces (U+200B) or full-width letters; normalisation (NFKC, zero-width and space removal,
 * leet folding) recovers a keyword of data/lists/counterfeit_keywords.txt.
 * @example disguisedKeyword(rng); // "레 플 리 카"
 */
export function disguisedKeyword(rng: Random): string {
  return rng.pick(keywordDisguises);
}

/**
 * A brand name disguised the same way, falling back to the Korean name with spaces between letters.
 * @example disguisedBrand(rng, "chanel", "샤넬"); // "샤 넬"
 */
export function disguisedBrand(rng: Random, key: string, korean: string): string {
  const options = brandDisguises[key];
  return options ? rng.pick(options) : [...korean].join(" ");
}
