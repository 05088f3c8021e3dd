import { formatValue } from "../format/formatValue.js";
import type { PostMortem } from "../postmortem/PostMortem.js";
import { formatInstant, segmentText } from "../postmortem/incidentText.js";

/**
 * A post-mortem's summary in markdown: the incident and its headline, then bullets for the
 * window (on the dataset's clock, with its length in hours), the incident record's mechanism when
 * it gives one, where the root cause sits (each cause explaining at least 10% of the change, else
 * the best) or why none was located, and what the fix does.
 * @example tslab.display.markdown(postMortemSummary(await incidentEvidence(ds, incident)))
 */
export function postMortemSummary(pm: PostMortem): string {
  const { start, end, zone } = pm.window;
  const at = (when: Date) => formatInstant(when, zone);
  const causes = pm.rootCause?.result.causes ?? [];
  const located = causes
    .filter((c) => c.explanatoryPower >= 0.1)
    .map((c) => `**${segmentText(c.segment)}** (${formatValue(c.explanatoryPower, "percent")})`)
    .join(" and ");
  const mechanism = pm.incident.mechanism;
  return [
    `**${pm.incident.id} — ${pm.incident.title}.** ${pm.headline}`,
    "",
    `- **Window:** ${at(start)} to ${at(end)} (${((+end - +start) / 3_600_000).toFixed(0)} hours).`,
    ...(typeof mechanism === "string" ? [`- **Mechanism (incident record):** ${mechanism}`] : []),
    pm.rootCause && causes.length
      ? `- **Root cause located:** ${located || `**${segmentText(causes[0].segment)}**`} of the change in ${pm.rootCause.kpi}.`
      : `- **Root cause:** ${pm.rootCauseNote ?? pm.rootCause?.result.empty ?? "no segment explains the change"}`,
    `- **Fix:** ${pm.fix.summary}`,
  ].join("\n");
}
