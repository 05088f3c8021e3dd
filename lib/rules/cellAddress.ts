/**
 * The address of a cell as a spreadsheet writes it: the sheet, `!`, the column letters and the
 * 1-based row (`rules!D7`); a sheet name with anything but letters, digits and `_` is quoted
 * (`'my rules'!D7`).
 * @example cellAddress("rules", 7, 3); // "rules!D7"
 */
export function cellAddress(sheet: string, row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${name}!${letters}${row}`;
}
