import type { Dataset, DatasetColumn } from "./Dataset.js";

/**
 * The columns (name and DuckDB type) of any relation over the dataset's tables, without reading
 * its rows.
 * @example await relationColumns(ds, listingRowsSql(ds))
 */
export async function relationColumns(ds: Dataset, relation: string): Promise<DatasetColumn[]> {
  const described = await ds.queryColumns(`DESCRIBE SELECT * FROM ${relation}`);
  const names = described.array("column_name") as string[];
  const types = described.array("column_type") as string[];
  return names.map((name, i) => ({ name, type: types[i] }));
}
