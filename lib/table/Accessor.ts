/**
 * Where a value is read from a row: a column name, or a function of the row and its index, like d3
 * and Plot accessors. The kit's one accessor convention (charts, metrics, root cause, reports).
 * @example const precision: Accessor<Review> = (r) => r.confirmed / r.decided;
 */
export type Accessor<Row> = string | ((row: Row, index: number) => unknown);
