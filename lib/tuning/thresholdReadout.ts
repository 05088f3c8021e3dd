import { recommendationRationale } from "./recommendationRationale.js";
import type { Dataset } from "../dataset/Dataset.js";
import { labelledSample } from "../metrics/LabelledSample.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";
import { periodStart } from "../time/periodStart.js";
import { demoteRecommendation } from "./demoteRecommendation.js";
import { modelInventory, type ModelInventory } from "./modelInventory.js";
import { modelScoreWindow, type ModelScoreWindow } from "./modelScoreWindow.js";
import { recommendationBacktest, type RecommendationBacktest } from "./recommendationBacktest.js";
import { recommendThreshold } from "./recommendThreshold.js";
import type { ThresholdRecommendation } from "./ThresholdRecommendation.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import { formatPercent } from "../format/formatPercent.js";

/** Options for {@link thresholdReadout}. */
export interface ThresholdReadoutOptions {
  /** The language of the decision cards. Default: "en". */
  lang?: Lang;
  /** Precision the flags must keep (e.g. the KPI file's precision target). */
  minPrecision: number;
  /** Flags each review queue can take per day, by queue; queues not named have no limit. */
  capacities?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Models to tune. Default: the models still scoring that raise flags, most flags first. */
  models?: readonly string[];
  /** Current thresholds by model. Default: read from each model's flags, else 0.5. */
  thresholds?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Tune on scores from this instant on. Default: from the latest rollout found in the data. */
  since?: Date;
  /** Bootstrap replicates (default 300) and seed (default 1). */
  replicates?: number;
  seed?: number;
}

/** One model's tuning: the window, the recommendation as it may be shown, its check and its card. */
export interface ModelThresholdReadout {
  model: string;
  queue?: string;
  /** The queue's capacity per day, when one was given. */
  capacity?: number;
  window: ModelScoreWindow;
  /**
   * The recommendation on the whole window, demoted (verdict "failed_next_period") when the same
   * procedure, run on the window's first half, did not hold on its second half.
   */
  recommendation: ThresholdRecommendation;
  /** The stability check: the recommendation made before `cut` and measured from `cut` on. */
  stability: {
    cut: string;
    first: ModelScoreWindow;
    second: ModelScoreWindow;
    recommendation: ThresholdRecommendation;
    check: RecommendationBacktest;
  };
  /** The decision card every report shows for this model (03 and the executive summary alike). */
  card: RecommendationCard;
}

/** What {@link thresholdReadout} returns. */
export interface ThresholdReadout {
  inventory: ModelInventory;
  /** Scores from this instant on were used; undefined: all of them. */
  since?: Date;
  /** `since` as a local day, or "the first score". */
  sinceDay: string;
  models: ModelThresholdReadout[];
  /** One line when there is nothing to tune (no model_scores table, no flagging model). */
  missing?: string;
}

const ci = (e: { lower: number; upper: number }) =>
  `${formatPercent(e.lower)}–${formatPercent(e.upper)}`;
const held = (p: Partial<Record<string, number>>, t: ReturnType<typeof messages>["tuning"]) =>
  (["precision", "recall", "capacity"] as const)
    .map(
      (k) =>
        [k, { precision: p.minPrecision, recall: p.minRecall, capacity: p.capacity }[k]] as const,
    )
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => t.held(formatPercent(v), k))
    .join(", ") || t.heldAll;
const lookup = (
  m: ReadonlyMap<string, number> | Readonly<Record<string, number>> | undefined,
  key: string | undefined,
) =>
  key === undefined || m === undefined
    ? undefined
    : m instanceof Map
      ? (m as ReadonlyMap<string, number>).get(key)
      : (m as Readonly<Record<string, number>>)[key];

/**
 * The threshold decision for each model, computed once for every report that shows it: score
 * counts in the engine since the latest rollout, `recommendThreshold` against the precision floor
 * and the queue's capacity, the same procedure checked on the window's second half (a failed check
 * demotes the recommendation), and the card that says what to do with the evidence it rests on.
 * @example const { models } = await thresholdReadout(ds, { minPrecision: 0.7, capacities: { counterfeit: 6 } });
 */
