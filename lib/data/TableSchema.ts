/** The value types a column can declare; `date` values stay `"YYYY-MM-DD"` strings. */
export type ColumnKind = "string" | "number" | "integer" | "boolean" | "timestamp" | "date";

/**
 * How one column is checked and converted when a table is loaded.
 * - `type`: the value type; strings are kept as-is, `number`/`integer` become JS numbers,
 *   `boolean` accepts true/false/1/0/yes/no (any case), `timestamp` becomes a `Date`,
 *   `date` is validated and kept as a `"YYYY-MM-DD"` string (a calendar day has no instant).
 * - `required`: the column must be present in the file (default true); an absent optional
 *   column is added with all values null.
 * - `nullable`: empty values are allowed (default true); an empty field is null.
 * - `zone`: IANA zone for timestamps written without an offset (default: the load option
 *   `zone`, itself `DEFAULT_ZONE`).
 * @example const price: ColumnSpec = { type: "integer", nullable: false };
 */
export interface ColumnSpec {
  type: ColumnKind;
  required?: boolean;
  nullable?: boolean;
  zone?: string;
}

/**
 * The declared columns of a table, by name; the name is only used in messages.
 * @example const schema: TableSchema = { name: "appeals", columns: { appeal_id: { type: "string" } } };
 */
export interface TableSchema {
  name?: string;
  columns: Record<string, ColumnSpec>;
}
