import { literal } from "../dataset/sqlText.js";

/** An instant as a SQL TIMESTAMPTZ literal. */
export const sqlTime = (when: Date): string => `${literal(when.toISOString())}::TIMESTAMPTZ`;

/** A SQL condition: `column` is in [from, to). */
export const sqlBetween = (column: string, from: Date, to: Date): string =>
  `${column} >= ${sqlTime(from)} AND ${column} < ${sqlTime(to)}`;
