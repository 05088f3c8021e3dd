// Seeded rows as a Parquet file, so both engines read the very same values (lone surrogates made
// well-formed, as DuckDB stores them).
import { DuckDBInstance, DuckDBTimestampTZValue } from "@duckdb/node-api";
import type { RuleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";

/** The rows as a Parquet file with the schema's kinds (strings made well-formed, as DuckDB stores them). */
export async function writeParquet(
  rows: readonly Record<string, unknown>[],
  schema: RuleFieldSchema,
  file: string,
): Promise<void> {
  const types = {
    string: "VARCHAR",
    number: "DOUBLE",
    boolean: "BOOLEAN",
    timestamp: "TIMESTAMPTZ",
  };
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const fields = Object.keys(schema);
  await connection.run(
    `CREATE TABLE t (${fields.map((f) => `"${f}" ${types[schema[f]]}`).join(", ")})`,
  );
  const appender = await connection.createAppender("t");
  for (const row of rows) {
    for (const f of fields) {
      const v = row[f];
      if (v === null || v === undefined) appender.appendNull();
      else if (schema[f] === "timestamp")
        appender.appendTimestampTZ(
          new DuckDBTimestampTZValue(BigInt((v as Date).getTime()) * 1000n),
        );
      else if (schema[f] === "number") appender.appendDouble(Number(v));
      else if (schema[f] === "boolean") appender.appendBoolean(Boolean(v));
      else appender.appendVarchar(String(v).toWellFormed());
    }
    appender.endRow();
  }
  appender.closeSync();
  await connection.run(`COPY t TO '${file}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}
