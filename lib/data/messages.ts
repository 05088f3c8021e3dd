// Every user-facing message of the data module, in one template: where, what is invalid, the fix.
import type { ColumnKind } from "./TableSchema.js";
import type { DataLoadErrorDetails } from "./DataLoadError.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** Quotes a value for a message, cut to 80 characters so a long description stays readable. */
export function quote(value: unknown): string {
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "bigint") text = `${value}n`;
  else text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * A column name as a message shows it: as written, or quoted with escapes and cut to 80 characters
 * when it is long or holds a line break or control character (a header is data from the file).
 */
export function columnName(name: string): string {
  return name.length > 80 || hasControl(name) ? quote(name) : name;
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Column names for a message: each as {@link columnName}, the first 30, then how many in all. */
export function columnList(names: readonly string[]): string {
  const shown = names.slice(0, 30).map(columnName).join(", ");
  return names.length > 30 ? `${shown} … (${names.length} columns)` : shown;
}

/** `file, line N, column C` (or `row N` for Parquet), the prefix of every located message. */
export function where({ file, line, row, column }: DataLoadErrorDetails): string {
  let text = file;
  if (line !== undefined) text += `, line ${line}`;
  else if (row !== undefined) text += `, row ${row}`;
  if (column !== undefined) text += `, column ${columnName(column)}`;
  return text;
}

const valueFixes: Record<ColumnKind, string> = {
  string: "is not text; write a plain string",
  number: "is not a number; write plain digits like 12000 or -0.5 (no separators or units)",
  integer: "is not an integer; write whole numbers like 12000 (no decimals, separators or units)",
  boolean: "is not a boolean; write true or false (1/0 and yes/no also work)",
  timestamp:
    "is not a timestamp; write ISO 8601 like 2026-08-03T14:05:09+09:00 (a time without an offset is read in the column's zone)",
  date: "is not a date; write YYYY-MM-DD like 2026-08-03",
};

export const invalidValue = (at: DataLoadErrorDetails, kind: ColumnKind, value: unknown) =>
  `${where(at)}: ${quote(value)} ${valueFixes[kind]}`;

export const nullNotAllowed = (at: DataLoadErrorDetails, absentKey = false, suggestion?: string) =>
  `${where(at)}: ${absentKey ? "the key is missing" : "the value is empty"}${suggestion ? ` (did you mean ${quote(suggestion)}?)` : ""}, but the column does not allow nulls; fill in a value, or declare the column nullable: true in the schema`;

export const fileNotFound = (path: string) =>
  `file not found: ${path}; run \`npm run generate-data\` or check --data-dir`;

export const notAFile = (path: string) =>
  `${path}: is a directory, not a file; pass the path of a data file`;

export const fileEmpty = (path: string, expected: string) =>
  `${path}: the file is empty (0 bytes); expected ${expected}, check the generator or the export that wrote it`;

export const noHeader = (path: string) =>
  `${path}: no header row (the file holds only blank lines); write the column names on the first line, e.g. listing_id,seller_id,price_krw`;

export const missingColumns = (
  file: string,
  missing: string[],
  present: string[],
  hints: Map<string, string>,
) =>
  `${file}: missing required column${missing.length > 1 ? "s" : ""} ${missing
    .map((name) => (hints.has(name) ? `${name} (did you mean ${quote(hints.get(name))}?)` : name))
    .join(
      ", ",
    )}; the file has ${present.length ? columnList(present) : "no columns"}; rename or add the column, or declare it required: false in the schema`;

export const duplicateColumn = (file: string, name: string, first: number, second: number) =>
  `${file}, line 1: column ${quote(name)} appears twice in the header (fields ${first} and ${second}); rename one of them`;

export const extraColumn = (at: DataLoadErrorDetails) =>
  `${where(at)}: the column is not in the schema; remove it, declare it in the schema, or pass extraColumns: "keep" (or "drop")`;

export const raggedRow = (at: DataLoadErrorDetails, count: number, expected: number) =>
  `${where(at)}: the row has ${count} field${count === 1 ? "" : "s"}, the header has ${expected}; check quoting (a field holding a comma, quote or line break must be in double quotes)`;

export const invalidClosingQuote = (at: DataLoadErrorDetails, got: string) =>
  `${where(at)}: a closing quote is followed by ${quote(got)} instead of a comma or line end; inside a quoted field write a quote as two quotes ("")`;

export const invalidOpeningQuote = (at: DataLoadErrorDetails) =>
  `${where(at)}: a quote appears inside an unquoted field; put the whole field in double quotes and double the quotes inside it ("a ""b"" c")`;

export const quoteNotClosed = (file: string, line: number, endLine: number) =>
  `${file}, line ${line}: a quoted field is never closed (it runs to the end of the file at line ${endLine}); add the closing quote, and write quotes inside a field as ""`;

export const csvSyntax = (file: string, line: number | undefined, detail: string) =>
  `${file}${line === undefined ? "" : `, line ${line}`}: the CSV cannot be parsed (${detail}); check quoting and delimiters (RFC 4180, comma-separated, UTF-8)`;

export const invalidJson = (at: DataLoadErrorDetails, detail: string) =>
  `${where(at)}: the line is not valid JSON (${detail}); write one JSON object per line, like {"listing_id": "L0000001"}`;

export const notAnObject = (at: DataLoadErrorDetails, value: unknown) =>
  `${where(at)}: the line is ${Array.isArray(value) ? "an array" : quote(value)}, not a JSON object; write one object per line, like {"listing_id": "L0000001"}`;

export const invalidZone = (file: string, column: string, zone: string) =>
  `${file}, column ${columnName(column)}: ${quote(zone)} is not a valid IANA time zone; use a name like ${DEFAULT_ZONE}, UTC or America/New_York`;

export const unsupportedExtension = (path: string) =>
  `${path}: unsupported file type; use .csv, .jsonl (or .ndjson) or .parquet, or call loadCsv/loadJsonl/loadParquet directly`;

export const parquetUnreadable = (path: string, detail: string) =>
  `${path}: not a readable Parquet file (${detail}); re-export it with COPY ... TO '${path}' (FORMAT parquet) or check the extension`;

export const unknownTable = (name: string, known: string[]) =>
  `tables: ${quote(name)} is not a sample table; choose from ${known.join(", ")}`;

export const invalidUtf8 = (file: string, line: number) =>
  `${file}, line ${line}: not valid UTF-8; the file is in another encoding — save it as UTF-8, or read it with its encoding (--encoding cp949 for Korean Excel's default, or \`encoding: cp949\` for the table in tns.yaml)`;
