import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parse, CsvError } from "csv-parse";
import type { ColumnTable } from "arquero";
import type { TableSchema } from "./TableSchema.js";
import type { LoadOptions } from "./LoadOptions.js";
import { DataLoadError } from "./DataLoadError.js";
import { columnTable } from "./columnTable.js";
import { checkDataFile } from "./checkDataFile.js";
import { decodeUtf8Strictly } from "./decodeUtf8Strictly.js";
import { cellParser, INVALID, type CellParser } from "./cellParser.js";
import { resolveColumns, type ColumnsPlan } from "./resolveColumns.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/**
 * Loads a UTF-8 CSV file (header row, RFC 4180 quoting) into an arquero table, streaming it and
 * converting each declared column as rows arrive; an empty field is null, blank lines are skipped
 * and a header-only file is an empty table. Throws {@link DataLoadError} naming the file, line
 * and column of the first problem.
 * - `extraColumns`: "keep" (default, as strings), "drop" or "error" for undeclared columns.
 * - `zone`: zone for naive timestamps (default `DEFAULT_ZONE`).
 * @example const listings = await loadCsv("data/listings.csv", sampleSchemas.listings);
 */
export async function loadCsv(
  path: string,
  schema: TableSchema,
  options: LoadOptions = {},
): Promise<ColumnTable> {
  await checkDataFile(path, "a header row such as listing_id,seller_id,price_krw");
  const zone = options.zone ?? DEFAULT_ZONE;
  let plan: ColumnsPlan<CellParser> | undefined;
  let header: string[] = [];
  let values: unknown[][] = [];
  let nextLine = 1;
  let rows = 0;
  const onRecord = (record: string[]): void => {
    // csv-parse's per-record info costs a third of the load time; count lines here instead.
    const line = nextLine;
    nextLine += 1;
    for (const field of record) if (field.includes("\n")) nextLine += newlines(field);
    if (record.length === 1 && record[0] === "") return;
    if (!plan) {
      header = record;
      plan = resolveColumns(path, schema, header, options, (spec) => cellParser(spec, zone), line);
      values = plan.columns.map(() => []);
      return;
    }
    if (record.length !== header.length) {
      throw new DataLoadError(msg.raggedRow({ file: path, line }, record.length, header.length), {
        file: path,
        line,
      });
    }
    const columns = plan.columns;
    for (let k = 0; k < columns.length; k++) {
      const { index, parse: parseCell, nullable, name } = columns[k];
      const text = record[index];
      let value: unknown = null;
      if (text !== "") value = parseCell ? parseCell(text) : text;
      if (value === INVALID || (value === null && !nullable)) {
        const at = {
          file: path,
          line: lineOf(record, line, index),
          row: rows + 1,
          column: name,
          value: text,
        };
        const kind = columns[k].spec!.type;
        throw new DataLoadError(
          value === null ? msg.nullNotAllowed(at) : msg.invalidValue(at, kind, text),
          at,
        );
      }
      values[k].push(value);
    }
    rows++;
  };
  const parser = parse({ bom: true, relax_column_count: true });
  let failure: Error | undefined;
  // 'data' runs synchronously as csv-parse emits each record, so rows parsed before a syntax
  // error are counted and the error can name the line its record starts on.
  parser.on("data", (record: string[]) => {
    if (failure !== undefined) return;
    try {
      onRecord(record);
    } catch (error) {
      failure = error as Error;
      parser.destroy();
    }
  });
  try {
    await pipeline(createReadStream(path), decodeUtf8Strictly(path), parser);
  } catch (error) {
    if (failure === undefined) {
      throw error instanceof CsvError ? translateCsvError(path, error, header, nextLine) : error;
    }
  }
  if (failure !== undefined) throw failure;
  if (!plan) throw new DataLoadError(msg.noHeader(path), { file: path });
  const entries: [string, unknown[]][] = plan.columns.map((column, k) => [column.name, values[k]]);
  for (const name of plan.absent) entries.push([name, new Array(rows).fill(null)]);
  return columnTable(entries, path);
}

/** The physical line field `index` of a record starting on `line` sits on. */
function lineOf(record: string[], line: number, index: number): number {
  let at = line;
  for (let i = 0; i < index; i++) at += newlines(record[i]);
  return at;
}

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function translateCsvError(
  path: string,
  error: CsvError,
  header: string[],
  recordLine: number,
): DataLoadError {
  const { code } = error;
  const line = (error as unknown as { lines?: number }).lines;
  const index = (error as unknown as { column?: number }).column;
  const column = header.length > 0 && typeof index === "number" ? header[index] : undefined;
  const at = { file: path, line, column };
  if (code === "CSV_QUOTE_NOT_CLOSED") {
    return new DataLoadError(
      msg.quoteNotClosed(path, recordLine, line ?? recordLine),
      { file: path, line: recordLine },
      { cause: error },
    );
  }
  if (code === "CSV_INVALID_CLOSING_QUOTE") {
    // indexOf, not a lazy regex: the message quotes the cell, which is untrusted.
    const from = error.message.indexOf('got "');
    const to = from < 0 ? -1 : error.message.indexOf('" at line', from + 5);
    const got = to < 0 ? "" : error.message.slice(from + 5, to);
    return new DataLoadError(msg.invalidClosingQuote(at, got), at, { cause: error });
  }
  if (code === "INVALID_OPENING_QUOTE")
    return new DataLoadError(msg.invalidOpeningQuote(at), at, { cause: error });
  return new DataLoadError(
    msg.csvSyntax(path, line, error.message),
    { file: path, line },
    { cause: error },
  );
}
