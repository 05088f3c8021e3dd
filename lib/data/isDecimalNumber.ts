const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlank = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * Whether a cell's text is a plain decimal or scientific number (`12`, `-0.5`, `.5`, `1e6`, spaces
 * around allowed; no `0x`, `NaN`, `1,000`). A single left-to-right pass: a regex like
 * `\d+\.?\d*` backtracks quadratically on a long digit cell that ends badly.
 * @example isDecimalNumber(" -1.5e3 ") // true
 */
export function isDecimalNumber(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (text[i] === "+" || text[i] === "-") i++;
  const whole = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  let digits = i - whole;
  if (text[i] === ".") {
    const fraction = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    digits += i - fraction;
  }
  if (digits === 0) return false;
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return false;
  }
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  return i === n;
}
