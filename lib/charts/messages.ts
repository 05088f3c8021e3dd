// User-facing messages of the charts module: what is invalid, the value, and the fix.

const quote = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** The chart has no accessible name. */
export const missingAccessibleName = (chart: string): string =>
  `${chart}: the chart has no accessible name (no ariaLabel and no string title); ` +
  `pass ariaLabel or title, e.g. { title: "Precision by day" }`;

/** A required option is absent. */
export const missingOption = (chart: string, option: string, example: string): string =>
  `${chart}: option ${option} is missing; pass it, e.g. { ${option}: ${example} }`;

/** An accessor names a column the rows do not have. */
export const unknownColumn = (
  chart: string,
  option: string,
  column: string,
  columns: readonly string[],
): string =>
  `${chart}: option ${option} names column ${quote(column)}, which the data does not have ` +
  `(columns: ${columns.join(", ") || "none"}); pass one of those or a function`;

/** An accessor is neither a column name nor a function. */
export const invalidAccessor = (chart: string, option: string, value: unknown): string =>
  `${chart}: option ${option} must be a column name or a function (row, index) => value, ` +
  `got ${quote(value)}; pass e.g. { ${option}: "rate" }`;

/** A value that should be a number is not. */
export const notANumber = (chart: string, option: string, row: number, value: unknown): string =>
  `${chart}: option ${option} gives ${quote(value)} for row ${row}, which is not a number; ` +
  `pass numbers (null or undefined leave a gap)`;

/** A value that should be a date is not. */
export const notADate = (chart: string, option: string, row: number, value: unknown): string =>
  `${chart}: option ${option} gives ${quote(value)} for row ${row}, which is not a date; ` +
  `pass Date objects, ISO 8601 strings with an offset, YYYY-MM-DD days or epoch milliseconds`;

/** A target band has its bounds the wrong way round or not finite. */
export const invalidTarget = (chart: string, target: unknown): string =>
  `${chart}: option target is ${quote(target)}, which is not a finite number or a ` +
  `{ lower, upper } band with lower <= upper; pass e.g. { target: { lower: 0.9 } }`;

/** A histogram bin specification is unusable. */
export const invalidThresholds = (chart: string, thresholds: unknown): string =>
  `${chart}: option thresholds is ${quote(thresholds)}; pass a bin count >= 1 ` +
  `or an ascending array of at least two finite bin edges, e.g. { thresholds: 20 }`;

/** A decision threshold is not a number. */
export const invalidThreshold = (chart: string, threshold: unknown): string =>
  `${chart}: option threshold is ${quote(threshold)}, which is not a finite number; ` +
  `pass the score cut-off, e.g. { threshold: 0.7 }`;

/** A histogram domain is unusable. */
export const invalidDomain = (chart: string, domain: unknown): string =>
  `${chart}: option domain is ${quote(domain)}; pass [min, max] with finite min < max, e.g. [0, 1]`;

/** An error bar would be drawn on stacked bars. */
export const duplicateCategory = (chart: string, category: unknown): string =>
  `${chart}: category ${quote(category)} appears in more than one row, so its bars would stack ` +
  `and error bars (lower/upper) would be misplaced; aggregate to one row per category first`;
