// data: loading CSV, JSONL and Parquet files into arquero tables with checked schemas, and danfo.js interop.
export { loadCsv } from "./loadCsv.js";
export { loadJsonl } from "./loadJsonl.js";
export { loadParquet } from "./loadParquet.js";
export { loadTable } from "./loadTable.js";
export {
  loadDataset,
  type Dataset as SampleTables,
  type LoadDatasetOptions,
} from "./loadDataset.js";
export { sampleSchemas, type SampleTableName } from "./sampleSchemas.js";
export type { TableSchema, ColumnSpec, ColumnKind } from "./TableSchema.js";
export type { LoadOptions, ExtraColumnsKind } from "./LoadOptions.js";
export { DataLoadError, type DataLoadErrorDetails } from "./DataLoadError.js";
export { toDanfo } from "./toDanfo.js";
export { fromDanfo } from "./fromDanfo.js";
