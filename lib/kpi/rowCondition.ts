import type { KpiCondition } from "./KpiDefinition.js";

/** Reads a column of a row; derived columns are computed here. */
export type ColumnReader = (row: Record<string, unknown>, column: string) => unknown;

/**
 * A predicate for a KPI term's `where`: every condition must hold. Equality compares as text, so
 * `decision: violation` and `verified: true` match the loaded values; comparisons need numbers.
 * @example rowCondition({ decision: ["violation", "no_violation"] }, read)(row)
 */
export function rowCondition(
  where: Record<string, KpiCondition> | undefined,
  read: ColumnReader,
): (row: Record<string, unknown>) => boolean {
  const tests = Object.entries(where ?? {}).map(([column, condition]) => {
    const test = conditionTest(condition);
    return (row: Record<string, unknown>) => test(read(row, column));
  });
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  return (row) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i](row)) return false;
    return true;
  };
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

function conditionTest(condition: KpiCondition): (value: unknown) => boolean {
  if (Array.isArray(condition)) {
    const allowed = new Set(condition.map(String));
    return (v) => allowed.has(text(v) as string);
  }
  if (typeof condition !== "object" || condition === null) {
    const wanted = String(condition);
    return (v) => text(v) === wanted;
  }
  const checks: ((v: unknown) => boolean)[] = [];
  const c = condition;
  const num = (v: unknown) => (v === null || v === undefined || v === "" ? NaN : Number(v));
  if (c.eq !== undefined) checks.push((v) => text(v) === String(c.eq));
  if (c.ne !== undefined) checks.push((v) => text(v) !== String(c.ne));
  if (c.in !== undefined) {
    const allowed = new Set(c.in.map(String));
    checks.push((v) => allowed.has(text(v) as string));
  }
  if (c.not_in !== undefined) {
    const banned = new Set(c.not_in.map(String));
    checks.push((v) => !banned.has(text(v) as string));
  }
  if (c.gt !== undefined) checks.push((v) => num(v) > c.gt!);
  if (c.gte !== undefined) checks.push((v) => num(v) >= c.gte!);
  if (c.lt !== undefined) checks.push((v) => num(v) < c.lt!);
  if (c.lte !== undefined) checks.push((v) => num(v) <= c.lte!);
  if (c.null !== undefined)
    checks.push((v) => (v === null || v === undefined || v === "") === c.null);
  if (c.starts_with !== undefined) checks.push((v) => (text(v) ?? "").startsWith(c.starts_with!));
  return (v) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i](v)) return false;
    return true;
  };
}
