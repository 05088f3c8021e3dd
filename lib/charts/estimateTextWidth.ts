import { theme } from "./theme.js";

// Hangul, CJK and full-width forms render about one em wide; Latin text about 0.6 em on average.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Approximate rendered width in px of a label in the theme font, for sizing margins without a layout engine.
 * @example estimateTextWidth("가방 bags") // 12*2 + 0.6*12*5 = 60
 */
export function estimateTextWidth(text: string, fontSize: number = theme.fontSize): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}
