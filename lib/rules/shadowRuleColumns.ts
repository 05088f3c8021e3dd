import { formatRange } from "../format/formatRange.js";
import { formatValue } from "../format/formatValue.js";
import type { TableColumn } from "../view/TableColumn.js";
import type { ShadowRuleReadout } from "./ShadowReadout.js";

/**
 * The columns of a shadow readout's per-rule table (`readout.rules`): hits, new hits, violations
 * newly caught, non-violations newly flagged, new hits not labeled yet, and precision on the
 * labeled hits with its 95% interval and n — what each shadow rule would add if promoted.
 * @example htmlTable(readout.rules, { columns: shadowRuleColumns() })
 */
export function shadowRuleColumns(): TableColumn<ShadowRuleReadout>[] {
  const count = (n: number) => String(n);
  return [
    "id",
    { name: "hits", format: "integer" },
    { name: "newHits", label: "new hits", format: "integer" },
    {
      name: "newlyCaught",
      label: "violations newly caught",
      format: (_v, r) => count(r.known.newlyCaught),
    },
    {
      name: "newlyFlaggedClean",
      label: "non-violations newly flagged",
      format: (_v, r) => count(r.known.newlyFlaggedClean),
    },
    {
      name: "newUnlabeled",
      label: "new hits not labeled yet",
      format: (_v, r) => count(r.newHits - r.known.newLabeled),
    },
    {
      name: "precision",
      label: "precision (labeled hits)",
      format: (_v, r) => {
        const { estimate, lower, upper } = r.known.precision;
        return `${formatValue(estimate, "percent")} (${formatRange(lower, upper)}, n = ${r.known.labeled})`;
      },
    },
  ];
}
