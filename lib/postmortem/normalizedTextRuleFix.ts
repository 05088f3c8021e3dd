import type { Dataset } from "../dataset/Dataset.js";
import { compareRuleSetsDataset } from "../rules/compareRuleSetsDataset.js";
import type { CompiledRuleSet } from "../rules/CompiledRuleSet.js";
import { compileRules } from "../rules/compileRules.js";
import { normalizationSteps } from "../rules/normalizeText.js";
import type { RuleDefinition, RuleSet } from "../rules/RuleDefinition.js";
import { relationRuleSchema } from "../rules/relationRuleSchema.js";
import { int, pct, shareText } from "./incidentText.js";
import type { PostMortemFix } from "./PostMortem.js";

/** Options for {@link normalizedTextRuleFix}. */
export interface NormalizedTextRuleFixOptions {
  /** The production rules. */
  rules: RuleSet;
  /** The policy whose rules are replayed. */
  policy: string;
  /** The rows replayed on (a parenthesised relation with the listings' columns). */
  from: string;
  /** A SQL condition on `from` marking the incident's own listings (e.g. a boolean column). */
  affected: string;
}

/** The fix and the two compiled sets, for examples and actions; no rule when none applies. */
export interface NormalizedTextRuleFix {
  fix: PostMortemFix;
  rules: RuleDefinition[];
  asWritten?: CompiledRuleSet;
  normalized?: CompiledRuleSet;
  /** Affected listings each set hits: as written, normalised. */
  affectedHits: [number, number];
}

/**
 * The evasion fix replayed: the enabled rules of a policy that match text (keyword lists, regexes),
 * as written and with every normalisation step, compared row by row in the engine's chunks on the
 * window's listings: hits, precision and recall of each, what normalising newly catches and newly
 * flags by mistake, and what each hits of the incident's own listings.
 * @example const { fix } = await normalizedTextRuleFix(ds, { rules, policy: "counterfeit", from, affected: "in_wave" });
 */
export async function normalizedTextRuleFix(
  ds: Dataset,
  options: NormalizedTextRuleFixOptions,
): Promise<NormalizedTextRuleFix> {
  const { rules, policy, from, affected } = options;
  const schema = await relationRuleSchema(ds, from);
  const compiles = (r: RuleDefinition) => {
    try {
      return compileRules({ ...rules, rules: [r] }, schema).atoms.length > 0;
    } catch {
      return false; // a rule this dataset cannot evaluate is not part of the replay
    }
  };
  const chosen = rules.rules.filter((r) => r.enabled && r.policy === policy && compiles(r));
  const names = chosen.map((r) => r.id).join(" + ");
  if (!chosen.length)
    return {
      fix: {
        title: "",
        rows: [],
        summary: `No enabled ${policy} rule matches text: there is no text rule to replay.`,
      },
      rules: [],
      affectedHits: [0, 0],
    };
  const asWritten = compileRules({ ...rules, rules: chosen }, schema);
  const normalized = compileRules(
    { ...rules, rules: chosen.map((r) => ({ ...r, normalize: { "*": normalizationSteps } })) },
    schema,
  );
  // One pass over the window compares both sets row by row (hits, true positives, what changes);
  // a second over the affected listings alone counts what each set hits of them.
  const window = await compareRuleSetsDataset(ds, asWritten, normalized, { from, examples: 0 });
  const mine = await compareRuleSetsDataset(ds, asWritten, normalized, {
    from,
    where: affected,
    examples: 0,
  });
  const counts = (
    await ds.query(
      `SELECT ${ds.dialect.countIf("is_violation")} AS positives, ${ds.dialect.countIf(affected)} AS affected FROM ${from}`,
    )
  ).object(0) as { positives: number; affected: number };
  const [positives, n] = [Number(counts.positives), Number(counts.affected)];
  const row = (label: string, side: "before" | "after") => ({
    rule: label,
    affected: `${int(mine[side].hits)} of ${int(n)} (${pct(n ? mine[side].hits / n : NaN)})`,
    hits: window[side].hits,
    precision: window[side].hits ? shareText(window[side].tp, window[side].hits) : "no hits",
    recall: pct(positives ? window[side].tp / positives : NaN),
  });
  const today = row(`${names} as written`, "before");
  const fixed = row(`${names} with every normalisation step`, "after");
  return {
    fix: {
      title: `${names} replayed on every listing created in the window (compareRuleSetsDataset); affected: the incident's own listings`,
      rows: [today, fixed],
      summary: `${names} with every normalisation step (the live ${chosen.length === 1 ? "rule" : "rules"} replayed, not the rule backtest's candidate) ${chosen.length === 1 ? "catches" : "catch"} ${fixed.affected} wave listings against ${today.affected} as written. Over every listing created in the incident window, normalising newly catches ${int(window.newlyCaught)} violations and adds ${int(window.newFalsePositives)} false positives (precision ${today.precision} → ${fixed.precision}).`,
    },
    rules: chosen,
    asWritten,
    normalized,
    affectedHits: [mine.before.hits, mine.after.hits],
  };
}
