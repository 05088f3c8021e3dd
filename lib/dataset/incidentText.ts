import type { Lang } from "../i18n/Lang.js";
import type { Incident } from "./readIncidents.js";

/** An incident's title and mechanism in one language. */
export interface IncidentText {
  title: string;
  mechanism: string;
}

/**
 * An incident's title and mechanism in `lang`: from the incident's own translation (a field named
 * after the language, e.g. `"ko": {"title": …, "mechanism": …}` in the incident log), else as
 * written (English). Missing text is "".
 * @example incidentText(incident, "ko").title // "events.jsonl의 중복 이벤트"
 */
export function incidentText(incident: Incident, lang: Lang = "en"): IncidentText {
  const own = lang === "en" ? undefined : incident[lang];
  const translated = own && typeof own === "object" ? (own as Partial<IncidentText>) : {};
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return {
    title: text(translated.title) ?? incident.title ?? "",
    mechanism: text(translated.mechanism) ?? text(incident.mechanism) ?? "",
  };
}
