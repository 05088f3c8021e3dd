import { formatValue } from "../format/formatValue.js";
import type { Lang } from "../i18n/Lang.js";
import { segmentText } from "../postmortem/incidentText.js";
import type { RcaResult } from "../rca/RcaResult.js";
import { causeValueText } from "./causeValueText.js";
import { htmlTable } from "./htmlTable.js";

/**
 * A root-cause search's causes as a report table, best first: each segment, the KPI before and
 * during (as {@link causeValueText}), the share of the change it explains, its score and its rows
 * in each period. Words of the table itself in `lang` (default "en").
 * @example tslab.display.html(rootCauseTable(pm.rootCause.result))
 */
export function rootCauseTable(result: RcaResult, lang?: Lang): string {
  const kind = result.kpi?.kind ?? "additive";
  const value = (x: number | null) => causeValueText(x, kind);
  return htmlTable(result.causes, {
    lang: lang,
    columns: [
      { name: "segment", value: (c) => segmentText(c.segment) },
      { name: "before", value: (c) => value(c.baseline) },
      { name: "during", value: (c) => value(c.current) },
      { name: "explains", value: (c) => formatValue(c.explanatoryPower, "percent") },
      { name: "score", value: (c) => c.score.toFixed(3) },
      {
        name: "rows",
        value: (c) =>
          `${formatValue(c.support.baseline, "integer")} → ${formatValue(c.support.current, "integer")}`,
      },
    ],
    caption:
      "Causes best first. 'explains': share of the KPI's change had only this segment moved; rows: records in each period.",
  });
}
