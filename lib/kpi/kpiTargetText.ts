import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import { formatKpiValue } from "./formatKpiValue.js";
import type { KpiValue } from "./KpiValue.js";

/**
 * A KPI value's target as a card or chart shows it: "≥ 85.0%" (higher is better) or "≤ 4.0 h",
 * in the KPI's format and `lang` (default "en"); the catalog's "none" without a target.
 * @example kpiTargetText({ format: "percent", target: { value: 0.85, direction: "higher" } }) // "≥ 85.0%"
 */
export function kpiTargetText(
  value: Pick<KpiValue, "target" | "format">,
  lang: Lang = "en",
): string {
  const target = value.target;
  if (!target) return messages(lang).dashboard.noTarget;
  return `${target.direction === "higher" ? "≥" : "≤"} ${formatKpiValue(target.value, value.format, lang)}`;
}
