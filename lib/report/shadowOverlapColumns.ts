import type { ShadowOverlapRow } from "../rules/ShadowReadout.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of a shadow-overlap table (a shadow rule's {@link ShadowOverlapRow}s with its id as
 * `shadow`): shadow rule, live rule, listings hit by both and their share of each rule's hits.
 * @example htmlTable(readout.rules.flatMap((r) => r.overlap.map((o) => ({ shadow: r.id, ...o }))), { columns: shadowOverlapColumns() })
 */
export function shadowOverlapColumns(): TableColumn<ShadowOverlapRow & { shadow: string }>[] {
  return [
    "shadow",
    { name: "rule", label: "live rule" },
    { name: "shared", label: "listings hit by both", format: "integer" },
    { name: "shareOfShadow", label: "share of the shadow rule's hits", format: "percent" },
    { name: "shareOfLive", label: "share of the live rule's hits", format: "percent" },
  ];
}
