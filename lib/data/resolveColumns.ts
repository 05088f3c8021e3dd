import type { ColumnSpec, TableSchema } from "./TableSchema.js";
import type { LoadOptions } from "./LoadOptions.js";
import { DataLoadError } from "./DataLoadError.js";
import { closestName } from "./closestName.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** One column of the file that goes into the table, with its position and value parser. */
export interface ColumnPlan<P> {
  name: string;
  /** Position in the file's header (CSV) or column list (Parquet). */
  index: number;
  /** Undefined for an extra column kept unconverted. */
  spec: ColumnSpec | undefined;
  nullable: boolean;
  parse: P | undefined;
}

/** The columns to load, in file order, and the optional schema columns the file lacks. */
export interface ColumnsPlan<P> {
  columns: ColumnPlan<P>[];
  absent: string[];
}

/**
 * Matches the file's column names against the schema: rejects duplicates, missing required columns
 * (with a "did you mean" hint) and, with `extraColumns: "error"`, undeclared ones; builds a parser
 * per declared column with `makeParser`, which returns undefined for an invalid zone.
 * @example resolveColumns("x.csv", schema, ["listing_id"], {}, (spec) => cellParser(spec, "UTC"))
 */
export function resolveColumns<P>(
  file: string,
  schema: TableSchema,
  present: readonly string[],
  options: LoadOptions,
  makeParser: (spec: ColumnSpec, index: number) => P | undefined,
  headerLine?: number,
): ColumnsPlan<P> {
  const { extraColumns = "keep" } = options;
  const declared = new Map(Object.entries(schema.columns));
  const seen = new Map<string, number>();
  present.forEach((name, index) => {
    const first = seen.get(name);
    if (first !== undefined)
      throw new DataLoadError(msg.duplicateColumn(file, name, first + 1, index + 1), {
        file,
        line: 1,
        column: name,
      });
    seen.set(name, index);
  });
  const undeclared = present.filter((name) => !declared.has(name));
  const missing = [...declared]
    .filter(([name, spec]) => spec.required !== false && !seen.has(name))
    .map(([name]) => name);
  if (missing.length > 0) {
    const hints = new Map<string, string>();
    for (const name of missing) {
      const hint = closestName(name, undeclared, {
        maxDistance: Math.max(2, Math.floor(name.length / 3)),
      });
      if (hint !== undefined) hints.set(name, hint);
    }
    throw new DataLoadError(msg.missingColumns(file, missing, [...present], hints), {
      file,
      line: headerLine,
      column: missing[0],
    });
  }
  if (extraColumns === "error" && undeclared.length > 0) {
    throw new DataLoadError(msg.extraColumn({ file, line: headerLine, column: undeclared[0] }), {
      file,
      line: headerLine,
      column: undeclared[0],
    });
  }
  const columns: ColumnPlan<P>[] = [];
  present.forEach((name, index) => {
    const spec = declared.get(name);
    if (!spec && extraColumns === "drop") return;
    const parse = spec && makeParser(spec, index);
    if (spec && parse === undefined) {
      throw new DataLoadError(
        msg.invalidZone(file, name, spec.zone ?? options.zone ?? DEFAULT_ZONE),
        { file, column: name },
      );
    }
    columns.push({ name, index, spec, nullable: spec?.nullable !== false, parse });
  });
  const absent = [...declared.keys()].filter((name) => !seen.has(name));
  return { columns, absent };
}
