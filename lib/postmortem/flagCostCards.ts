import type { KpiCard } from "../view/KpiCard.js";
import type { FlagCosts } from "./flagCosts.js";
import { int } from "./incidentText.js";

/**
 * The review work and wrong actions of false-positive flags as impact cards; no card for what a
 * table the dataset lacks would have counted.
 * @example flagCostCards(await flagCosts(ds, sql))
 */
export function flagCostCards(c: FlagCosts): KpiCard[] {
  const cards: KpiCard[] = [];
  if (c.reviews !== undefined)
    cards.push({
      name: "Reviews wasted",
      value: int(c.reviews),
      status: "missed",
      detail: `${(c.seconds / 3600).toFixed(1)} h of reviewer time on non-violations`,
    });
  if (c.actioned !== undefined)
    cards.push({
      name: "Wrongly actioned",
      value: int(c.actioned),
      status: c.actioned ? "missed" : "met",
      detail:
        c.overturned === undefined
          ? "appeals not known"
          : `${int(c.overturned)} overturned on appeal`,
    });
  return cards;
}
