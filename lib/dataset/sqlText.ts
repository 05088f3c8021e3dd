// SQL text helpers shared by the dataset module: identifiers, literals and value lists.

/** A double-quoted SQL identifier. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A single-quoted SQL string literal (NUL bytes cannot be represented and are refused upstream). */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** A SQL list of string literals: `['a', 'b']`. */
export const literalList = (texts: readonly string[]): string =>
  `[${texts.map(literal).join(", ")}]`;
