// Every user-facing message of the dataset module, in one template: where, what is invalid, the fix.
import { quote } from "../data/messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

const hint = (suggestion: string | undefined) =>
  suggestion ? ` (did you mean ${quote(suggestion)}?)` : "";

export const definitionUnreadable = (file: string, detail: string) =>
  `${file}: cannot read the dataset definition (${detail}); check the path, or run \`tns init <folder>\` to write one`;

export const yamlSyntax = (file: string, line: number | undefined, detail: string) =>
  `${file}${line ? `, line ${line}` : ""}: not valid YAML (${detail}); fix the indentation or quoting`;

export const notAMapping = (file: string, where: string) =>
  `${file}: ${where} must be a mapping of keys to values; write it like \`tables: { listings: { path: listings.csv } }\``;

export const unknownKey = (
  file: string,
  where: string,
  key: string,
  known: readonly string[],
  suggestion?: string,
) =>
  `${file}: unknown key ${quote(key)} in ${where}${hint(suggestion)}; the keys are ${known.join(", ")}`;

export const unknownTable = (
  file: string,
  name: string,
  known: readonly string[],
  suggestion?: string,
) =>
  `${file}: ${quote(name)} is not a kit table${hint(suggestion)}; the tables are ${known.join(", ")}`;

export const unknownKitColumn = (
  file: string,
  table: string,
  column: string,
  known: readonly string[],
  suggestion?: string,
) =>
  `${file}: tables.${table}.columns: ${quote(column)} is not a column of the kit's ${table} table${hint(suggestion)}; map one of ${known.join(", ")} (write kit column: your column)`;

export const noTables = (file: string) =>
  `${file}: no tables; add at least \`tables: { listings: { path: <your listings file> } }\``;

export const pathOrSql = (file: string, table: string) =>
  `${file}: tables.${table} needs exactly one of path (a file or glob) or sql (a query); write e.g. \`path: ${table}.csv\``;

export const badString = (file: string, where: string, value: unknown) =>
  `${file}: ${where} must be text, not ${quote(value)}`;

export const badZone = (file: string, zone: string) =>
  `${file}: zone ${quote(zone)} is not a valid IANA time zone; use a name like ${DEFAULT_ZONE}, UTC or America/New_York`;

export const badEngine = (file: string, engine: string) =>
  `${file}: engine ${quote(engine)} is not known; use duckdb (the embedded default), chdb (ClickHouse embedded), clickhouse (a server, with a clickhouse: block) or in-process`;

export const noServer = (file: string) =>
  `${file}: engine clickhouse needs a clickhouse: block; add clickhouse: { url: http://host:8123, database: <db>, user_env: <VARIABLE>, password_env: <VARIABLE> }`;

export const badServerUrl = (file: string, url: string | undefined) =>
  `${file}: clickhouse.url ${url === undefined ? "is missing" : `${quote(url)} is not an http(s) url`}; write e.g. url: https://clickhouse.internal:8443`;

export const badEncoding = (file: string, table: string, encoding: string) =>
  `${file}: tables.${table}.encoding ${quote(encoding)} is not a known text encoding; use utf-8, cp949 (Korean Excel), euc-kr, utf-16 or latin-1`;

export const badChoice = (
  file: string,
  where: string,
  value: unknown,
  choices: readonly string[],
) => `${file}: ${where} is ${quote(value)}; use one of ${choices.join(", ")}`;

export const noFiles = (definition: string, table: string, pattern: string) =>
  `${definition}: tables.${table}.path ${quote(pattern)} matches no file; check the name (paths are relative to the definition's folder) or remove the table`;

export const unsupportedSource = (definition: string, table: string, path: string) =>
  `${definition}: tables.${table}: ${quote(path)} has an unsupported extension; use .csv, .tsv, .csv.gz, .parquet or .jsonl, or set format: csv | tsv | parquet | jsonl`;

export const sourceUnreadable = (definition: string, table: string, detail: string) =>
  `${definition}: tables.${table} cannot be read (${detail}); check the file, its format and encoding`;

export const invalidEncoding = (file: string, line: number, encoding: string) =>
  `${file}, line ${line}: bytes that are not valid ${encoding}; if the file was saved by Korean Excel, set \`encoding: cp949\` for this table in tns.yaml (other encodings: euc-kr, utf-16, latin-1)`;

export const missingKitColumn = (
  definition: string,
  table: string,
  column: string,
  meaning: string,
  present: readonly string[],
  candidates: readonly string[],
) =>
  `${definition}: tables.${table} has no column for the kit's required ${quote(column)} (${meaning}); ${candidates.length ? `closest candidates: ${candidates.join(", ")}; ` : ""}map it with \`columns: { ${column}: <your column> }\` (the source has ${present.join(", ") || "no columns"})`;

export const missingSourceColumn = (
  definition: string,
  table: string,
  kit: string,
  column: string,
  present: readonly string[],
  suggestion?: string,
) =>
  `${definition}: tables.${table}.columns.${kit}: the source has no column ${quote(column)}${hint(suggestion)}; it has ${present.join(", ")}`;

export const badValue = (
  file: string,
  row: number,
  column: string,
  source: string,
  value: string,
  kind: string,
) =>
  `${file}, row ${row}, column ${source === column ? column : `${source} (${column})`}: ${quote(value)} is not ${kind === "timestamp" ? "a timestamp; write ISO 8601 like 2026-08-03T14:05:09+09:00" : kind === "boolean" ? "a boolean; write true/false, 1/0 or yes/no" : `a plain number; write digits like 1200000, or set \`numbers: lenient\` for the table to read separators and units (1,200,000 · 12만원 · ₩5,000)`}`;

export const tableAbsent = (table: string, what: string) =>
  `no ${table} table in the dataset: ${what}`;

export const queryFailed = (detail: string) =>
  `the query failed (${detail}); check table and column names against dataset.describe()`;

export const badInterpolation = (value: unknown) =>
  `sql: cannot interpolate ${quote(value)}; pass a string, number, boolean, Date, null or an array of those`;

export const notAFolder = (dir: string) =>
  `${dir}: not a folder; pass --data-dir <folder with listings.csv, reviews.csv …> or --dataset <tns.yaml>`;

export const emptyFolder = (dir: string, tables: readonly string[]) =>
  `${dir}: no kit table found (looked for ${tables.map((t) => (t === "events" ? "events.jsonl" : `${t}.csv`)).join(", ")}); name the files that way or describe them in a tns.yaml (\`tns init ${dir}\`)`;
