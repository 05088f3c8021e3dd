import type { NumberStyleName } from "./DatasetDefinition.js";
import type { KitColumn } from "./kitTables.js";
import { ident } from "./sqlText.js";

/**
 * Macros the kit's casts use: `tns_number(text)` reads `1,200,000`, `₩5,000`, `12만원`, `1.5억`
 * and `1억 2000만` as numbers (RE2 patterns, linear in the text), and `tns_boolean(text)` reads
 * true/false, t/f, 1/0, yes/no, y/n in any case; each raises an error on anything else, and the
 * `tns_try_*` forms give NULL instead.
 */
export const kitMacrosSql = `
CREATE OR REPLACE MACRO tns_number_text(s) AS regexp_replace(CAST(s AS VARCHAR), '[,\\s₩원]|KRW', '', 'g');
CREATE OR REPLACE MACRO tns_try_number_clean(t) AS CASE
  WHEN regexp_full_match(t, '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)') THEN TRY_CAST(t AS DOUBLE)
  WHEN t <> '' AND regexp_full_match(t, '([0-9]+\\.?[0-9]*억)?([0-9]+\\.?[0-9]*만)?([0-9]+)?') THEN
    coalesce(TRY_CAST(regexp_extract(t, '([0-9.]+)억', 1) AS DOUBLE), 0) * 100000000
    + coalesce(TRY_CAST(regexp_extract(t, '([0-9.]+)만', 1) AS DOUBLE), 0) * 10000
    + coalesce(TRY_CAST(regexp_extract(t, '(?:^|[억만])([0-9]+)$', 1) AS DOUBLE), 0)
  ELSE NULL END;
CREATE OR REPLACE MACRO tns_try_number(s) AS tns_try_number_clean(tns_number_text(s));
CREATE OR REPLACE MACRO tns_number(s) AS CASE
  WHEN s IS NULL THEN NULL
  ELSE coalesce(tns_try_number(s), CAST(error('tns: not a number: ' || CAST(s AS VARCHAR)) AS DOUBLE)) END;
CREATE OR REPLACE MACRO tns_try_boolean(s) AS CASE
  WHEN lower(trim(CAST(s AS VARCHAR))) IN ('true', 't', '1', 'yes', 'y') THEN true
  WHEN lower(trim(CAST(s AS VARCHAR))) IN ('false', 'f', '0', 'no', 'n') THEN false
  ELSE NULL END;
CREATE OR REPLACE MACRO tns_boolean(s) AS CASE
  WHEN s IS NULL OR trim(CAST(s AS VARCHAR)) = '' THEN NULL
  ELSE coalesce(tns_try_boolean(s), CAST(error('tns: not a boolean: ' || CAST(s AS VARCHAR)) AS BOOLEAN)) END;
`;

const TEXT_TYPES = /^(VARCHAR|JSON)/;

/**
 * The SQL expression that turns a source column of DuckDB type `rawType` into the kit column's
 * kind; `strict` false gives the TRY form (NULL where the value does not convert), used to find
 * the first bad value for a message.
 * @example kitColumnSql("price", "VARCHAR", { kind: "number", meaning: "" }, "lenient") // "tns_number(\"price\")"
 */
export function kitColumnSql(
  source: string,
  rawType: string,
  column: KitColumn,
  numbers: NumberStyleName,
  strict = true,
): string {
  const x = ident(source);
  const text = TEXT_TYPES.test(rawType);
  const cast = (type: string) => (strict ? `CAST(${x} AS ${type})` : `TRY_CAST(${x} AS ${type})`);
  switch (column.kind) {
    case "string":
      return `CAST(${x} AS VARCHAR)`;
    case "number":
      if (text && numbers === "lenient")
        return strict ? `tns_number(${x})` : `tns_try_number(${x})`;
      return cast("DOUBLE");
    case "integer":
      if (text && numbers === "lenient")
        return strict ? `CAST(tns_number(${x}) AS BIGINT)` : `CAST(tns_try_number(${x}) AS BIGINT)`;
      return cast("BIGINT");
    case "boolean":
      if (rawType === "BOOLEAN") return x;
      if (text) return strict ? `tns_boolean(${x})` : `tns_try_boolean(${x})`;
      return cast("BOOLEAN");
    case "timestamp":
      // A naive value (TIMESTAMP, DATE or text without an offset) is read in the session zone,
      // which the dataset sets to its own zone.
      return cast("TIMESTAMPTZ");
  }
}
