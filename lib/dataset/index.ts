// dataset: definitions (tns.yaml), the embedded engine, and SQL over kit tables.
export { kitTables, kitTableNames, type KitTableName, type KitColumn } from "./kitTables.js";
export type {
  DatasetDefinition,
  TableSource,
  NumberStyleName,
  SourceFormatName,
} from "./DatasetDefinition.js";
export { DatasetError } from "./DatasetError.js";
export {
  parseDatasetDefinition,
  type ParseDatasetDefinitionOptions,
} from "./parseDatasetDefinition.js";
export { readDatasetDefinition } from "./readDatasetDefinition.js";
export { openDataset, type OpenDatasetOptions } from "./openDataset.js";
export { timeSpan, type TimeSpan, type TimeSpanOptions } from "./timeSpan.js";
export { Dataset, type DatasetSource, type DatasetColumn, type ScanOptions } from "./Dataset.js";
export { sqlIdent, sqlTemplate } from "./sqlTemplate.js";
export { transcodeToUtf8 } from "./transcodeToUtf8.js";
export { datasetFiles, type DatasetFiles } from "./datasetFiles.js";
export { datasetInputs, type DatasetInput } from "./datasetInputs.js";
export { adHocDefinition } from "./adHocDefinition.js";
export { listingRowsSql } from "./listingRowsSql.js";
export { relationColumns } from "./relationColumns.js";
export { folderDefinition, type FolderDefinitionOptions } from "./folderDefinition.js";
export { readIncidents, type Incident } from "./readIncidents.js";
export { incidentText, type IncidentText } from "./incidentText.js";
export {
  periodOfInterest,
  type PeriodOfInterest,
  type PeriodOfInterestOptions,
} from "./periodOfInterest.js";
export { periodListingRowsSql, type PeriodListingRowsOptions } from "./periodListingRowsSql.js";
