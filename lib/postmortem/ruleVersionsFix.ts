import type { Dataset } from "../dataset/Dataset.js";
import { listingRowsSql } from "../dataset/listingRowsSql.js";
import { backtestDataset } from "../rules/backtestDataset.js";
import { parseRuleFile } from "../rules/parseRuleFile.js";
import type { RuleSet } from "../rules/RuleDefinition.js";
import { int, shareText } from "./incidentText.js";
import type { IncidentWindow } from "./incidentWindow.js";
import type { PostMortemFix } from "./PostMortem.js";
import { sqlBetween } from "./sqlTime.js";

/** One version of a rule as an incident record lists it. */
export interface RuleVersion {
  version: number;
  updated_at: string;
  when: string;
}

/** Options for {@link ruleVersionsFix}. */
export interface RuleVersionsFixOptions {
  rule: string;
  /** The versions replayed, the changed one first. */
  versions: readonly RuleVersion[];
  /** The production rules: the rule's policy and the named lists its versions use. */
  rules?: RuleSet;
  window: IncidentWindow;
}

/**
 * A rule change's fix replayed: each version of the rule backtested (in the engine's chunks) on the
 * listings created in the incident's window, so the changed version and the one that replaced it
 * are compared on the same rows.
 * @example await ruleVersionsFix(ds, { rule: "contact_phone", versions: [v2, v3], rules, window })
 */
export async function ruleVersionsFix(
  ds: Dataset,
  options: RuleVersionsFixOptions,
): Promise<PostMortemFix> {
  const { rule, versions, rules, window: w } = options;
  if (versions.length < 2)
    return {
      title: "",
      rows: [],
      summary: `The incident record lists no version of ${rule} after the change (rule_versions): there is nothing to replay.`,
    };
  const policy = rules?.rules.find((r) => r.id === rule)?.policy ?? "unknown";
  const from = `(SELECT * FROM ${listingRowsSql(ds)} WHERE ${sqlBetween(ds.dialect, "created_at", w.start, w.end)})`;
  const rows: { rule: string; hits: number; precision: string }[] = [];
  for (const v of versions) {
    const yaml = JSON.stringify([{ id: `${rule}_v${v.version}`, policy, when: v.when }]);
    const set = parseRuleFile(yaml, { lists: rules?.lists ?? {} });
    const { total } = (await backtestDataset(ds, set, { from })).backtest;
    rows.push({
      rule: `v${v.version}: ${v.when}`,
      hits: total.hits,
      precision: total.hits ? shareText(total.tp, total.hits) : "no hits",
    });
  }
  const [changed, last] = [versions[0], versions[versions.length - 1]];
  return {
    title: `${rule}: each version replayed on the listings created in the window (backtestDataset)`,
    rows,
    summary: `On the same listings, v${last.version} fires ${int(rows[rows.length - 1].hits)} times instead of ${int(rows[0].hits)} (v${changed.version}).`,
  };
}
