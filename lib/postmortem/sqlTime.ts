import type { SqlDialect } from "../engine/SqlDialect.js";

/** An instant as a timestamp literal of the dialect. @example sqlTime(ds.dialect, new Date(0)) // "'1970-01-01T00:00:00.000Z'::TIMESTAMPTZ" on DuckDB */
export const sqlTime = (dialect: SqlDialect, when: Date): string =>
  dialect.timestampLiteral(when.toISOString());

/** A SQL condition: `column` is in [from, to). @example sqlBetween(ds.dialect, "created_at", start, end) */
export const sqlBetween = (dialect: SqlDialect, column: string, from: Date, to: Date): string =>
  `${column} >= ${sqlTime(dialect, from)} AND ${column} < ${sqlTime(dialect, to)}`;
