import { formatCount } from "../format/formatCount.js";
import { formatDay } from "../format/formatDay.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import type { KpiDefinition } from "../kpi/KpiDefinition.js";
import { formatKpiValue } from "../kpi/formatKpiValue.js";
import type { KpiScorecardEntry } from "../kpi/kpiScorecard.js";
import { kpiTargetText } from "../kpi/kpiTargetText.js";
import { kpiText } from "../kpi/kpiText.js";
import type { KpiCard } from "../view/KpiCard.js";

/** Options for {@link scorecardKpiCards}. */
export interface ScorecardKpiCardsOptions {
  /** The KPI definitions (kpis.yaml), for titles in `lang`; default none (the values' own titles). */
  definitions?: readonly KpiDefinition[];
  /** The language of names, numbers and dates; default "en". */
  lang?: Lang;
}

const order = { missed: 0, at_risk: 1, no_data: 2, met: 3, partial: 2 } as const;

/**
 * One KPI card per scorecard entry that has a target — its last complete period against its
 * target, with n, the 95% interval and the previous period — worst status first (missed, at risk,
 * no data, met). A running ("partial") or untargeted value shows as "no_data".
 * @example kpiCardsHtml(scorecardKpiCards(kpiScorecard(values, { date }), { lang: "ko" }))
 */
export function scorecardKpiCards(
  scorecard: readonly KpiScorecardEntry[],
  options: ScorecardKpiCardsOptions = {},
): KpiCard[] {
  const lang = options.lang ?? "en";
  const words = messages(lang);
  const t = words.summary;
  const cards: KpiCard[] = [];
  for (const { value: last, previous } of scorecard) {
    if (!last?.target) continue;
    const shown = (value: number) => formatKpiValue(value, last.format, lang);
    const definition = options.definitions?.find((k) => k.name === last.kpi);
    const title = definition ? kpiText(definition, lang).title : last.title;
    const change =
      previous && Number.isFinite(previous.value) ? t.previous(shown(previous.value)) : "";
    const interval =
      last.lower !== undefined && last.upper !== undefined
        ? t.interval(shown(last.lower), shown(last.upper))
        : "";
    cards.push({
      name: t.kpiName(title, words.grain[last.grain] ?? last.grain, formatDay(last.period, lang)),
      value: Number.isFinite(last.value) ? shown(last.value) : t.noData,
      target: kpiTargetText(last, lang),
      status: last.status === "no_target" || last.status === "partial" ? "no_data" : last.status,
      detail: `${t.n(formatCount(Math.round(last.n), lang))}${interval}${change}`,
    });
  }
  return cards.sort((a, b) => order[a.status] - order[b.status]);
}