export async function thresholdReadout(
  ds: Dataset,
  options: ThresholdReadoutOptions,
): Promise<ThresholdReadout> {
  const { minPrecision, replicates = 300, seed = 1 } = options;
  const zone = ds.definition.zone;
  const missing = ds.missing("model_scores", "model thresholds are not tuned");
  const inventory: ModelInventory = missing ? { models: [] } : await modelInventory(ds);
  const since = options.since ?? inventory.rollout?.liveFrom;
  const sinceDay = since ? periodStart(since, "day", { zone })! : "the first score";
  const names =
    options.models ??
    inventory.models
      .filter((m) => m.active && m.currentThreshold !== undefined)
      .sort((a, b) => b.flags - a.flags)
      .map((m) => m.model);
  const models: ModelThresholdReadout[] = [];
  for (const model of names) {
    const info = inventory.models.find((m) => m.model === model);
    const capacity = lookup(options.capacities, info?.queue);
    const current = lookup(options.thresholds, model) ?? info?.currentThreshold ?? 0.5;
    const window = await modelScoreWindow(ds, { model, since });
    if (window.n === 0) continue;
    const tuned = recommendThreshold(
      labelledSample(
        window.counts,
        `ground truth of ${window.n.toLocaleString("en-US")} listings scored by ${model} since ${sinceDay}`,
      ),
      {
        minPrecision,
        capacity,
        days: window.days.length,
        dailyVolume: window.dailyVolume,
        current,
        step: 0.01,
        replicates,
        seed,
      },
    );
    const cut = window.days[Math.floor(window.days.length / 2)];
    const first = await modelScoreWindow(ds, { model, since, beforeDay: cut });
    const second = await modelScoreWindow(ds, { model, since, fromDay: cut });
    const early = recommendThreshold(first.counts, {
      minPrecision,
      capacity,
      days: first.days.length,
      step: 0.01,
      replicates,
      seed,
    });
    const check = recommendationBacktest(early, second.counts, { days: second.days.length });
    const recommendation = demoteRecommendation(tuned, check);
    models.push({
      model,
      queue: info?.queue,
      capacity,
      window,
      recommendation,
      stability: { cut, first, second, recommendation: early, check },
      card: thresholdCard(model, recommendation, capacity, info?.queue, options.lang),
    });
  }
  return {
    inventory,
    since,
    sinceDay,
    models,
    missing:
      missing ??
      (models.length
        ? undefined
        : "no model in the dataset raises flags: there is no threshold to tune"),
  };
}

/**
 * The card for a threshold recommendation. Only a recommendation whose verdict is
 * "meets_targets" is worded as a change to make; the others say what holds it back.
 * @example thresholdCard("counterfeit_v4", recommendation, 6, "counterfeit").title // "counterfeit_v4: meets the targets"
 */
export function thresholdCard(
  model: string,
  r: ThresholdRecommendation,
  capacity: number | undefined,
  queue?: string,
  lang: Lang = "en",
): RecommendationCard {
  const t = messages(lang).tuning;
  const c = r.current;
  const e = r.expected;
  const from = c ? c.threshold.toFixed(2) : undefined;
  const to = r.threshold.toFixed(2);
  const move =
    !c || r.threshold === c.threshold
      ? t.keep(model, to)
      : t.move(r.threshold > c.threshold, model, from!, to);
  const title = t.verdict[r.verdict];
  const now = from ? t.now(from) : "";
  const action =
    r.verdict === "meets_targets"
      ? `${move}.`
      : r.verdict === "not_enough_evidence"
        ? t.notYet(to, now, Math.round(r.confidence * 100), r.labelsNeeded?.toLocaleString("en-US"))
        : r.verdict === "failed_next_period"
          ? t.notConfirmed(to, from)
          : t.noThreshold(to, now);
  const capacityText =
    capacity === undefined
      ? t.noCapacity
      : t.capacity(capacity, e.flagsPerDay.estimate <= capacity);
  const delta = c ? e.flagsPerDay.estimate - c.flagsPerDay.estimate : NaN;
  const impact =
    (c
      ? t.impactChange(
          formatPercent(c.precision.estimate),
          formatPercent(e.precision.estimate),
          ci(e.precision),
          formatPercent(c.recall.estimate),
          formatPercent(e.recall.estimate),
          ci(e.recall),
          `${delta >= 0 ? "+" : "−"}${Math.abs(delta).toFixed(1)}`,
        )
      : t.impactNew(
          formatPercent(e.precision.estimate),
          ci(e.precision),
          formatPercent(e.recall.estimate),
          ci(e.recall),
        )) +
    t.impactTail(e.flagsPerDay.estimate.toFixed(1), capacityText, held(e.constraintProbability, t));
  // English keeps the tuning report's own rationale; other languages say why in their own words.
  const rationale = t.rationale
    ? t.rationale(r.verdict, r.warnings.length)
    : [
        r.verdict === "failed_next_period"
          ? r.rationale
          : recommendationRationale(r, { effect: false }),
        ...r.warnings,
      ].join(" ");
  return {
    title: `${model}: ${title}`,
    action,
    impact,
    // The impact line gives the effect; the rationale says why, without the same figures again.
    // (A demoted one keeps its own rationale: it starts with why the next period failed it.)
    rationale,
    owner: t.owner(queue),
  };
}
