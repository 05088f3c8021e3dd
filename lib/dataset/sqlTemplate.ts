import { DatasetError } from "./DatasetError.js";
import { duckDbDialect } from "../engine/duckDbDialect.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import * as msg from "./messages.js";

/** An identifier to splice into a `sql` template unquoted as a value: `sql\`SELECT ${sqlIdent("score")} …\``. */
export class SqlIdentifier {
  constructor(readonly name: string) {}
}

/** Marks a column or table name for a `sql` template, quoted as an identifier. */
export const sqlIdent = (name: string): SqlIdentifier => new SqlIdentifier(name);

function valueSql(value: unknown, dialect: SqlDialect): string {
  const { ident, literal } = dialect;
  if (value instanceof SqlIdentifier) return ident(value.name);
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dialect.timestampLiteral(value.toISOString());
  if (typeof value === "string") {
    if (value.includes("\0")) throw new DatasetError(msg.badInterpolation(value));
    return literal(value);
  }
  if (Array.isArray(value))
    return value.length ? `(${value.map((v) => valueSql(v, dialect)).join(", ")})` : "(NULL)";
  throw new DatasetError(msg.badInterpolation(value));
}

/**
 * The SQL text of a tagged template, each interpolated value written as a literal (strings
 * quoted, Dates as TIMESTAMPTZ, arrays as `(a, b)` lists for IN), never spliced raw.
 * @example sqlTemplate`SELECT * FROM listings WHERE category = ${"bags"}` // "… = 'bags'"
 */
export function sqlTemplate(strings: TemplateStringsArray, ...values: unknown[]): string {
  return sqlTemplateIn(duckDbDialect, strings, ...values);
}

/** {@link sqlTemplate} in an engine's dialect (what `ds.sql` uses). */
export function sqlTemplateIn(
  dialect: SqlDialect,
  strings: TemplateStringsArray,
  ...values: unknown[]
): string {
  let text = strings[0];
  values.forEach((value, i) => (text += valueSql(value, dialect) + strings[i + 1]));
  return text;
}
