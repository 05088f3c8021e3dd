import type { CompiledNode, CompiledRuleSet, TextAtom } from "../rules/CompiledRuleSet.js";
import { confusableMap, leetMap, spaceClass, zeroWidthClass } from "../rules/normalizeText.js";
import type { SqlDialect } from "./SqlDialect.js";

/** A rule set's conditions in one engine's SQL, over the relation {@link ruleConditionsSql} names. */
export interface RuleConditionsSql {
  /** One condition per rule, in the rule set's order: true where the rule hits (never NULL). */
  conditions: string[];
  /**
   * The relation the conditions read: `from` itself, or `from` with one column per text channel
   * holding the indexes of its patterns that match (one pass per normalised field).
   */
  relation: string;
}

/**
 * Compiles a rule set's conditions to a dialect's SQL: `coalesce(…, false)` so an unknown (NULL)
 * condition is no hit, exactly as the in-process engine decides; regexes are the RE2 sources the
 * RE2.Set uses, normalisation the same steps in the same order. Where the engine matches several
 * patterns in one pass (ClickHouse's multiMatchAllIndices) each channel — one field under one
 * normalisation — is matched once per row.
 * @example const { conditions, relation } = ruleConditionsSql(compiled, clickHouseDialect, "listings");
 */
export function ruleConditionsSql(
  compiled: CompiledRuleSet,
  dialect: SqlDialect,
  from: string,
): RuleConditionsSql {
  const atomSql: string[] = [];
  const channelColumns: string[] = [];
  if (dialect.matchSet && dialect.matchedIndex) {
    compiled.channels.forEach((channel, c) => {
      const atoms = channel.atoms.filter(
        (a) => dialect.inMatchSet?.(compiled.atoms[a].source) ?? true,
      );
      if (atoms.length === 0) return;
      const name = `tns_channel_${c}`;
      const field = dialect.ident(channel.field);
      const text = normalizedSql(field, compiled.atoms[atoms[0]], dialect);
      const sources = atoms.map((a) => re2Source(compiled.atoms[a].source));
      channelColumns.push(`${dialect.matchSet!(text, sources)} AS ${name}`);
      atoms.forEach((a, k) => {
        atomSql[a] = `if(isNull(${field}), NULL, ${dialect.matchedIndex!(name, k + 1)})`;
      });
    });
  }
  compiled.atoms.forEach((atom, a) => {
    atomSql[a] ??= dialect.matches(
      normalizedSql(dialect.ident(atom.field), atom, dialect),
      re2Source(atom.source),
    );
  });
  const conditions = compiled.rules.map(
    (rule) => `coalesce(${nodeSql(rule.node, atomSql, dialect)}, false)`,
  );
  const relation = channelColumns.length
    ? `(SELECT *, ${channelColumns.join(", ")} FROM ${from})`
    : from;
  return { conditions, relation };
}

function nodeSql(node: CompiledNode, atoms: readonly string[], d: SqlDialect): string {
  switch (node.kind) {
    case "and":
    case "or":
      return `(${nodeSql(node.left, atoms, d)} ${node.kind.toUpperCase()} ${nodeSql(node.right, atoms, d)})`;
    case "not":
      return `(NOT ${nodeSql(node.operand, atoms, d)})`;
    case "text":
      return node.negated ? `(NOT ${atoms[node.atom]})` : atoms[node.atom];
    case "isNull":
      return `(${d.ident(node.field)} IS ${node.negated ? "NOT " : ""}NULL)`;
    case "compare":
      return `(${valueSql(node.field, node.type, d)} ${node.op === "!=" ? "<>" : node.op} ${d.literal(node.value)})`;
    case "in": {
      const value = valueSql(node.field, node.type, d);
      // An empty list (an empty named list) is not SQL: "x IN ()" does not parse. Membership in it
      // is false, and unknown for a null, as the in-process engine decides.
      const test = node.values.length
        ? `${value} IN (${node.values.map(d.literal).join(", ")})`
        : `CASE WHEN ${value} IS NULL THEN NULL ELSE false END`;
      return node.negated ? `(NOT (${test}))` : `(${test})`;
    }
  }
}

function valueSql(field: string, type: string, d: SqlDialect): string {
  // Timestamps compare as epoch milliseconds, the precision of a JS Date.
  return type === "timestamp" ? d.epochMs(d.ident(field)) : d.ident(field);
}

function normalizedSql(column: string, atom: TextAtom, d: SqlDialect): string {
  let sql = column;
  const has = (step: string) => atom.steps.includes(step as TextAtom["steps"][number]);
  if (has("nfkc")) sql = d.nfkc(sql);
  if (has("zero_width")) sql = d.removeClass(sql, re2Class(zeroWidthClass));
  if (has("confusables")) sql = translateSql(sql, confusableMap, d);
  if (has("leet")) sql = translateSql(sql, leetMap, d);
  if (has("spaces")) sql = d.removeClass(sql, re2Class(spaceClass));
  return sql;
}

function translateSql(sql: string, map: Readonly<Record<string, string>>, d: SqlDialect): string {
  return d.translate(sql, Object.keys(map).join(""), Object.values(map).join(""));
}

// JS \uXXXX escapes → RE2 \x{XXXX}.
function re2Class(jsClass: string): string {
  return jsClass.replace(/\\u([0-9A-Fa-f]{4})/g, "\\x{$1}");
}

// SQL parsers end a string literal at a NUL; RE2 reads \x00 as the NUL the in-process engine
// matches. An escaped NUL (a backslash before it) is the same NUL. A scan, not a regex: the source
// is untrusted and a run of backslashes would make a regex quadratic.
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
