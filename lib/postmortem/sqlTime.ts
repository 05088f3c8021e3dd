import { literal } from "../dataset/sqlText.js";

/** An instant as a SQL TIMESTAMPTZ literal. @example sqlTime(new Date(0)) // "'1970-01-01T00:00:00.000Z'::TIMESTAMPTZ" */
export const sqlTime = (when: Date): string => `${literal(when.toISOString())}::TIMESTAMPTZ`;

/** A SQL condition: `column` is in [from, to). @example sqlBetween("created_at", start, end) */
export const sqlBetween = (column: string, from: Date, to: Date): string =>
  `${column} >= ${sqlTime(from)} AND ${column} < ${sqlTime(to)}`;
