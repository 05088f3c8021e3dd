import { invalidData } from "./messages.js";

/** Chart input: an array of row objects, or a table with an `objects()` method such as arquero's. */
export type ChartData<T> = readonly T[] | { objects(): T[] };

/**
 * The rows of chart input as an array of objects, without copying an array that is passed in.
 * @example chartRows(aq.table({ day: ["2026-08-01"], rate: [0.91] }), "barChart") // [{ day: "2026-08-01", rate: 0.91 }]
 */
export function chartRows<T>(data: ChartData<T>, chart: string): readonly T[] {
  if (Array.isArray(data)) return data as readonly T[];
  if (
    data !== null &&
    typeof data === "object" &&
    typeof (data as { objects?: unknown }).objects === "function"
  ) {
    return (data as { objects(): T[] }).objects();
  }
  throw new Error(invalidData(chart, data));
}
