/**
 * A text normalisation step a rule can opt into, applied in this order:
 * - `nfkc`: Unicode NFKC (full-width `ｒｅｐ` → `rep`, compatibility jamo, ligatures);
 * - `zero_width`: removes U+200B–U+200D, U+2060, U+FEFF and soft hyphens;
 * - `casefold`: case-insensitive matching (applied as the RE2 `i` flag, exact in every back end);
 * - `confusables`: Cyrillic and Greek look-alikes to Latin (`р` → `p`, `Α` → `A`);
 * - `leet`: `0→o 1→i !→i |→i l→i 3→e 4→a @→a 5→s $→s 7→t 8→b` (`l` and `1` fold together, so
 *   `rep1ica` and `r3pl1ca` both meet `replica`);
 * - `spaces`: removes whitespace, so `레 플 리 카` meets `레플리카`.
 * Keywords of `contains_any` lists get the same steps; regex patterns do not (write them for the
 * normalised text).
 */
export type NormalizationStep =
  "nfkc" | "zero_width" | "casefold" | "confusables" | "leet" | "spaces";

/** Every step, in the order they apply. */
export const normalizationSteps: readonly NormalizationStep[] = [
  "nfkc",
  "zero_width",
  "casefold",
  "confusables",
  "leet",
  "spaces",
];

/** Look-alike letters and their Latin twins (one code point each way, so SQL translate() agrees). */
export const confusableMap: Readonly<Record<string, string>> = pairs(
  "аaвBеeкkмMнHоoрpсcтTуyхxіiјjѕsԁdɡgαaοoρpνvιiκkτtΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSıi",
);

/** Leetspeak digits and symbols and their letters. */
export const leetMap: Readonly<Record<string, string>> = pairs("0o1i!i|iliLi3e4a@a5s$s7t8b");

/** The zero-width and invisible characters removed by `zero_width`, as a character class body. */
export const zeroWidthClass = "\\u200B-\\u200D\\u2060\\uFEFF\\u00AD";
/** The whitespace removed by `spaces` (RE2's \s plus no-break and ideographic spaces). */
export const spaceClass = "\\t\\n\\f\\r \\u00A0\\u3000";

const zeroWidth = new RegExp(`[${zeroWidthClass}]`, "g");
const spaces = new RegExp(`[${spaceClass}]`, "g");

/**
 * Applies normalisation steps to a text (in the canonical order, whatever the order given);
 * `casefold` changes nothing here because matching applies it.
 * @example normalizeText("r3pl\u200B1ca", ["zero_width", "leet"]); // "repiica"
 */
export function normalizeText(text: string, steps: readonly NormalizationStep[]): string {
  let out = text;
  if (steps.includes("nfkc")) out = out.normalize("NFKC");
  if (steps.includes("zero_width")) out = out.replace(zeroWidth, "");
  if (steps.includes("confusables")) out = translate(out, confusableMap);
  if (steps.includes("leet")) out = translate(out, leetMap);
  if (steps.includes("spaces")) out = out.replace(spaces, "");
  return out;
}

function translate(text: string, map: Readonly<Record<string, string>>): string {
  let out = "";
  for (const c of text) out += map[c] ?? c;
  return out;
}

function pairs(text: string): Record<string, string> {
  const chars = [...text];
  const map: Record<string, string> = {};
  for (let i = 0; i < chars.length; i += 2) map[chars[i]] = chars[i + 1];
  return map;
}
