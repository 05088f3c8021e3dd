import type { DuckDBConnection } from "@duckdb/node-api";
import { literal } from "./sqlText.js";

/** The files a `sql:` table source names, as far as its text says. */
export interface SqlFileReferences {
  /** Paths and globs, as written (relative ones resolve against the definition's folder). */
  patterns: string[];
  /**
   * Whether every source the query reads is one of `patterns`: false when it does not parse, or a
   * reader takes a computed path or a URL, or a table function scans what no literal names.
   */
  complete: boolean;
}

// Table functions that read files: DuckDB's readers (read_csv, read_parquet, read_json…, and
// extensions' read_xlsx…), parquet_scan and sniff_csv. Other *_scan functions (delta_scan,
// iceberg_scan) read a folder's files through metadata a literal does not list.
const reader = /^(read_\w+|parquet_scan|sniff_csv)$/i;
const otherScan = /_scan$/i;
// A table name DuckDB answers with a replacement scan of a file: `FROM 'items.csv'`.
const fileName = /[/\\]|\.(csv|tsv|txt|parquet|json|jsonl|ndjson)(\.(gz|zst))?$/i;

interface AstNode {
  type?: string;
  class?: string;
  function_name?: string;
  function?: AstNode;
  children?: AstNode[];
  table_name?: string;
  schema_name?: string;
  value?: { type?: { id?: string }; value?: unknown };
}

/**
 * The files a query names: the literal paths its reader functions (`read_parquet('scores/*.parquet')`,
 * `read_csv(['a.csv', 'b.csv'], …)`) and file-named tables (`FROM 'items.csv'`) take, found in
 * DuckDB's own parse tree (`json_serialize_sql`), not by matching text.
 * @example await sqlFileReferences(connection, "SELECT * FROM read_parquet('s/*.parquet')") // { patterns: ["s/*.parquet"], complete: true }
 */
export async function sqlFileReferences(
  connection: DuckDBConnection,
  sql: string,
): Promise<SqlFileReferences> {
  const reply = await connection.runAndReadAll(`SELECT json_serialize_sql(${literal(sql)})`);
  const tree = JSON.parse(String(reply.getColumnsJS()[0][0])) as { error?: boolean };
  if (tree.error) return { patterns: [], complete: false };
  const patterns: string[] = [];
  let complete = true;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as AstNode;
    if (n.type === "TABLE_FUNCTION" && n.function?.function_name) {
      const name = n.function.function_name;
      if (reader.test(name)) {
        const named = literalPaths(n.function.children?.[0]);
        if (named && named.every((p) => !p.includes("://"))) patterns.push(...named);
        else complete = false;
      } else if (otherScan.test(name)) complete = false;
    } else if (n.type === "BASE_TABLE" && !n.schema_name && fileName.test(n.table_name ?? "")) {
      if (n.table_name!.includes("://")) complete = false;
      else patterns.push(n.table_name!);
    }
    Object.values(n).forEach(visit);
  };
  visit(tree);
  return { patterns: [...new Set(patterns)], complete };
}

// A reader's first argument as paths: one string literal or a list of them; undefined otherwise
// (a computed path, a named parameter in first place).
function literalPaths(argument: AstNode | undefined): string[] | undefined {
  if (!argument) return undefined;
  if (argument.class === "CONSTANT" && argument.value?.type?.id === "VARCHAR")
    return [String(argument.value.value)];
  if (argument.class === "FUNCTION" && argument.function_name === "list_value") {
    const items = (argument.children ?? []).map(literalPaths);
    return items.every((item) => item?.length === 1) ? items.map((item) => item![0]) : undefined;
  }
  return undefined;
}
