import { basename, dirname, isAbsolute, resolve } from "node:path";
import { parseDocument } from "yaml";
import { closestName } from "../data/closestName.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import { isEngineName } from "../engine/EngineName.js";
import type {
  ClickHouseServerDefinition,
  DatasetDefinition,
  TableSource,
} from "./DatasetDefinition.js";
import { DatasetError } from "./DatasetError.js";
import { decoderLabel } from "./decoderLabel.js";
import { kitColumns, kitTableNames, type KitTableName } from "./kitTables.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

const TOP_KEYS = [
  "zone",
  "engine",
  "name",
  "tables",
  "lists",
  "rules",
  "kpis",
  "incidents",
  "candidates",
  "clickhouse",
];
const CLICKHOUSE_KEYS = ["url", "database", "user_env", "password_env"];
const TABLE_KEYS = ["path", "sql", "columns", "encoding", "format", "delimiter", "numbers"];
const FORMATS = ["csv", "tsv", "parquet", "jsonl"] as const;
const NUMBER_STYLES = ["plain", "lenient"] as const;

/** Options for {@link parseDatasetDefinition}. */
export interface ParseDatasetDefinitionOptions {
  /** The file the text came from, for messages and relative paths. Default "tns.yaml" in the cwd. */
  file?: string;
}

/**
 * Parses and validates a dataset definition (`tns.yaml`): unknown keys, tables and kit columns get
 * a "did you mean", zones and encodings are checked, and relative paths are resolved against the
 * file's folder. Throws {@link DatasetError}.
 * @example const def = parseDatasetDefinition("tables:\n  listings: { path: items.csv }", { file: "x/tns.yaml" });
 */
export function parseDatasetDefinition(
  text: string,
  options: ParseDatasetDefinitionOptions = {},
): DatasetDefinition {
  const file = options.file ?? "tns.yaml";
  const dir = dirname(resolve(file));
  const doc = parseDocument(stripByteOrderMark(text), { uniqueKeys: true });
  if (doc.errors.length) {
    const error = doc.errors[0];
    throw new DatasetError(
      msg.yamlSyntax(file, error.linePos?.[0]?.line, error.message.split("\n")[0]),
    );
  }
  const raw: unknown = doc.toJS();
  const top = mapping(file, "the file", raw ?? {});
  checkKeys(file, "the file", top, TOP_KEYS);
  const zone = optionalString(file, "zone", top.zone) ?? DEFAULT_ZONE;
  if (!validZone(zone)) throw new DatasetError(msg.badZone(file, zone));
  const engine = optionalString(file, "engine", top.engine) ?? "duckdb";
  if (!isEngineName(engine)) throw new DatasetError(msg.badEngine(file, engine));
  const clickhouse = top.clickhouse === undefined ? undefined : serverBlock(file, top.clickhouse);
  if (engine === "clickhouse" && !clickhouse) throw new DatasetError(msg.noServer(file));
  const at = (path: string | undefined) =>
    path === undefined ? undefined : isAbsolute(path) ? path : resolve(dir, path);
  const tablesRaw = mapping(file, "tables", top.tables ?? {});
  const tables: Partial<Record<KitTableName, TableSource>> = {};
  for (const [name, value] of Object.entries(tablesRaw)) {
    if (!(kitTableNames as string[]).includes(name))
      throw new DatasetError(
        msg.unknownTable(
          file,
          name,
          kitTableNames,
          closestName(name, kitTableNames, { maxDistance: 3 }),
        ),
      );
    tables[name as KitTableName] = tableSource(file, name as KitTableName, value, dir);
  }
  if (Object.keys(tables).length === 0) throw new DatasetError(msg.noTables(file));
  return {
    file,
    dir,
    zone,
    engine,
    ...(clickhouse ? { clickhouse } : {}),
    tables,
    lists: at(optionalString(file, "lists", top.lists)),
    rules: at(optionalString(file, "rules", top.rules)),
    kpis: at(optionalString(file, "kpis", top.kpis)),
    incidents: at(optionalString(file, "incidents", top.incidents)),
    candidates: at(optionalString(file, "candidates", top.candidates)),
    name: optionalString(file, "name", top.name) ?? basename(dir),
  };
}

function tableSource(file: string, name: KitTableName, value: unknown, dir: string): TableSource {
  const where = `tables.${name}`;
  const spec = typeof value === "string" ? { path: value } : mapping(file, where, value ?? {});
  checkKeys(file, where, spec, TABLE_KEYS);
  const path = optionalString(file, `${where}.path`, spec.path);
  const sql = optionalString(file, `${where}.sql`, spec.sql);
  if ((path === undefined) === (sql === undefined))
    throw new DatasetError(msg.pathOrSql(file, name));
  const columnsRaw = mapping(file, `${where}.columns`, spec.columns ?? {});
  const known = Object.keys(kitColumns(name));
  const columns: Record<string, string> = {};
  for (const [kit, source] of Object.entries(columnsRaw)) {
    if (name !== "events" && !known.includes(kit))
      throw new DatasetError(
        msg.unknownKitColumn(file, name, kit, known, closestName(kit, known, { maxDistance: 3 })),
      );
    columns[kit] = optionalString(file, `${where}.columns.${kit}`, source)!;
  }
  const encoding = (
    optionalString(file, `${where}.encoding`, spec.encoding) ?? "utf-8"
  ).toLowerCase();
  if (!validEncoding(encoding)) throw new DatasetError(msg.badEncoding(file, name, encoding));
  const format = optionalString(file, `${where}.format`, spec.format);
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format))
    throw new DatasetError(msg.badChoice(file, `${where}.format`, format, FORMATS));
  const numbers = optionalString(file, `${where}.numbers`, spec.numbers) ?? "plain";
  if (!(NUMBER_STYLES as readonly string[]).includes(numbers))
    throw new DatasetError(msg.badChoice(file, `${where}.numbers`, numbers, NUMBER_STYLES));
  return {
    path: path === undefined ? undefined : isAbsolute(path) ? path : resolve(dir, path),
    sql,
    columns,
    encoding: encoding === "utf8" ? "utf-8" : encoding,
    format: format as TableSource["format"],
    delimiter: optionalString(file, `${where}.delimiter`, spec.delimiter),
    numbers: numbers as TableSource["numbers"],
  };
}

function serverBlock(file: string, value: unknown): ClickHouseServerDefinition {
  const block = mapping(file, "clickhouse", value);
  checkKeys(file, "clickhouse", block, CLICKHOUSE_KEYS);
  const url = optionalString(file, "clickhouse.url", block.url);
  if (url === undefined || !/^https?:\/\//.test(url))
    throw new DatasetError(msg.badServerUrl(file, url));
  return {
    url,
    database: optionalString(file, "clickhouse.database", block.database) ?? "default",
    userVariable: optionalString(file, "clickhouse.user_env", block.user_env),
    passwordVariable: optionalString(file, "clickhouse.password_env", block.password_env),
  };
}

function mapping(file: string, where: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new DatasetError(msg.notAMapping(file, where));
  return value as Record<string, unknown>;
}

function checkKeys(file: string, where: string, value: Record<string, unknown>, known: string[]) {
  for (const key of Object.keys(value))
    if (!known.includes(key))
      throw new DatasetError(
        msg.unknownKey(file, where, key, known, closestName(key, known, { maxDistance: 3 })),
      );
}

function optionalString(file: string, where: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value === "")
    throw new DatasetError(msg.badString(file, where, value));
  return value;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validEncoding(encoding: string): boolean {
  try {
    new TextDecoder(decoderLabel(encoding));
    return true;
  } catch {
    return false;
  }
}
