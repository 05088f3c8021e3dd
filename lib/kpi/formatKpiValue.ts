import type { Lang } from "../i18n/Lang.js";
import { formatValue } from "../format/formatValue.js";
import { MISSING } from "../format/missing.js";

/**
 * A KPI value as text in the KPI's format: "percent" (87.3%), "integer", "hours" (4.3 h) or
 * "number" (2 decimals); NaN is {@link MISSING}.
 * @example formatKpiValue(4.276, "hours") // "4.3 h"
 */
export function formatKpiValue(value: number, format: string, lang: Lang = "en"): string {
  if (!Number.isFinite(value)) return MISSING;
  if (format === "hours") return `${value.toFixed(1)}${lang === "ko" ? "시간" : " h"}`;
  if (format === "percent" || format === "integer") return formatValue(value, format);
  return formatValue(value, "number");
}
