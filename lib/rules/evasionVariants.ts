/** The obfuscations a violator uses to walk around a keyword rule. */
export type EvasionKind = "zero_width" | "full_width" | "leetspeak" | "spaced" | "homoglyph";

/** Every evasion kind, in report order. */
export const evasionKinds: readonly EvasionKind[] = [
  "zero_width",
  "full_width",
  "leetspeak",
  "spaced",
  "homoglyph",
];

const LEET: Record<string, string> = { a: "4", e: "3", i: "1", l: "1", o: "0", s: "5", t: "7" };
const HOMOGLYPH: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  i: "і",
  s: "ѕ",
};

/**
 * Obfuscated variants of a known-violating text, one per kind, each applied to every word:
 * U+200B inside words, full-width letters and digits, leetspeak digits, a space between letters
 * (Hangul and Latin alike) and Cyrillic look-alike letters.
 * @example evasionVariants("레플리카 replica").spaced; // "레 플 리 카 r e p l i c a"
 */
export function evasionVariants(text: string): Record<EvasionKind, string> {
  const perWord = (f: (word: string) => string) =>
    text
      .split(/(\s+)/)
      .map((w) => (/\s/.test(w) || !w ? w : f(w)))
      .join("");
  const map = (table: Record<string, string>) => (w: string) =>
    [...w].map((c) => table[c.toLowerCase()] ?? c).join("");
  return {
    zero_width: perWord((w) => [...w].join("\u200B")),
    full_width: perWord((w) =>
      [...w]
        .map((c) => (c >= "!" && c <= "~" ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c))
        .join(""),
    ),
    leetspeak: perWord(map(LEET)),
    spaced: perWord((w) => [...w].join(" ")),
    homoglyph: perWord(map(HOMOGLYPH)),
  };
}
