import { open } from "node:fs/promises";
import type { TableSchema } from "../data/TableSchema.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Schema drift: the CSV header against the declared schema. A missing column fails (loading would
 * fail too); an undeclared column warns (a new field upstream, maybe renamed).
 * @example await schemaDriftCheck("data/flags.csv", sampleSchemas.flags)
 */
export async function schemaDriftCheck(
  path: string,
  schema: TableSchema,
): Promise<DataCheckResult> {
  const file = await open(path, "r");
  let header = "";
  try {
    const buffer = new Uint8Array(4096);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    header = stripByteOrderMark(
      new TextDecoder().decode(buffer.subarray(0, bytesRead)).split(/\r?\n/)[0],
    );
  } finally {
    await file.close();
  }
  const columns = header.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
  const declared = Object.keys(schema.columns);
  const missing = declared.filter((c) => !columns.includes(c));
  const extra = columns.filter((c) => !declared.includes(c));
  const status = missing.length ? "fail" : extra.length ? "warn" : "pass";
  return {
    check: "schema_drift",
    table: schema.name ?? path,
    status,
    value: missing.length + extra.length,
    expected: `columns ${declared.join(", ")}`,
    message: missing.length
      ? `missing ${missing.join(", ")}${extra.length ? `, undeclared ${extra.join(", ")}` : ""}; a column was renamed or dropped upstream — update the export or the schema`
      : extra.length
        ? `undeclared columns ${extra.join(", ")}; declare them in the schema or drop them`
        : "header matches the schema",
    examples: [...missing, ...extra].slice(0, 5),
  };
}
