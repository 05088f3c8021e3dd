import { extname } from "node:path";
import {
  DuckDBInstance,
  DuckDBScalarFunction,
  VARCHAR,
  type DuckDBConnection,
  DuckDBTimestampTZValue,
} from "@duckdb/node-api";
import { toTable, type TableInput } from "../table/toTable.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleHits } from "./RuleHits.js";
import { RuleError } from "./RuleError.js";
import { ruleFieldSchema, type RuleFieldKind, type RuleFieldSchema } from "./ruleFieldSchema.js";
import { nfkcFunctionName, rulesToSql } from "./rulesToSql.js";
import * as msg from "./messages.js";

/** A data file for DuckDB to read itself, with the kinds of the fields the rules use. */
export interface DuckDbFileSource {
  file: string;
  schema: RuleFieldSchema;
}

const SQL_TYPES: Record<RuleFieldKind, string> = {
  string: "VARCHAR",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMPTZ",
};

/**
 * Evaluates a compiled rule set in DuckDB with the SQL of {@link rulesToSql} — on a .csv, .jsonl or
 * .parquet file DuckDB reads itself (the rule fields cast to their kinds), or on an in-memory
 * table appended to a temporary table — and returns the same {@link RuleHits} as the in-process
 * engine. Throws {@link RuleError} when DuckDB rejects the query.
 * @example const hits = await evaluateRulesDuckDb(compiled, { file: "data/listings.csv", schema });
 */
export async function evaluateRulesDuckDb(
  compiled: CompiledRuleSet,
  source: DuckDbFileSource | TableInput,
): Promise<RuleHits> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    if (compiled.channels.some((c) => c.steps.includes("nfkc"))) registerNfkc(connection);
    const from = isFileSource(source)
      ? fileRelation(source, compiled.fields)
      : await appendTable(connection, toTable(source), compiled.fields);
    let columns: unknown[][];
    try {
      columns = (await connection.runAndReadAll(rulesToSql(compiled, { from }))).getColumnsJS();
    } catch (error) {
      throw new RuleError(msg.duckDbFailed((error as Error).message.split("\n")[0]));
    }
    const rowCount = columns[0]?.length ?? 0;
    const bits = compiled.rules.map((_, r) => {
      const words = new Uint32Array(Math.ceil(rowCount / 32));
      columns[r].forEach((hit, i) => {
        if (hit === true) words[i >>> 5] |= 1 << (i & 31);
      });
      return words;
    });
    return { ruleIds: compiled.rules.map((r) => r.id), rowCount, bits, warnings: [] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function isFileSource(source: unknown): source is DuckDbFileSource {
  return typeof source === "object" && source !== null && "file" in source && "schema" in source;
}

function fileRelation({ file, schema }: DuckDbFileSource, fields: readonly string[]): string {
  const path = `'${file.replaceAll("'", "''")}'`;
  const ext = extname(file).toLowerCase();
  const reader =
    ext === ".parquet"
      ? `read_parquet(${path})`
      : ext === ".jsonl" || ext === ".ndjson"
        ? `read_json(${path}, format = 'newline_delimited')`
        : `read_csv(${path}, header = true, all_varchar = true)`;
  const casts = fields.map((f) => {
    const q = `"${f.replaceAll('"', '""')}"`;
    return `CAST(${q} AS ${SQL_TYPES[schema[f] ?? "string"]}) AS ${q}`;
  });
  return `(SELECT ${casts.length ? casts.join(", ") : "1 AS one"} FROM ${reader})`;
}

async function appendTable(
  connection: DuckDBConnection,
  table: ReturnType<typeof toTable>,
  fields: readonly string[],
): Promise<string> {
  const kinds = ruleFieldSchema(table);
  const defs = fields.map((f) => `"${f.replaceAll('"', '""')}" ${SQL_TYPES[kinds[f]]}`);
  if (defs.length === 0) defs.push("tns_row DOUBLE");
  await connection.run(`CREATE TEMP TABLE rule_input (${defs.join(", ")})`);
  const appender = await connection.createAppender("rule_input");
  const columns = fields.map((f) => table.array(f) as ArrayLike<unknown>);
  for (let i = 0; i < table.numRows(); i++) {
    fields.forEach((f, k) => append(appender, columns[k][i], kinds[f]));
    if (fields.length === 0) appender.appendDouble(i);
    appender.endRow();
  }
  appender.closeSync();
  // DuckDB scans in insertion order, so result row i is table row i.
  return "rule_input";
}

function append(
  appender: Awaited<ReturnType<DuckDBConnection["createAppender"]>>,
  v: unknown,
  kind: RuleFieldKind,
): void {
  if (v === null || v === undefined) return appender.appendNull();
  if (kind === "timestamp")
    return appender.appendTimestampTZ(
      new DuckDBTimestampTZValue(BigInt((v as Date).getTime()) * 1000n),
    );
  if (kind === "number") return appender.appendDouble(Number(v));
  if (kind === "boolean") return appender.appendBoolean(Boolean(v));
  // DuckDB stores UTF-8: a lone surrogate becomes U+FFFD, as the in-process engine matches it.
  appender.appendVarchar(String(v).toWellFormed());
}

function registerNfkc(connection: DuckDBConnection): void {
  connection.registerScalarFunction(
    DuckDBScalarFunction.create({
      name: nfkcFunctionName,
      returnType: VARCHAR,
      parameterTypes: [VARCHAR],
      mainFunction: (_info, input, output) => {
        const values = input.getColumnVector(0);
        for (let i = 0; i < input.rowCount; i++) {
          const s = values.getItem(i);
          output.setItem(i, typeof s === "string" ? s.normalize("NFKC") : null);
        }
        output.flush();
      },
    }),
  );
}
