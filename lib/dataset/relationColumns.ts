import type { Dataset, DatasetColumn } from "./Dataset.js";

/**
 * The columns (name and type, spelt as DuckDB does) of any relation over the dataset's tables, without reading
 * its rows.
 * @example await relationColumns(ds, listingRowsSql(ds))
 */
export async function relationColumns(ds: Dataset, relation: string): Promise<DatasetColumn[]> {
  return ds.describe(relation);
}
