import type { Lang } from "../i18n/Lang.js";
import type { PostMortem } from "../postmortem/PostMortem.js";
import { formatInstant, hoursAfter } from "../postmortem/incidentText.js";
import { htmlTable } from "./htmlTable.js";

/**
 * A post-mortem's timeline as a report table: each event, when it happened on the dataset's clock
 * ("not in the data" when the data does not show it), the hours since the incident's start and
 * the evidence; the caption names the zone. Words of the table itself in `lang` (default "en").
 * @example tslab.display.html(postMortemTimelineTable(pm, "ko"))
 */
export function postMortemTimelineTable(pm: PostMortem, lang?: Lang): string {
  const { start, zone } = pm.window;
  return htmlTable(pm.timeline, {
    lang: lang,
    columns: [
      { name: "event" },
      { name: "when", format: (v) => formatInstant(v as Date | undefined, zone) },
      { name: "after", label: "after start", value: (t) => hoursAfter(t.when, start) },
      { name: "evidence" },
    ],
    caption: `Times in ${zone}.`,
  });
}
