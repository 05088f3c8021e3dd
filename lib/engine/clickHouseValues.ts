import type { DatasetColumn } from "../dataset/Dataset.js";

/** A ClickHouse type without its Nullable(…) and LowCardinality(…) wrappers. */
export function baseType(type: string): string {
  let t = type;
  for (;;) {
    const m = /^(?:Nullable|LowCardinality)\((.*)\)$/.exec(t);
    if (!m) return t;
    t = m[1];
  }
}

/**
 * A ClickHouse column type spelt as DuckDB spells the kit's kinds (VARCHAR, DOUBLE, BIGINT,
 * BOOLEAN, TIMESTAMP WITH TIME ZONE, DATE), so callers test one vocabulary whatever the engine.
 * @example kitTypeName("Nullable(DateTime64(6, 'UTC'))") // "TIMESTAMP WITH TIME ZONE"
 */
export function kitTypeName(type: string): string {
  const t = baseType(type);
  if (/^(String|FixedString|UUID|Enum)/.test(t)) return "VARCHAR";
  if (/^(Float|Decimal)/.test(t)) return "DOUBLE";
  if (/^U?Int\d+$/.test(t)) return "BIGINT";
  if (t === "Bool") return "BOOLEAN";
  if (/^DateTime/.test(t)) return "TIMESTAMP WITH TIME ZONE";
  if (/^Date(32)?$/.test(t)) return "DATE";
  return t;
}

/**
 * Turns one column of a ClickHouse JSON result (read with 64-bit integers unquoted, denormals
 * quoted and times in ISO 8601 UTC) into the JS values DuckDB gives: numbers, booleans, `Date`s,
 * strings and NaN/±Infinity for a float's "nan"/"inf".
 * @example columnValues("Nullable(Bool)", [true, null]) // [true, null]
 */
export function columnValues(type: string, values: unknown[]): unknown[] {
  const t = baseType(type);
  if (/^DateTime/.test(t)) return values.map((v) => (v === null ? null : new Date(String(v))));
  if (/^Date(32)?$/.test(t))
    return values.map((v) => (v === null ? null : new Date(`${String(v)}T00:00:00Z`)));
  if (/^(Float|Decimal|U?Int)/.test(t))
    return values.map((v) => (typeof v === "string" ? Number(v.replace("inf", "Infinity")) : v));
  return values;
}

/** Columns of a result's metadata, in kit type names. */
export function resultColumns(meta: readonly { name: string; type: string }[]): DatasetColumn[] {
  return meta.map((m) => ({ name: m.name, type: kitTypeName(m.type) }));
}
