import type { Dataset } from "../dataset/Dataset.js";
import { periodListingRowsSql } from "../dataset/periodListingRowsSql.js";
import type { PeriodOfInterest } from "../dataset/periodOfInterest.js";
import { wilsonInterval, type ProportionInterval } from "../metrics/wilsonInterval.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";
import { backtestDataset } from "./backtestDataset.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import { compileRules } from "./compileRules.js";
import { compareRuleSets, type RuleSetChange } from "./compareRuleSets.js";
import { mergeChanges } from "./compareRuleSetsDataset.js";
import { BacktestAccumulator } from "./BacktestAccumulator.js";
import { evaluateRules } from "./evaluateRules.js";
import type { RuleHits } from "./RuleHits.js";
import { evasionRobustness, type EvasionRobustnessRow } from "./evasionRobustness.js";
import type { RuleSet } from "./RuleDefinition.js";
import type { RuleBacktest } from "./RuleBacktest.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { relationRuleSchema } from "./relationRuleSchema.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import { formatPercent } from "../format/formatPercent.js";

/** Options for {@link ruleChangeReadout}. */
export interface RuleChangeReadoutOptions {
  /** The live rules. */
  production: RuleSet;
  /** Rules proposed for production; none: the readout is about the live rules alone. */
  candidates?: RuleSet;
  /** The period of interest (see `periodOfInterest`). */
  period: PeriodOfInterest;
  /** The violation policy in focus. Default: the candidates' policy when they share one, else every violation. */
  policy?: string;
  /** Ship a candidate only if its precision's 95% lower bound reaches this. Default 0.6. */
  minPrecisionLow?: number;
  /** Review capacity for the candidates' new false positives, per day. Default 2. */
  maxExtraFalsePositivesPerDay?: number;
  /** Violating listings in focus whose titles are obfuscated to test robustness (LIMIT). Default 2000. */
  robustnessSample?: number;
  /** Examples of new catches and new false positives. Default 6. */
  examples?: number;
  /** The language of the decision cards. Default: "en". */
  lang?: Lang;
}

/** Everything a report says about a rule change, computed once. */
export interface RuleChangeReadout {
  period: PeriodOfInterest;
  /** The policy in focus ("" = every violation) and how the reports name the listings in focus. */
  focus: string;
  focusName: string;
  /** The relation the rules run on: listings with seller columns, `week`, `period` and `focus`. */
  rows: string;
  schema: RuleFieldSchema;
  current: CompiledRuleSet;
  /** Production plus candidates (the production set when there are none). */
  proposedSet: RuleSet;
  proposed: CompiledRuleSet;
  candidateIds: string[];
  /** Listings in focus that any production rule catches, by week and by period. */
  now: RuleBacktest;
  /** The proposed set on every listing, by category and tier (when the listings have them). */
  backtest: RuleBacktest;
  /** What the proposed set catches in focus, by period (the production set's when no candidates). */
  after: RuleBacktest;
  change: RuleSetChange;
  /** First and last listing creation time and day. */
  span: { first: Date; last: Date; firstDay: string; lastDay: string; days: number };
  extraFalsePositivesPerDay: number;
  recall: {
    before: ProportionInterval;
    during: ProportionInterval;
    duringAfter: ProportionInterval;
  };
  /** Obfuscation robustness of the title rules in focus (empty when none reads titles). */
  robustness: EvasionRobustnessRow[];
  /** Listings the robustness sample holds. */
  robustnessRows: number;
  /** One decision card per candidate: ship or hold, with the evidence. */
  cards: RecommendationCard[];
}

const anyRule = (b: RuleBacktest, column: string, value: string) =>
  b.segments.find((s) => s.column === column && s.rule === "(any)" && s.value === value);
const recallIn = (b: RuleBacktest, period: string) => {
  const s = anyRule(b, "period", period);
  return wilsonInterval(s?.tp ?? 0, s?.positives ?? 0);
};

