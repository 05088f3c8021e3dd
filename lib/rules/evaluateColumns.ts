import type { CompiledNode, CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleHits } from "./RuleHits.js";
import { encodeTextChunk, type EncodedTextChunk } from "./encodeTextChunk.js";
import { normalizeText } from "./normalizeText.js";
import * as msg from "./messages.js";

/** Options for {@link evaluateColumns}. */
export interface EvaluateColumnsOptions {
  /** Rows evaluated together; bounds the working memory to atoms × chunkSize bytes (default 16384). */
  chunkSize?: number;
}

// Three-valued logic as SQL has it: 0 = false, 1 = unknown (null), 2 = true; and = min, or = max,
// not = 2 − v. A rule hits a row only when its value is 2, exactly like SQL's WHERE.
const FALSE = 0;
const UNKNOWN = 1;
const TRUE = 2;

/**
 * Evaluates a compiled rule set over columns (field name → values, one per row): per chunk of
 * rows, one RE2.Set pass per text channel and row, then the boolean tree per rule over the
 * chunk. Lone surrogates are matched as U+FFFD (as UTF-8 back ends see them) with a warning.
 * @example evaluateColumns(compiled, { title: ["레플리카 가방"], description: [null] }, 1);
 */
export function evaluateColumns(
  compiled: CompiledRuleSet,
  columns: Readonly<Record<string, ArrayLike<unknown>>>,
  rowCount: number,
  options: EvaluateColumnsOptions = {},
): RuleHits {
  const { chunkSize = 16_384 } = options;
  const words = Math.ceil(rowCount / 32);
  const bits = compiled.rules.map(() => new Uint32Array(words));
  const atomValues = compiled.atoms.map(() => new Uint8Array(chunkSize));
  const broken = new Map<string, { rows: number; first: number }>();
  const encoded = compiled.channels.map((): EncodedTextChunk | undefined => undefined);
  for (let from = 0; from < rowCount; from += chunkSize) {
    const n = Math.min(chunkSize, rowCount - from);
    const texts = new Map<string, (string | null)[]>();
    compiled.channels.forEach((channel, c) => {
      let raw = texts.get(channel.field);
      if (!raw) {
        raw = wellFormedTexts(columns[channel.field], from, n, channel.field, broken);
        texts.set(channel.field, raw);
      }
      const steps = channel.steps;
      const normalized = steps.length > 0 ? raw.map((t) => t && normalizeText(t, steps)) : raw;
      const chunk = encodeTextChunk(normalized, 0, n, encoded[c]);
      encoded[c] = chunk;
      const { offsets, nulls } = chunk;
      const { buffer, byteOffset } = chunk.bytes;
      const targets = channel.atoms.map((a) => atomValues[a]);
      for (const t of targets) t.fill(FALSE, 0, n);
      for (let i = 0; i < n; i++) {
        if (nulls[i] === 1) {
          for (const t of targets) t[i] = UNKNOWN;
          continue;
        }
        // A view, not a copy: the re2 package reads Uint8Arrays as UTF-8 without converting.
        const view = new Uint8Array(buffer, byteOffset + offsets[i], offsets[i + 1] - offsets[i]);
        for (const k of channel.set.match(view as Buffer)) targets[k][i] = TRUE;
      }
    });
    compiled.rules.forEach((rule, r) => {
      const value = evaluateNode(rule.node, columns, atomValues, from, n);
      const out = bits[r];
      for (let i = 0; i < n; i++)
        if (value[i] === TRUE) out[(from + i) >>> 5] |= 1 << ((from + i) & 31);
    });
  }
  const warnings = [...broken].map(([field, b]) => msg.invalidUtf16(field, b.rows, b.first));
  return { ruleIds: compiled.rules.map((r) => r.id), rowCount, bits, warnings };
}

/** Rows of a text column as well-formed strings (lone surrogates → U+FFFD, counted) or null. */
function wellFormedTexts(
  values: ArrayLike<unknown>,
  from: number,
  n: number,
  field: string,
  broken: Map<string, { rows: number; first: number }>,
): (string | null)[] {
  const out = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const v = values[from + i];
    if (v === null || v === undefined) {
      out[i] = null;
      continue;
    }
    const text = typeof v === "string" ? v : String(v);
    if (text.isWellFormed()) out[i] = text;
    else {
      const b = broken.get(field) ?? { rows: 0, first: from + i };
      broken.set(field, { rows: b.rows + 1, first: b.first });
      out[i] = text.toWellFormed();
    }
  }
  return out;
}

function evaluateNode(
  node: CompiledNode,
  columns: Readonly<Record<string, ArrayLike<unknown>>>,
  atoms: readonly Uint8Array[],
  from: number,
  n: number,
): Uint8Array {
  if (node.kind === "text" && !node.negated) return atoms[node.atom];
  const out = new Uint8Array(n);
  switch (node.kind) {
    case "and":
    case "or": {
      const a = evaluateNode(node.left, columns, atoms, from, n);
      const b = evaluateNode(node.right, columns, atoms, from, n);
      if (node.kind === "and") for (let i = 0; i < n; i++) out[i] = a[i] < b[i] ? a[i] : b[i];
      else for (let i = 0; i < n; i++) out[i] = a[i] > b[i] ? a[i] : b[i];
      return out;
    }
    case "not": {
      const a = evaluateNode(node.operand, columns, atoms, from, n);
      for (let i = 0; i < n; i++) out[i] = TRUE - a[i];
      return out;
    }
    case "text": {
      const a = atoms[node.atom];
      for (let i = 0; i < n; i++) out[i] = TRUE - a[i];
      return out;
    }
    case "isNull": {
      const values = columns[node.field];
      for (let i = 0; i < n; i++) {
        const isNull = values[from + i] === null || values[from + i] === undefined;
        out[i] = isNull !== node.negated ? TRUE : FALSE;
      }
      return out;
    }
    case "compare": {
      const values = columns[node.field];
      const test = comparison(node.op);
      for (let i = 0; i < n; i++) {
        const v = scalar(values[from + i], node.type);
        out[i] = v === null ? UNKNOWN : test(order(v, node.value)) ? TRUE : FALSE;
      }
      return out;
    }
    case "in": {
      const values = columns[node.field];
      const set = new Set(node.values);
      for (let i = 0; i < n; i++) {
        const v = scalar(values[from + i], node.type);
        out[i] = v === null ? UNKNOWN : set.has(v) !== node.negated ? TRUE : FALSE;
      }
      return out;
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
