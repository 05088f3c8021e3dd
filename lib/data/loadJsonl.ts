import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { ColumnTable } from "arquero";
import type { TableSchema } from "./TableSchema.js";
import type { LoadOptions } from "./LoadOptions.js";
import { DataLoadError } from "./DataLoadError.js";
import { columnTable } from "./columnTable.js";
import { checkDataFile } from "./checkDataFile.js";
import { decodeUtf8Strictly } from "./decodeUtf8Strictly.js";
import { INVALID } from "./cellParser.js";
import { jsValueParser } from "./jsValueParser.js";
import { closestName } from "./closestName.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/**
 * Loads a JSON Lines file (one object per line, blank lines skipped) into an arquero table,
 * streaming it line by line. A key absent from a line is null; JSON values are checked against
 * the schema and strings follow the CSV rules; a file of blank lines is an empty table.
 * Throws {@link DataLoadError} naming the file, line and column of the first problem.
 * - `extraColumns`: "keep" (default, JSON values as-is), "drop" or "error" for undeclared keys.
 * - `zone`: zone for naive timestamps (default `DEFAULT_ZONE`).
 * @example const events = await loadJsonl("data/events.jsonl", { columns: { ts: { type: "timestamp" } } });
 */
export async function loadJsonl(
  path: string,
  schema: TableSchema,
  options: LoadOptions = {},
): Promise<ColumnTable> {
  await checkDataFile(path, "one JSON object per line");
  const { extraColumns = "keep", zone = DEFAULT_ZONE } = options;
  const declared = Object.entries(schema.columns);
  const isDeclared = new Set(declared.map(([name]) => name));
  const parsers = declared.map(([name, spec]) => {
    const parse = jsValueParser(spec, zone);
    if (!parse)
      throw new DataLoadError(msg.invalidZone(path, name, spec.zone ?? zone), {
        file: path,
        column: name,
      });
    return parse;
  });
  const values: unknown[][] = declared.map(() => []);
  const keyOrder = new Set<string>();
  const extras = new Map<string, unknown[]>();
  let rows = 0;
  let line = 0;
  const input = Readable.from(decodeUtf8Strictly(path)(createReadStream(path)));
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const rawLine of lines) {
      line++;
      const text = line === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
      if (text.trim() === "") continue;
      let object: Record<string, unknown>;
      try {
        object = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        throw new DataLoadError(
          msg.invalidJson({ file: path, line }, (error as Error).message),
          { file: path, line, value: text },
          { cause: error },
        );
      }
      if (typeof object !== "object" || object === null || Array.isArray(object)) {
        throw new DataLoadError(msg.notAnObject({ file: path, line }, object), {
          file: path,
          line,
          value: object,
        });
      }
      for (const key of Object.keys(object)) {
        if (keyOrder.has(key)) continue;
        keyOrder.add(key);
        if (isDeclared.has(key)) continue;
        if (extraColumns === "error")
          throw new DataLoadError(msg.extraColumn({ file: path, line, column: key }), {
            file: path,
            line,
            column: key,
          });
        if (extraColumns === "keep") extras.set(key, new Array(rows).fill(null));
      }
      for (let k = 0; k < declared.length; k++) {
        const [name, spec] = declared[k];
        const raw = Object.hasOwn(object, name) ? object[name] : undefined;
        const value = raw === undefined || raw === null || raw === "" ? null : parsers[k](raw);
        if (value === INVALID || (value === null && spec.nullable === false)) {
          const at = { file: path, line, row: rows + 1, column: name, value: raw };
          if (value === INVALID) throw new DataLoadError(msg.invalidValue(at, spec.type, raw), at);
          const hint =
            raw === undefined
              ? closestName(
                  name,
                  Object.keys(object).filter((key) => !isDeclared.has(key)),
                )
              : undefined;
          throw new DataLoadError(msg.nullNotAllowed(at, raw === undefined, hint), at);
        }
        values[k].push(value);
      }
      // hasOwn: a key absent from this line must not read Object.prototype (constructor, toString).
      for (const [key, column] of extras)
        column.push(Object.hasOwn(object, key) ? (object[key] ?? null) : null);
      rows++;
    }
  } finally {
    lines.close();
    input.destroy();
  }
  const missing = declared.filter(([name, spec]) => spec.required !== false && !keyOrder.has(name));
  if (rows > 0 && missing.length > 0) {
    const undeclared = [...keyOrder].filter((key) => !isDeclared.has(key));
    const hints = new Map<string, string>();
    for (const [name] of missing) {
      const hint = closestName(name, undeclared, {
        maxDistance: Math.max(2, Math.floor(name.length / 3)),
      });
      if (hint !== undefined) hints.set(name, hint);
    }
    const names = missing.map(([name]) => name);
    throw new DataLoadError(msg.missingColumns(path, names, [...keyOrder], hints), {
      file: path,
      column: names[0],
    });
  }
  const byName = new Map<string, unknown[]>([
    ...declared.map(([name], k) => [name, values[k]] as [string, unknown[]]),
    ...extras,
  ]);
  const order = [...keyOrder].filter((key) => byName.has(key));
  for (const [name] of declared) if (!keyOrder.has(name)) order.push(name);
  return columnTable(
    order.map((name) => [name, byName.get(name)!]),
    path,
  );
}
