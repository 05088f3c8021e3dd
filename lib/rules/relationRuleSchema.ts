import type { Dataset } from "../dataset/Dataset.js";
import { listingRowsSql } from "../dataset/listingRowsSql.js";
import { relationColumns } from "../dataset/relationColumns.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { ruleFieldSchemaOf } from "./ruleFieldSchemaOf.js";

/**
 * The rule field schema of a relation over a dataset (default: the listings with seller columns),
 * from the engine's column types, without reading rows: what rules may read and compile against.
 * @example const schema = await relationRuleSchema(ds); compileRules(ruleSet, schema);
 */
export async function relationRuleSchema(
  ds: Dataset,
  relation: string = listingRowsSql(ds),
): Promise<RuleFieldSchema> {
  return ruleFieldSchemaOf(await relationColumns(ds, relation));
}
