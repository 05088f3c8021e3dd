import type { Bound, FieldConstraint, TextConstraint } from "./rowConstraints.js";

/**
 * The interval a field's constraint allows on the number line: its bounds, narrowed to the
 * smallest and largest allowed value when every allowed value is a number.
 */
function interval(c: FieldConstraint): { low?: Bound; high?: Bound } {
  let { low, high } = c;
  if (c.allowed) {
    const numbers = [...c.allowed].map((k) => JSON.parse(k) as unknown);
    if (numbers.length && numbers.every((v) => typeof v === "number")) {
      const min = Math.min(...numbers);
      const max = Math.max(...numbers);
      if (!low || min > low.value) low = { value: min, open: false };
      if (!high || max < high.value) high = { value: max, open: false };
    }
  }
  return { low, high };
}

/** a is at least as tight as b on the low side (everything above a is above b). */
const lowWithin = (a: Bound | undefined, b: Bound) =>
  a !== undefined && (a.value > b.value || (a.value === b.value && (a.open || !b.open)));
const highWithin = (a: Bound | undefined, b: Bound) =>
  a !== undefined && (a.value < b.value || (a.value === b.value && (a.open || !b.open)));

function outside(key: string, c: FieldConstraint): boolean {
  const v = JSON.parse(key) as unknown;
  if (typeof v !== "number") return false;
  const { low, high } = interval(c);
  return (
    (low !== undefined && (v < low.value || (v === low.value && low.open))) ||
    (high !== undefined && (v > high.value || (v === high.value && high.open)))
  );
}

function textImplies(a: TextConstraint, b: TextConstraint): boolean {
  if (a.key === b.key) return true;
  if (
    !a.keywords ||
    !b.keywords ||
    (b.operator === "contains_word" && a.operator !== "contains_word")
  )
    return false;
  if (b.operator === "contains_word") return a.keywords.every((k) => b.keywords!.includes(k));
  // contains_any b: every keyword a can match contains one of b's.
  return (
    b.operator === "contains_any" &&
    (a.operator === "contains_any" || a.operator === "contains_word") &&
    a.keywords.length > 0 &&
    a.keywords.every((k) => b.keywords!.some((w) => k.includes(w)))
  );
}

/**
 * Whether every value that meets constraint `a` meets `b` (a row with `a` matches only listings
 * a row with `b` matches, on this field); undefined `a` is no constraint. Decided from the values,
 * bounds and keyword lists; regexes only when they are the same.
 * @example constraintImplies(price(">=", 200000), price(">", 100000)); // true
 */
export function constraintImplies(a: FieldConstraint | undefined, b: FieldConstraint): boolean {
  if (!a) return false;
  if (b.isNull && !a.isNull) return false;
  if (b.notNull && !a.notNull) return false;
  if (a.isNull) return !b.notNull;
  if (b.allowed) {
    const own = a.allowed ? [...a.allowed].filter((k) => !a.excluded.has(k)) : undefined;
    if (!own || !own.every((k) => b.allowed!.has(k))) return false;
  }
  for (const key of b.excluded)
    if (!(a.excluded.has(key) || (a.allowed && !a.allowed.has(key)) || outside(key, a)))
      return false;
  const { low, high } = interval(a);
  if (b.low && !lowWithin(low, b.low)) return false;
  if (b.high && !highWithin(high, b.high)) return false;
  return b.text.every((t) => a.text.some((s) => textImplies(s, t)));
}

/**
 * Whether no value can meet both constraints: a null test against a value, allowed values that do
 * not meet, intervals that do not touch, or a regex required and forbidden. Text conditions
 * otherwise are taken to be satisfiable together.
 * @example constraintsDisjoint(price("<", 100000), price(">=", 100000)); // true
 */
export function constraintsDisjoint(a: FieldConstraint, b: FieldConstraint): boolean {
  if ((a.isNull && b.notNull) || (b.isNull && a.notNull)) return true;
  const allowedOf = (x: FieldConstraint, y: FieldConstraint) =>
    x.allowed &&
    [...x.allowed].filter((k) => !x.excluded.has(k) && !y.excluded.has(k) && !outside(k, y));
  const fromA = allowedOf(a, b);
  if (fromA && (fromA.length === 0 || (b.allowed && !fromA.some((k) => b.allowed!.has(k)))))
    return true;
  const fromB = allowedOf(b, a);
  if (fromB && fromB.length === 0) return true;
  const ia = interval(a);
  const ib = interval(b);
  const low = [ia.low, ib.low]
    .filter((x) => x !== undefined)
    .sort((x, y) => y.value - x.value || Number(y.open) - Number(x.open))[0];
  const high = [ia.high, ib.high]
    .filter((x) => x !== undefined)
    .sort((x, y) => x.value - y.value || Number(y.open) - Number(x.open))[0];
  if (
    low &&
    high &&
    (low.value > high.value || (low.value === high.value && (low.open || high.open)))
  )
    return true;
  const keys = (x: FieldConstraint, op: string) =>
    new Set(x.text.filter((t) => t.operator === op).map((t) => t.key.slice(op.length)));
  const must = new Set([...keys(a, "~"), ...keys(b, "~")]);
  return [...keys(a, "!~"), ...keys(b, "!~")].some((k) => must.has(k));
}

/** Whether a constraint says anything the verifier decides by value (not only text conditions). */
export function isDecidable(c: FieldConstraint): boolean {
  return (
    c.isNull ||
    c.allowed !== undefined ||
    c.excluded.size > 0 ||
    c.low !== undefined ||
    c.high !== undefined
  );
}
