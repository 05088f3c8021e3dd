import type { Dataset } from "../dataset/Dataset.js";
import { listingRowsSql } from "../dataset/listingRowsSql.js";
import { ident } from "../dataset/sqlText.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import {
  compareRuleSets,
  type CompareRuleSetsOptions,
  type RuleSetChange,
} from "./compareRuleSets.js";

/** Options for {@link compareRuleSetsDataset}: those of `compareRuleSets` plus the source. */
export interface CompareRuleSetsDatasetOptions extends CompareRuleSetsOptions {
  /** The relation compared on. Default: the listings with seller columns. */
  from?: string;
  /** A SQL condition restricting the rows. Default none. */
  where?: string;
  /** A SQL ORDER BY list, so the examples are the first rows in that order. Default none. */
  orderBy?: string;
  /** Rows per chunk. Default 100,000. */
  chunkRows?: number;
}

/**
 * Compares two compiled rule sets on a dataset's rows in the engine's chunks (see
 * `compareRuleSets`): counts are summed and the first examples kept, so memory stays bounded.
 * @example const change = await compareRuleSetsDataset(ds, current, proposed, { columns: ["listing_id", "title"] });
 */
export async function compareRuleSetsDataset(
  ds: Dataset,
  before: CompiledRuleSet,
  after: CompiledRuleSet,
  options: CompareRuleSetsDatasetOptions = {},
): Promise<RuleSetChange> {
  const { label = "is_violation", examples = 10, columns = [] } = options;
  const wanted = [...new Set([...before.fields, ...after.fields, label, ...columns])];
  const sql = `SELECT ${wanted.map(ident).join(", ")} FROM ${options.from ?? listingRowsSql(ds)}${
    options.where ? ` WHERE ${options.where}` : ""
  }${options.orderBy ? ` ORDER BY ${options.orderBy}` : ""}`;
  let total: RuleSetChange | undefined;
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows })) {
    const part = compareRuleSets(before, after, chunk, { label, columns, examples });
    total = total ? mergeChanges(total, part, examples) : part;
  }
  return total ?? compareRuleSets(before, after, [], { label, columns, examples });
}

/** Two chunks' changes added together, keeping the first `examples` of each kind. */
export function mergeChanges(a: RuleSetChange, b: RuleSetChange, examples: number): RuleSetChange {
  const kinds = [
    "newlyCaught",
    "newlyMissed",
    "newFalsePositives",
    "removedFalsePositives",
  ] as const;
  const out = { ...a, examples: { ...a.examples } };
  for (const kind of kinds) {
    out[kind] = a[kind] + b[kind];
    out.examples[kind] = [...a.examples[kind], ...b.examples[kind]].slice(0, examples);
  }
  out.before = { hits: a.before.hits + b.before.hits, tp: a.before.tp + b.before.tp };
  out.after = { hits: a.after.hits + b.after.hits, tp: a.after.tp + b.after.tp };
  return out;
}
