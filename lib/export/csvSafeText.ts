// A spreadsheet reads a cell that starts with one of these as a formula (OWASP, CSV injection).
const formulaStart = new Set(["=", "+", "-", "@"]);
const controlStart = new Set(["\t", "\r"]);

/**
 * Text made safe for a CSV cell that a spreadsheet opens: text a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, after any spaces, or with a tab or carriage return) gets a
 * leading `'`, as OWASP recommends; so does text that starts with `'` before such text, so
 * {@link csvTextFromSafe} gives back exactly the original.
 * @example csvSafeText("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function csvSafeText(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/**
 * The original text of a cell written by {@link csvSafeText}.
 * @example csvTextFromSafe("'=1+1") // "=1+1"
 */
export function csvTextFromSafe(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

function needsGuard(text: string): boolean {
  let at = 0;
  while (text[at] === "'") at++; // '…'=x must keep its quotes through a round trip
  if (controlStart.has(text[at])) return true;
  while (text[at] === " ") at++;
  return formulaStart.has(text[at]);
}
