// User-facing messages of the format module: what is invalid, the value, and the fix.

const quote = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** A named value format is not one the kit defines. */
export const unknownFormat = (format: unknown): string =>
  `valueFormatter: format ${quote(format)} is unknown; pass "number", "integer", "percent", ` +
  `"krw" or a function (value) => string`;
