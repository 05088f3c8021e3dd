import type { Dataset } from "../dataset/Dataset.js";
import { backtestDataset } from "../rules/backtestDataset.js";
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
  /** A boolean column of `from` marking the incident's own listings. */
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
 * as written and with every normalisation step, backtested in the engine's chunks on the window's
 * listings, with what normalising newly catches and newly flags by mistake.
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
  const replay = async (label: string, compiled: CompiledRuleSet) => {
    const { backtest } = await backtestDataset(ds, compiled, { from, by: [affected] });
    const mine = backtest.segments.find((s) => s.rule === "(any)" && s.value === "true");
    const [hits, n] = [mine?.hits ?? 0, mine?.rows ?? 0];
    const row = {
      rule: label,
      affected: `${int(hits)} of ${int(n)} (${pct(n ? hits / n : NaN)})`,
      hits: backtest.total.hits,
      precision: backtest.total.hits
        ? shareText(backtest.total.tp, backtest.total.hits)
        : "no hits",
      recall: pct(backtest.total.recall),
    };
    return { row, hits };
  };
  const today = await replay(`${names} as written`, asWritten);
  const fixed = await replay(`${names} with every normalisation step`, normalized);
  const change = await compareRuleSetsDataset(ds, asWritten, normalized, { from, examples: 0 });
  return {
    fix: {
      title: `${names} replayed on every listing created in the window (backtestDataset); affected: the incident's own listings`,
      rows: [today.row, fixed.row],
      summary: `Normalising the text before matching catches ${fixed.row.affected} wave listings against ${today.row.affected} today. Over every listing created in the window it newly catches ${int(change.newlyCaught)} violations and adds ${int(change.newFalsePositives)} false positives (precision ${today.row.precision} → ${fixed.row.precision}).`,
    },
    rules: chosen,
    asWritten,
    normalized,
    affectedHits: [today.hits, fixed.hits],
  };
}
