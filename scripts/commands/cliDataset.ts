import type { Dataset } from "../../lib/dataset/Dataset.js";
import type { DatasetDefinition } from "../../lib/dataset/DatasetDefinition.js";
import { DatasetError } from "../../lib/dataset/DatasetError.js";
import { folderDefinition } from "../../lib/dataset/folderDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { readDatasetDefinition } from "../../lib/dataset/readDatasetDefinition.js";

/** The sample's definition: what a command reads when given neither --dataset nor --data-dir. */
export const DEFAULT_DATASET = "data/tns.yaml";

/** The dataset options every data command shares. */
export interface DatasetCliOptions {
  dataset?: string;
  dataDir?: string;
}

/** The definition named by --dataset, built from a --data-dir folder, or the sample's. */
export async function cliDefinition(opts: DatasetCliOptions): Promise<DatasetDefinition> {
  if (opts.dataset !== undefined && opts.dataDir !== undefined)
    throw new DatasetError(
      `--dataset and --data-dir both given; pass one: --dataset <tns.yaml> (any layout) or --data-dir <folder> (files named like the sample's)`,
    );
  if (opts.dataDir !== undefined) return folderDefinition(opts.dataDir);
  return readDatasetDefinition(opts.dataset ?? DEFAULT_DATASET);
}

/** Opens the dataset a command was pointed at (see {@link cliDefinition}); close it when done. */
export async function openCliDataset(opts: DatasetCliOptions): Promise<Dataset> {
  return openDataset(await cliDefinition(opts));
}
