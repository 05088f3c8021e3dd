// Every user-facing message of the rca module, in one template: what is invalid, the value, the fix.

/** Quotes a value for a message, cut to 60 characters. */
export function quote(value: unknown): string {
  let text: string;
  if (value instanceof Date)
    text = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  else text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export const noDims = () =>
  `dims: no dimension given; name the columns to search, e.g. dims: ["category", "seller_tier"] (CLI: --dims category,seller_tier)`;

export const duplicateDim = (dim: string) =>
  `dims: ${quote(dim)} is listed twice; name each dimension once`;

export const measureChoice = () =>
  `measure: give either an additive measure (measure / --measure <col>) or a ratio (numerator and denominator / --ratio <num>/<den>), not both and not neither`;

export const noPeriod = () =>
  `period: give either period (a function returning "baseline", "current" or null) or time with baseline and current ranges (CLI: --time <col> --baseline <from>..<to> --current <from>..<to>)`;

export const badRange = (option: string, value: unknown) =>
  `${option}: ${quote(value)} is not a time range; write <from>..<to> with ISO dates or timestamps (2026-09-01..2026-09-14, the end day included) or epoch seconds (1788000000..1788600000, the end excluded)`;

export const emptyRange = (option: string, value: string) =>
  `${option}: ${quote(value)} ends before it starts; write the earlier time first`;

export const badTime = (row: number, column: string, value: unknown) =>
  `row ${row}, column ${column}: ${quote(value)} is not a time; write ISO 8601 like 2026-09-15T10:00:00+09:00 or 2026-09-15, or epoch seconds like 1789434000`;

export const badNumber = (row: number, column: string, value: unknown) =>
  `row ${row}, column ${column}: ${quote(value)} is not a number; write plain digits like 12 or 0.5, or true/false for a 0/1 measure`;

export const negativeValue = (row: number, column: string, value: number, method: string) =>
  `row ${row}, column ${column}: ${value} is negative, but ${method} needs non-negative measures (shares and surprise are undefined otherwise); split the measure into its positive and negative parts, or use additiveContributions, which allows negatives`;

export const negativeRatio = (row: number, column: string, value: number) =>
  `row ${row}, column ${column}: ${value} is negative; a ratio KPI needs non-negative counts in its numerator and denominator (e.g. confirmed flags / decided reviews)`;

export const unknownDim = (dim: string, known: readonly string[]) =>
  `dimension ${quote(dim)} is not in the cube; choose one of ${known.join(", ") || "(none: every dimension was dropped)"}`;

export const notRatio = (what: string) =>
  `${what} needs a ratio KPI (numerator and denominator); build the cube with numerator/denominator, or use additiveContributions`;

export const badOption = (option: string, value: unknown, expected: string) =>
  `${option}: ${quote(value)} is not valid; expected ${expected}`;

// Warnings and empty answers: the reason an analysis could not (fully) run.

export const oneValueDim = (dim: string, value: string) =>
  `dimension ${dim} has one value (${quote(value)}) in both periods, so it cannot explain a change; it was left out`;

export const hugeDim = (dim: string, count: number, max: number) =>
  `dimension ${dim} has ${count} distinct values (more than maxCardinality ${max}), like an id column; it was left out — group it first (e.g. seller → seller tier) or raise maxCardinality`;

export const noUsableDims = () =>
  `no dimension can explain the change (each one was left out, see the warnings above); add dimensions with between 2 and maxCardinality values`;

export const emptyPeriod = (period: string, range: string | undefined, seen: string | undefined) =>
  `the ${period} period${range ? ` ${range}` : ""} has no rows${seen ? `; the data's times run from ${seen}` : ""}; choose a ${period} range inside the data`;

export const zeroDenominator = (period: string, column: string) =>
  `the ${period} period's denominator (${column}) sums to 0, so the ratio is undefined there; choose a period with activity, or check the denominator column`;

export const noChange = (baseline: number, current: number) =>
  `the KPI did not change (${baseline} in the baseline, ${current} now): there is nothing to explain`;

export const skippedRows = (count: number, what: string) =>
  `${count} row${count === 1 ? "" : "s"} with an empty ${what} ${count === 1 ? "was" : "were"} left out`;

export const numeratorWithoutDenominator = (count: number) =>
  `${count} segment${count === 1 ? " has" : "s have"} a numerator but a zero denominator; their rate is undefined and they count only towards the totals`;

export const unknownColumn = (
  table: string,
  column: string,
  known: readonly string[],
  hint?: string,
) =>
  `table ${table} has no column ${quote(column)}${hint ? ` (did you mean ${quote(hint)}?)` : ""}; use one of ${known.join(", ")}`;

export const noTime = (count: number, column: string) =>
  `${count} row${count === 1 ? "" : "s"} with an empty ${column} ${count === 1 ? "was" : "were"} left out (no time, no period)`;

export const noSource = () =>
  `give either --data <file> (rows read in memory) or --dataset <tns.yaml> --table <name> (sums computed in the engine), not both`;

export const noTable = () =>
  `--table: which table of the dataset? e.g. --table reviews (the kit's tables: listings, sellers, model_scores, flags, reviews, audits, appeals)`;

export const unknownTable = (name: string, tables: readonly string[], definition: string) =>
  `--table: ${quote(name)} is not a table of ${definition}; use one of ${tables.join(", ")}`;
