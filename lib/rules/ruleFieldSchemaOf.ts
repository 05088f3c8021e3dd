import type { RuleFieldKind, RuleFieldSchema } from "./ruleFieldSchema.js";

/**
 * The rule field kinds of engine columns from their DuckDB types: numeric types → number,
 * BOOLEAN → boolean, TIMESTAMP/DATE → timestamp, everything else → string.
 * @example ruleFieldSchemaOf([{ name: "price_krw", type: "DOUBLE" }]).price_krw // "number"
 */
export function ruleFieldSchemaOf(
  columns: readonly { name: string; type: string }[],
): RuleFieldSchema {
  const out: Record<string, RuleFieldKind> = {};
  for (const { name, type } of columns) out[name] = kindOf(type);
  return out;
}

function kindOf(type: string): RuleFieldKind {
  if (
    /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/.test(
      type,
    )
  )
    return "number";
  if (type === "BOOLEAN") return "boolean";
  if (/^(TIMESTAMP|DATE)/.test(type)) return "timestamp";
  return "string";
}
