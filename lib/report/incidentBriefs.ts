import type { Incident } from "../dataset/readIncidents.js";
import { incidentText } from "../dataset/incidentText.js";
import { formatValue } from "../format/formatValue.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import { periodStart } from "../time/periodStart.js";
import { leadSentences } from "./leadSentences.js";

/** Options for {@link incidentBriefs}. */
export interface IncidentBriefsOptions {
  /** The last day (YYYY-MM-DD) an incident may start on; default every incident. */
  through?: string;
  /** The language of titles and text; default "en". */
  lang?: Lang;
  /** The zone whose clock and calendar the times and `through` are read in: the dataset's `definition.zone`. Default `DEFAULT_ZONE`. */
  zone?: string;
}

/** An incident told in a line: for the executive summary's list and its deck slide. */
export interface IncidentBrief {
  title: string;
  /** Its start and end, shortened to the days when it spans more than one. */
  when: string;
  /** Where: "dimension value/value, …", or the catalog's "no segment given". */
  segment: string;
  /** The mechanism's first two sentences: what happened and why. */
  text: string;
  /** Links to the detailed reports that hold its evidence (Markdown). */
  evidence: string;
}

/**
 * The incidents that started by a day, oldest first, each as a title, when, where, the lead of
 * its mechanism and the reports that hold the evidence, in `lang`.
 * @example incidentBriefs(await readIncidents(files.incidents), { through: "2026-10-25" })
 */
export function incidentBriefs(
  incidents: readonly Incident[],
  options: IncidentBriefsOptions = {},
): IncidentBrief[] {
  const lang = options.lang ?? "en";
  const t = messages(lang).summary;
  const when = (i: Incident) => {
    const from = formatValue(i.start, "datetime", options.zone);
    const to = formatValue(i.end, "datetime", options.zone);
    return from.slice(0, 10) === to.slice(0, 10)
      ? `${from}–${to.slice(11)}`
      : `${from.slice(0, 10)} – ${to.slice(0, 10)}`;
  };
  return incidents
    .filter(
      (i) =>
        options.through === undefined ||
        periodStart(i.start, "day", { zone: options.zone })! <= options.through,
    )
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map((i) => {
      const text = incidentText(i, lang);
      return {
        title: text.title,
        when: when(i),
        segment:
          Object.entries(i.segment ?? {})
            .map(([k, v]) => `${k.replace(/_/g, " ")} ${Array.isArray(v) ? v.join("/") : v}`)
            .join(", ") || t.noSegment,
        text: leadSentences(text.mechanism, 2),
        evidence: t.detailReports[i.kind] ?? t.otherReports,
      };
    });
}
