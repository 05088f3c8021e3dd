import type { KpiCondition, KpiFormula, KpiTerm } from "./KpiDefinition.js";
import { rowCondition } from "./rowCondition.js";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The finite values a condition admits, or undefined when it admits a range. */
function admitted(c: KpiCondition): (string | number | boolean)[] | undefined {
  if (Array.isArray(c)) return c;
  if (typeof c !== "object" || c === null) return [c];
  const keys = Object.keys(c);
  if (keys.length === 1 && c.eq !== undefined) return [c.eq];
  if (keys.length === 1 && c.in !== undefined) return c.in;
  return undefined;
}

/** Whether every row passing `narrow` passes `wide` (a condition on one column); false when unsure. */
function implies(narrow: KpiCondition | undefined, wide: KpiCondition): boolean {
  if (narrow === undefined) return false;
  if (same(narrow, wide)) return true;
  const values = admitted(narrow);
  if (!values) return false;
  const test = rowCondition({ v: wide }, (row, column) => row[column]);
  return values.every((v) => test({ v }));
}

/** Whether the numerator term counts a subset of what the denominator term counts. */
function subset(numerator: KpiTerm, denominator: KpiTerm): boolean {
  for (const key of ["table", "time", "sum", "distinct", "inverse_weight"] as const)
    if (numerator[key] !== denominator[key]) return false;
  return Object.entries(denominator.where ?? {}).every(([column, wide]) =>
    implies(numerator.where?.[column], wide),
  );
}

/**
 * Why a ratio shown as a percent could exceed 100%, or undefined when it cannot: every numerator
 * term must count a subset of its own denominator term (same table, time column and measure, a
 * `where` at least as strict), and the scale must be 1. Checked conservatively: a subset this
 * cannot prove is reported.
 * @example shareProblem({ ratio: { numerator: [reviews], denominator: [flags] } }) // "numerator term 1 (reviews by reviewed_at) is not part of the denominator"
 */
export function shareProblem(formula: KpiFormula): string | undefined {
  if (!formula.ratio) return undefined;
  if ((formula.scale ?? 1) !== 1) return `scale is ${formula.scale}, not 1`;
  const free = [...formula.ratio.denominator];
  for (const [i, term] of formula.ratio.numerator.entries()) {
    const match = free.findIndex((d) => subset(term, d));
    if (match < 0)
      return `numerator term ${i + 1} (${term.table} by ${term.time}) is not part of the denominator`;
    free.splice(match, 1);
  }
  return undefined;
}
