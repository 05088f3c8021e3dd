// Every user-facing message of the metrics and tuning modules, in one template: what is invalid,
// the value, the fix.

/** Quotes a value for a message, cut to 60 characters. */
export function quote(value: unknown): string {
  const text =
    typeof value === "number" && !Number.isFinite(value)
      ? String(value)
      : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const where = (row: number, column: string) => `row ${row}, column ${column}`;

export const badScore = (row: number, column: string, value: unknown) =>
  `${where(row, column)}: score ${quote(value)} is not a number in [0, 1]; drop unscored rows before computing metrics, or rescale scores to [0, 1]`;

export const badLabel = (row: number, column: string, value: unknown) =>
  `${where(row, column)}: label ${quote(value)} is not 0/1 or true/false; map reviewer decisions to 1 (violation) and 0 (no violation) and leave undecided rows out`;

export const badWeight = (row: number, value: unknown) =>
  `row ${row}: weight ${quote(value)} is not a finite number ≥ 0; pass 1 / inclusion probability for audited rows and 1 for fully labelled rows`;

export const lengthMismatch = (scores: number, labels: number) =>
  `scores and labels differ in length (${scores} scores, ${labels} labels); pass one label per score`;

export const badResolution = (value: unknown) =>
  `resolution: ${quote(value)} is not a whole number of steps ≥ 1 or "exact"; use 10000 for scores with 4 decimals, or "exact" to keep every distinct score`;

export const resolutionMismatch = (a: unknown, b: unknown) =>
  `cannot merge score counts at resolution ${quote(a)} with counts at ${quote(b)}; build both at the same resolution`;

export const badLevel = (value: unknown) =>
  `level: ${quote(value)} is outside (0, 1); pass a confidence level such as 0.95`;

export const badTrials = (successes: number, trials: number) =>
  `${successes} successes in ${trials} trials is impossible; need whole numbers with 0 ≤ successes ≤ trials`;

export const badProbability = (option: string, value: unknown) =>
  `${option}: ${quote(value)} is not a number in [0, 1]; write a share such as 0.9 (90%)`;

export const badPositive = (option: string, value: unknown, example: string) =>
  `${option}: ${quote(value)} is not a positive number; write e.g. ${example}`;

export const badThreshold = (value: unknown) =>
  `threshold: ${quote(value)} is not a number in [0, 1]; a listing is flagged when its score is ≥ the threshold`;

export const missingColumn = (option: string, column: string, columns: readonly string[]) =>
  `${option}: column ${quote(column)} is not in the data (columns: ${columns.slice(0, 12).join(", ")}); pass one of these names`;

export const noPositives = (what: string) =>
  `${what} is undefined: the data has no violations (label 1); check the label column, or widen the period`;

export const noNegatives = (what: string) =>
  `${what} is undefined: the data has no non-violations (label 0); check the label column, or widen the period`;

export const capacityWithoutTime = () =>
  `capacity: a review capacity needs the number of days the scores cover; pass days (CLI: --time <col>) so flags per day can be computed`;

export const badInclusion = (row: number, value: unknown) =>
  `audit row ${row}: inclusion probability ${quote(value)} is not in (0, 1]; write the stratum's sampling probability, e.g. 0.08`;

export const badBins = (value: unknown) =>
  `bins: ${quote(value)} is not a whole number ≥ 2; write e.g. 10`;

export const badConfidence = (value: unknown) =>
  `confidence: ${JSON.stringify(value)} is not a probability strictly between 0 and 1; write e.g. 0.9`;

export const smallSample = (
  n: number,
  precision: { lower: number; upper: number },
  level: number,
) =>
  `small sample: ${n.toLocaleString("en-US")} labelled listings; the ${Math.round(level * 100)}% precision interval is ${Math.round((precision.upper - precision.lower) * 100)} points wide (${Math.round(precision.lower * 100)}%–${Math.round(precision.upper * 100)}%); label more before acting`;

export const badReplicates = (option: string, value: unknown, max: number) =>
  `${option}: ${quote(value)} is not a whole number from 1 to ${max.toLocaleString("en-US")}; bootstrap intervals settle within a few thousand replicates — write e.g. 500`;
