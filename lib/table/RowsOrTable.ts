/**
 * Row input: an array of row objects, or a table with an `objects()` method such as arquero's.
 * Read with `tableRows`.
 * @example const rows: RowsOrTable<Review> = aq.table({ queue: ["contact"], confirmed: [1] });
 */
export type RowsOrTable<Row> = readonly Row[] | { objects(): Row[] };
