import { formatCount } from "../format/formatCount.js";
import { formatDay } from "../format/formatDay.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import type { KpiDefinition } from "../kpi/KpiDefinition.js";
import { formatKpiValue } from "../kpi/formatKpiValue.js";
import type { KpiScorecardEntry } from "../kpi/kpiScorecard.js";
import { kpiText } from "../kpi/kpiText.js";
import type { KpiValue } from "../kpi/KpiValue.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";

/** Options for {@link missedKpiCard}. */
export interface MissedKpiCardOptions {
  /** The KPI definitions (kpis.yaml), for titles, descriptions and owners; default none. */
  definitions?: readonly KpiDefinition[];
  /** The language of the card; default "en". */
  lang?: Lang;
}

/**
 * The decision card for the scorecard's KPI furthest past its target, relative to the target
 * (the first on ties): what to bring back, to what, its n and interval, and its owner;
 * `undefined` when no KPI missed its target.
 * @example const card = missedKpiCard(kpiScorecard(values, { date }), { definitions: set.kpis });
 */
export function missedKpiCard(
  scorecard: readonly KpiScorecardEntry[],
  options: MissedKpiCardOptions = {},
): RecommendationCard | undefined {
  const lang = options.lang ?? "en";
  const words = messages(lang);
  const t = words.summary;
  const gap = (v: KpiValue) =>
    Math.abs(v.value - v.target!.value) / Math.max(Math.abs(v.target!.value), 1e-9);
  const missed = scorecard
    .map((entry) => entry.value)
    .filter((v): v is KpiValue => v?.target !== undefined && v.status === "missed");
  const worst = missed.sort((a, b) => gap(b) - gap(a))[0];
  if (!worst) return undefined;
  const shown = (value: number) => formatKpiValue(value, worst.format, lang);
  const definition = options.definitions?.find((k) => k.name === worst.kpi);
  const title = definition ? kpiText(definition, lang).title : worst.title;
  const interval =
    worst.lower !== undefined && worst.upper !== undefined
      ? t.interval(shown(worst.lower), shown(worst.upper))
      : "";
  return {
    title: t.kpiTitle(title),
    action: t.kpiAction(
      title,
      worst.target!.direction === "higher",
      shown(worst.target!.value),
      shown(worst.value),
      words.grain[worst.grain] ?? worst.grain,
      formatDay(worst.period, lang),
    ),
    impact: `${t.n(formatCount(Math.round(worst.n), lang))}${interval}. ${definition ? kpiText(definition, lang).description : ""}`,
    rationale: t.kpiRationale,
    owner: definition?.owner,
  };
}
