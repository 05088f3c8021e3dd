import type { CompiledNode } from "./CompiledRuleSet.js";

/**
 * Three-valued truth over a chunk of rows as two bitsets (bit `i` of word `i >>> 5`): `t` holds
 * the rows where the value is true, `f` where it is false; rows in neither are unknown (null).
 */
export interface TruthBits {
  t: Uint32Array;
  f: Uint32Array;
}

/**
 * Evaluates a compiled rule tree over rows `from` to `from + n` with 32 rows per word, as SQL
 * does: `and` is true where both sides are true and false where either is false, `or` the
 * reverse, `not` swaps true and false (unknown stays unknown). Text predicates read `atoms` (the
 * RE2.Set results of the chunk); comparisons read the columns. The result may share arrays with
 * `atoms`: do not modify it.
 * @example const { t } = evaluateNodeBits(rule.node, columns, atoms, 0, 32); // t: rows that hit
 */
export function evaluateNodeBits(
  node: CompiledNode,
  columns: Readonly<Record<string, ArrayLike<unknown>>>,
  atoms: readonly TruthBits[],
  from: number,
  n: number,
  scratch: Map<CompiledNode, TruthBits> = new Map(),
): TruthBits {
  const words = (n + 31) >>> 5;
  const own = (): TruthBits => {
    let bits = scratch.get(node);
    if (!bits || bits.t.length < words) {
      bits = { t: new Uint32Array(words), f: new Uint32Array(words) };
      scratch.set(node, bits);
    }
    return bits;
  };
  switch (node.kind) {
    case "text": {
      const a = atoms[node.atom];
      return node.negated ? { t: a.f, f: a.t } : a;
    }
    case "not": {
      const a = evaluateNodeBits(node.operand, columns, atoms, from, n, scratch);
      return { t: a.f, f: a.t };
    }
    case "and":
    case "or": {
      const a = evaluateNodeBits(node.left, columns, atoms, from, n, scratch);
      const b = evaluateNodeBits(node.right, columns, atoms, from, n, scratch);
      const out = own();
      const { t, f } = out;
      if (node.kind === "and")
        for (let w = 0; w < words; w++) {
          t[w] = a.t[w] & b.t[w];
          f[w] = a.f[w] | b.f[w];
        }
      else
        for (let w = 0; w < words; w++) {
          t[w] = a.t[w] | b.t[w];
          f[w] = a.f[w] & b.f[w];
        }
      return out;
    }
    default: {
      const out = own();
      const { t, f } = out;
      t.fill(0, 0, words);
      f.fill(0, 0, words);
      const value = rowTest(node, columns);
      for (let i = 0; i < n; i++) {
        const v = value(from + i);
        if (v === undefined) continue;
        (v ? t : f)[i >>> 5] |= 1 << (i & 31);
      }
      return out;
    }
  }
}

/** A comparison, membership or null test on one row: true, false or undefined (unknown). */
function rowTest(
  node: Extract<CompiledNode, { kind: "compare" | "in" | "isNull" }>,
  columns: Readonly<Record<string, ArrayLike<unknown>>>,
): (row: number) => boolean | undefined {
  const values = columns[node.field];
  switch (node.kind) {
    case "isNull":
      return (row) => (values[row] === null || values[row] === undefined) !== node.negated;
    case "compare": {
      const test = comparison(node.op);
      return (row) => {
        const v = scalar(values[row], node.type);
        return v === null ? undefined : test(order(v, node.value));
      };
    }
    case "in": {
      const set = new Set(node.values);
      return (row) => {
        const v = scalar(values[row], node.type);
        return v === null ? undefined : set.has(v) !== node.negated;
      };
    }
  }
}

function scalar(v: unknown, type: string): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (type === "timestamp")
    return v instanceof Date ? v.getTime() : typeof v === "number" ? v : Date.parse(String(v));
  if (type === "number") return typeof v === "number" ? v : Number(v);
  if (type === "string") return typeof v === "string" ? v.toWellFormed() : String(v);
  return v as boolean;
}

function comparison(op: string): (c: number) => boolean {
  switch (op) {
    case "=":
      return (c) => c === 0;
    case "!=":
      return (c) => c !== 0;
    case "<":
      return (c) => c < 0;
    case "<=":
      return (c) => c <= 0;
    case ">":
      return (c) => c > 0;
    default:
      return (c) => c >= 0;
  }
}

// Strings compare by code point (= UTF-8 byte order, as SQL engines do), not by UTF-16 unit.
function order(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return 0;
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }
  if (typeof a === "boolean" || typeof b === "boolean") return a === b ? 0 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
