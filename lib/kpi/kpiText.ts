import type { Lang } from "../i18n/Lang.js";
import type { KpiDefinition, KpiText } from "./KpiDefinition.js";

/**
 * A KPI's title and description in `lang`: its translation from kpis.yaml (`ko: { title,
 * description }`) where given, else as written.
 * @example kpiText(definition, "ko").title // "이의 제기 번복률"
 */
export function kpiText(
  definition: Pick<KpiDefinition, "title" | "description" | "translations">,
  lang: Lang = "en",
): KpiText {
  const own = lang === "en" ? undefined : definition.translations?.[lang];
  return {
    title: own?.title ?? definition.title,
    description: own?.description ?? definition.description,
  };
}
