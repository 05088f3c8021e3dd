import { Table } from "arquero";
import type { TableSchema } from "../data/TableSchema.js";

/** The value kinds a rule can compare a field with. */
export type RuleFieldKind = "string" | "number" | "boolean" | "timestamp";

/** Field name → kind: what a rule set is checked against. */
export type RuleFieldSchema = Readonly<Record<string, RuleFieldKind>>;

/**
 * The field kinds of a table schema (integer and number → number, date → string) or of a loaded
 * table (from its first non-null value per column: Date → timestamp; an all-null column is text).
 * @example ruleFieldSchema(sampleSchemas.listings).price_krw; // "number"
 */
export function ruleFieldSchema(source: TableSchema | Table): RuleFieldSchema {
  if (source instanceof Table) {
    const out: Record<string, RuleFieldKind> = {};
    for (const name of source.columnNames()) {
      const values = source.array(name) as ArrayLike<unknown>;
      let kind: RuleFieldKind = "string";
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === null || v === undefined) continue;
        if (v instanceof Date) kind = "timestamp";
        else if (typeof v === "number" || typeof v === "bigint") kind = "number";
        else if (typeof v === "boolean") kind = "boolean";
        break;
      }
      out[name] = kind;
    }
    return out;
  }
  const kinds: Record<string, RuleFieldKind> = {
    string: "string",
    date: "string",
    number: "number",
    integer: "number",
    boolean: "boolean",
    timestamp: "timestamp",
  };
  return Object.fromEntries(Object.entries(source.columns).map(([n, c]) => [n, kinds[c.type]]));
}
