import type { CompiledNode, CompiledRuleSet, TextAtom } from "./CompiledRuleSet.js";
import { confusableMap, leetMap, spaceClass, zeroWidthClass } from "./normalizeText.js";

/** Options for {@link rulesToSql}. */
export interface RulesToSqlOptions {
  /** The relation to read: a table name or a table function call (default "listings"). */
  from?: string;
  /** "hits": one boolean column per rule and row; "counts": one row of hit counts (default "hits"). */
  select?: "hits" | "counts";
}

/** Name of the scalar function the SQL calls for the `nfkc` step; {@link evaluateRulesDuckDb} registers it. */
export const nfkcFunctionName = "tns_nfkc";

/**
 * Compiles a rule set to DuckDB SQL: one column per rule named by its id, `coalesce(…, false)` so
 * a null (unknown) condition is no hit, exactly as the in-process engine decides. Regexes are the
 * same RE2 sources the RE2.Set uses (DuckDB's regexes are RE2); normalisation uses translate()
 * and regexp_replace(), and NFKC the scalar function `tns_nfkc` (BigQuery and Trino have
 * NORMALIZE(x, NFKC)).
 * @example await connection.run(rulesToSql(compiled, { from: "read_csv('data/listings.csv')" }));
 */
export function rulesToSql(compiled: CompiledRuleSet, options: RulesToSqlOptions = {}): string {
  const { from = "listings", select = "hits" } = options;
  const columns = compiled.rules.map((rule) => {
    const condition = nodeSql(rule.node, compiled.atoms);
    return select === "counts"
      ? `count_if(coalesce(${condition}, false)) AS ${ident(rule.id)}`
      : `coalesce(${condition}, false) AS ${ident(rule.id)}`;
  });
  if (columns.length === 0)
    columns.push(select === "counts" ? "count(*) AS rows" : "NULL AS no_rules");
  return `SELECT\n  ${columns.join(",\n  ")}\nFROM ${from}`;
}

function nodeSql(node: CompiledNode, atoms: readonly TextAtom[]): string {
  switch (node.kind) {
    case "and":
    case "or":
      return `(${nodeSql(node.left, atoms)} ${node.kind.toUpperCase()} ${nodeSql(node.right, atoms)})`;
    case "not":
      return `(NOT ${nodeSql(node.operand, atoms)})`;
    case "text": {
      const atom = atoms[node.atom];
      const match = `regexp_matches(${normalizedSql(ident(atom.field), atom)}, ${literal(re2Source(atom.source))})`;
      return node.negated ? `(NOT ${match})` : match;
    }
    case "isNull":
      return `(${ident(node.field)} IS ${node.negated ? "NOT " : ""}NULL)`;
    case "compare":
      return `(${valueSql(node.field, node.type)} ${node.op === "!=" ? "<>" : node.op} ${literal(node.value)})`;
    case "in": {
      const value = valueSql(node.field, node.type);
      // An empty list (an empty named list) is not SQL: "x IN ()" does not parse. Membership in it
      // is false, and unknown for a null, as the in-process engine decides.
      const test = node.values.length
        ? `${value} IN (${node.values.map(literal).join(", ")})`
        : `CASE WHEN ${value} IS NULL THEN NULL ELSE false END`;
      return node.negated ? `(NOT (${test}))` : `(${test})`;
    }
  }
}

function valueSql(field: string, type: string): string {
  // Timestamps compare as epoch milliseconds, the precision of a JS Date.
  return type === "timestamp" ? `epoch_ms(${ident(field)})` : ident(field);
}

function normalizedSql(column: string, atom: TextAtom): string {
  let sql = column;
  const has = (step: string) => atom.steps.includes(step as TextAtom["steps"][number]);
  if (has("nfkc")) sql = `${nfkcFunctionName}(${sql})`;
  if (has("zero_width"))
    sql = `regexp_replace(${sql}, ${literal(`[${re2Class(zeroWidthClass)}]`)}, '', 'g')`;
  if (has("confusables")) sql = translateSql(sql, confusableMap);
  if (has("leet")) sql = translateSql(sql, leetMap);
  if (has("spaces"))
    sql = `regexp_replace(${sql}, ${literal(`[${re2Class(spaceClass)}]`)}, '', 'g')`;
  return sql;
}

function translateSql(sql: string, map: Readonly<Record<string, string>>): string {
  return `translate(${sql}, ${literal(Object.keys(map).join(""))}, ${literal(Object.values(map).join(""))})`;
}

// JS \uXXXX escapes → RE2 \x{XXXX}.
function re2Class(jsClass: string): string {
  return jsClass.replace(/\\u([0-9A-Fa-f]{4})/g, "\\x{$1}");
}

// DuckDB's SQL parser ends a string literal at a NUL; RE2 reads \x00 as the NUL the in-process
// engine matches. An escaped NUL (a backslash before it) is the same NUL. A scan, not a regex:
// the source is untrusted and a run of backslashes would make a regex quadratic.
function re2Source(source: string): string {
  if (!source.includes("\0")) return source;
  let out = "";
  let slashes = 0;
  for (const char of source) {
    if (char === "\0") {
      out = (slashes % 2 === 1 ? out.slice(0, -1) : out) + "\\x00";
      slashes = 0;
      continue;
    }
    slashes = char === "\\" ? slashes + 1 : 0;
    out += char;
  }
  return out;
}

function literal(value: string | number | boolean): string {
  if (typeof value === "string") {
    const parts = value.split("\0").map((part) => `'${part.replaceAll("'", "''")}'`);
    // chr(0) for a NUL, which cannot appear inside an SQL string literal.
    return parts.length === 1 ? parts[0] : `(${parts.join(" || chr(0) || ")})`;
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  return Number.isFinite(value) ? String(value) : "NULL";
}

/** Quotes an SQL identifier. */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
