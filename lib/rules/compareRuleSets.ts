import { toTable, type TableInput } from "../table/toTable.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import { evaluateRules } from "./evaluateRules.js";
import { labelValues } from "./labelValues.js";
import type { RuleHits } from "./RuleHits.js";

/** Options for {@link compareRuleSets}. */
export interface CompareRuleSetsOptions {
  /** Label column (default "is_violation"). */
  label?: string;
  /** Columns copied into each example (default: every column). */
  columns?: readonly string[];
  /** Examples kept per change (default 10). */
  examples?: number;
  /** Hits already evaluated on the same rows, so a caller that needs them too evaluates once. */
  hits?: { before?: RuleHits; after?: RuleHits };
}

/** Rows whose outcome changes between two rule sets, by kind, with counts and examples. */
export interface RuleSetChange {
  /** Violations the new set catches and the old one missed. */
  newlyCaught: number;
  /** Violations the old set caught and the new one misses. */
  newlyMissed: number;
  /** Non-violations the new set flags and the old one did not. */
  newFalsePositives: number;
  /** Non-violations the old set flagged and the new one no longer does. */
  removedFalsePositives: number;
  before: { hits: number; tp: number };
  after: { hits: number; tp: number };
  examples: Record<
    "newlyCaught" | "newlyMissed" | "newFalsePositives" | "removedFalsePositives",
    Record<string, unknown>[]
  >;
}

/**
 * Compares two versions of a rule set on the same labeled rows: a row is flagged when any active
 * rule hits it (shadow rules never flag); the result counts the violations newly caught and newly missed, the false positives
 * added and removed, with example rows for each.
 * @example compareRuleSets(current, proposed, listings, { columns: ["listing_id", "title"] }).newlyCaught;
 */
export function compareRuleSets(
  before: CompiledRuleSet,
  after: CompiledRuleSet,
  data: TableInput,
  options: CompareRuleSetsOptions = {},
): RuleSetChange {
  const { label = "is_violation", examples = 10 } = options;
  const table = toTable(data);
  const columns = options.columns ?? table.columnNames();
  const labels = labelValues(table, label);
  const flagged = (compiled: CompiledRuleSet, given?: RuleHits) => {
    const hits = given ?? evaluateRules(compiled, table);
    const any = new Uint8Array(hits.rowCount);
    // Only active rules flag: a shadow rule is evaluated, never acts.
    const acting = new Set(
      compiled.rules.filter((r) => (r.definition.status ?? "active") === "active").map((r) => r.id),
    );
    for (const [k, bits] of hits.bits.entries()) {
      if (!acting.has(hits.ruleIds[k])) continue;
      for (let row = 0; row < hits.rowCount; row++)
        any[row] |= (bits[row >>> 5] >>> (row & 31)) & 1;
    }
    return any;
  };
  const a = flagged(before, options.hits?.before);
  const b = flagged(after, options.hits?.after);
  const arrays = Object.fromEntries(columns.map((c) => [c, table.array(c) as ArrayLike<unknown>]));
  const out: RuleSetChange = {
    newlyCaught: 0,
    newlyMissed: 0,
    newFalsePositives: 0,
    removedFalsePositives: 0,
    before: { hits: 0, tp: 0 },
    after: { hits: 0, tp: 0 },
    examples: {
      newlyCaught: [],
      newlyMissed: [],
      newFalsePositives: [],
      removedFalsePositives: [],
    },
  };
  for (let row = 0; row < a.length; row++) {
    out.before.hits += a[row];
    out.after.hits += b[row];
    if (labels[row] === 1)
      [out.before.tp, out.after.tp] = [out.before.tp + a[row], out.after.tp + b[row]];
    if (a[row] === b[row] || labels[row] < 0) continue;
    const kind =
      labels[row] === 1
        ? b[row]
          ? "newlyCaught"
          : "newlyMissed"
        : b[row]
          ? "newFalsePositives"
          : "removedFalsePositives";
    out[kind]++;
    if (out.examples[kind].length < examples)
      out.examples[kind].push(Object.fromEntries(columns.map((c) => [c, arrays[c][row]])));
  }
  return out;
}
