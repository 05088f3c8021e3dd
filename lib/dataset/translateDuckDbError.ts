import { DatasetError } from "./DatasetError.js";
import * as msg from "./messages.js";

/** Where a source read failed: the definition, the table and the files it read. */
export interface SourceContext {
  definition: string;
  table: string;
  files: readonly string[];
}

/**
 * A {@link DatasetError} for an error DuckDB raised while reading a table's sources: invalid UTF-8
 * names the file and line and suggests `encoding: cp949`; a CSV value that does not fit its column
 * names the line, column and value; anything else keeps DuckDB's first line.
 * @example throw translateDuckDbError(error, { definition: "tns.yaml", table: "reviews", files });
 */
export function translateDuckDbError(error: unknown, context: SourceContext): DatasetError {
  const text = (error as Error).message ?? String(error);
  const file = /\bfile = (.+)$/m.exec(text)?.[1]?.trim() ?? context.files[0] ?? context.definition;
  const line = Number(/CSV Error on Line: (\d+)/.exec(text)?.[1] ?? NaN);
  if (/Invalid unicode|not utf-8 encoded|invalid UTF-8/i.test(text))
    return new DatasetError(msg.invalidEncoding(file, Number.isFinite(line) ? line : 1, "utf-8"), {
      cause: error,
    });
  const conversion = /converting column "([^"]+)"\.\s*Could not convert string "([^"]*)"/.exec(
    text,
  );
  if (conversion && Number.isFinite(line))
    return new DatasetError(
      `${file}, line ${line}, column ${conversion[1]}: ${JSON.stringify(conversion[2])} does not fit the column's type (its first rows looked different); fix the value, or set \`numbers: lenient\` for tables.${context.table} in ${context.definition} when it is a number with separators or units`,
      { cause: error },
    );
  return new DatasetError(
    msg.sourceUnreadable(context.definition, context.table, text.split("\n")[0]),
    { cause: error },
  );
}