/**
 * The rule change decision for a period, computed once for every report that shows it (the rule
 * backtest and the executive summary): the production rules' catch rate in focus before and
 * during the period, the proposed set's backtest, what the candidates newly catch and newly flag
 * wrongly, their robustness to obfuscation, and one card per candidate that ships it only when
 * its precision's lower bound, the new false positives per day and the period's recall all allow.
 * Rows stay in the engine: one ordered scan in bounded chunks for the whole set (the focus rows
 * once more per rule set), a LIMITed sample for robustness.
 * @example const { cards } = await ruleChangeReadout(ds, { production, candidates, period });
 */
export async function ruleChangeReadout(
  ds: Dataset,
  options: RuleChangeReadoutOptions,
): Promise<RuleChangeReadout> {
  const { production, candidates, period } = options;
  const { minPrecisionLow = 0.6, maxExtraFalsePositivesPerDay = 2 } = options;
  const { robustnessSample = 2000, examples = 6 } = options;
  const candidateIds = candidates?.rules.map((r) => r.id) ?? [];
  const policies = [...new Set(candidates?.rules.map((r) => r.policy) ?? [])];
  const focus = options.policy || (policies.length === 1 ? policies[0] : "");
  const focusName = focus ? `${focus} listings` : "violating listings";
  const rows = periodListingRowsSql(ds, { ...period, policy: focus });
  const schema = await relationRuleSchema(ds, rows);
  const current = compileRules(production, schema);
  const proposedSet: RuleSet = candidates
    ? {
        ...production,
        rules: [...production.rules, ...candidates.rules],
        diagnostics: [...candidates.diagnostics],
      }
    : production;
  const proposed = compileRules(proposedSet, schema);
  const spanRow = (
    await ds.query(
      `SELECT min(created_at) AS first, max(created_at) AS last, min(day) AS d0, max(day) AS d1 FROM ${rows}`,
    )
  ).objects()[0] as { first: Date; last: Date; d0: string; d1: string };
  const days = (+spanRow.last - +spanRow.first) / 86_400_000;
  const span = {
    first: spanRow.first,
    last: spanRow.last,
    firstDay: spanRow.d0,
    lastDay: spanRow.d1,
    days,
  };

  const { backtest: now } = await backtestDataset(ds, current, {
    from: rows,
    where: "focus",
    by: ["week", "period"],
  });
  // One ordered scan evaluates the proposed set once per row: the backtest and the change both
  // read its hits, and the production rules' hits are a subset of them (same rules, same schema).
  const by = ["category", "tier"].filter((c) => c in schema);
  const shown = ["listing_id", "created_at", "category", "tier", "title"].filter(
    (c) => c in schema,
  );
  const accumulator = new BacktestAccumulator(proposed, { by, time: "created_at" });
  const wanted = [...new Set([...proposed.fields, "is_violation", ...by, "created_at", ...shown])];
  let change: RuleSetChange | undefined;
  const scan = ds.scan(
    `SELECT ${wanted.map(ds.dialect.ident).join(", ")} FROM ${rows} ORDER BY created_at, listing_id`,
  );
  for await (const chunk of scan) {
    const afterHits = evaluateRules(proposed, chunk);
    const beforeHits = subsetHits(
      afterHits,
      current.rules.map((r) => r.id),
    );
    accumulator.add(chunk, afterHits);
    const part = compareRuleSets(current, proposed, chunk, {
      columns: shown,
      examples,
      hits: { before: beforeHits, after: afterHits },
    });
    change = change ? mergeChanges(change, part, examples) : part;
  }
  change ??= compareRuleSets(current, proposed, [], { columns: shown, examples });
  const backtest = accumulator.result();
  const after = candidates
    ? (await backtestDataset(ds, proposed, { from: rows, where: "focus", by: ["period"] })).backtest
    : now;
  const extraFalsePositivesPerDay = days > 0 ? change.newFalsePositives / days : NaN;
  const recall = {
    before: recallIn(now, "before"),
    during: recallIn(now, "during"),
    duringAfter: recallIn(after, "during"),
  };

  // Robustness: a bounded sample of violating listings in focus, descriptions blanked so the title decides.
  const titleRules: RuleSet = {
    ...proposedSet,
    rules: proposedSet.rules.filter(
      (r) =>
        (!focus || r.policy === focus) &&
        compileRules({ ...proposedSet, rules: [r] }, schema).fields.includes("title"),
    ),
  };
  const sample = titleRules.rules.length
    ? ((
        await ds.query(
          `SELECT ${ds.dialect.allExcept(["description"])}, '' AS description FROM ${rows} WHERE focus ORDER BY created_at, listing_id LIMIT ${Math.max(0, Math.floor(robustnessSample))}`,
        )
      ).objects() as Record<string, unknown>[])
    : [];
  const robustness = sample.length
    ? evasionRobustness(titleRules, schema, sample, { field: "title" })
    : [];

  const worstOf = (id: string) =>
    robustness.filter((r) => r.rule === id).sort((a, b) => a.as_written - b.as_written)[0];
  const live = titleRules.rules
    .filter((r) => !candidateIds.includes(r.id))
    .map((r) => worstOf(r.id))
    .filter((w) => w !== undefined);
  const { ruleIds, matrix } = backtest.overlap;
  const t = messages(options.lang).rules;
  const cards = backtest.rules
    .filter((r) => candidateIds.includes(r.id))
    .map((rule): RecommendationCard => {
      const def = candidates!.rules.find((r) => r.id === rule.id)!;
      const worstNew = worstOf(rule.id);
      const ship =
        rule.precision_low >= minPrecisionLow &&
        extraFalsePositivesPerDay <= maxExtraFalsePositivesPerDay &&
        recall.duringAfter.estimate > recall.during.estimate;
      const k = ruleIds.indexOf(rule.id);
      const closest = ruleIds
        .filter((id) => !candidateIds.includes(id))
        .sort((a, b) => matrix[k][ruleIds.indexOf(b)] - matrix[k][ruleIds.indexOf(a)])[0];
      const queue = typeof def.extra.queue === "string" ? def.extra.queue : undefined;
      return {
        title: ship ? t.ship(rule.id) : t.hold(rule.id),
        action: ship
          ? t.addAction(rule.id, queue, closest)
          : t.holdAction(
              rule.precision_low < minPrecisionLow
                ? t.lowPrecision(formatPercent(rule.precision_low), formatPercent(minPrecisionLow))
                : extraFalsePositivesPerDay > maxExtraFalsePositivesPerDay
                  ? t.falsePositives(
                      extraFalsePositivesPerDay.toFixed(1),
                      String(maxExtraFalsePositivesPerDay),
                    )
                  : t.noRecallGain,
            ),
        impact: t.impact(
          formatPercent(recall.during.estimate),
          formatPercent(recall.duringAfter.estimate),
          change.newlyCaught,
          change.newFalsePositives,
          extraFalsePositivesPerDay.toFixed(2),
          formatPercent(rule.precision),
          formatPercent(rule.precision_low),
          formatPercent(rule.precision_high),
          rule.hits,
        ),
        rationale:
          t.unique(rule.unique_hits, rule.hits) +
          (worstNew ? t.disguise(formatPercent(worstNew.as_written)) : "") +
          (live.length
            ? ` (${live.map((w) => t.liveRule(w.rule, formatPercent(w.as_written), w.kind)).join("; ")})`
            : "") +
          ".",
        owner: def.owner || t.owner,
      };
    });
  return {
    period,
    focus,
    focusName,
    rows,
    schema,
    current,
    proposedSet,
    proposed,
    candidateIds,
    now,
    backtest,
    after,
    change,
    span,
    extraFalsePositivesPerDay,
    recall,
    robustness,
    robustnessRows: sample.length,
    cards,
  };
}

/** The hits of some rules, picked by id from hits evaluated for a larger set on the same rows. */
function subsetHits(hits: RuleHits, ids: readonly string[]): RuleHits {
  const index = new Map(hits.ruleIds.map((id, i) => [id, i]));
  const picked = ids.map((id) => index.get(id));
  if (picked.some((i) => i === undefined))
    throw new Error(`rule ${ids[picked.indexOf(undefined)]} is not in the evaluated set`);
  return { ...hits, ruleIds: [...ids], bits: picked.map((i) => hits.bits[i!]) };
}
