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

/**
 * The KPI dashboard's cards: one per KPI definition with a target and a judged scorecard value,
 * in definition order — its latest complete period, target, n, 95% interval and owner, in `lang`
 * (default "en"). A status other than met, at risk or missed shows as "no_data".
 * @example kpiCardsHtml(dashboardKpiCards(set.kpis, kpiScorecard(values, { date })))
 */
export function dashboardKpiCards(
  definitions: readonly KpiDefinition[],
  scorecard: readonly KpiScorecardEntry[],
  lang: Lang = "en",
): KpiCard[] {
  const words = messages(lang).dashboard;
  const cards: KpiCard[] = [];
  for (const k of definitions) {
    const v = scorecard.find((e) => e.kpi === k.name && e.status !== "no_data")?.value;
    if (!k.target || !v) continue;
    const shown = (value: number) => formatKpiValue(value, v.format, lang);
    const interval = v.lower !== undefined ? words.interval(shown(v.lower), shown(v.upper!)) : "";
    cards.push({
      name: `${kpiText(k, lang).title} (${formatDay(v.period, lang)})`,
      value: shown(v.value),
      target: kpiTargetText(v, lang),
      status:
        v.status === "met" || v.status === "at_risk" || v.status === "missed"
          ? v.status
          : "no_data",
      detail: words.detail(formatCount(v.n, lang), interval, k.owner),
    });
  }
  return cards;
}
