import type { Incident } from "../dataset/readIncidents.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import type { IncidentWindow } from "./incidentWindow.js";
import { int, segmentText } from "./incidentText.js";
import { sqlBetween } from "./sqlTime.js";

/** Which listings an incident affected: a SQL condition, the same in words, and what was ignored. */
export interface AffectedListings {
  sql: string;
  description: string;
  notes: string[];
}

/**
 * The listings an incident affected, created in its window: those of the sellers it lists
 * (`affected.seller_ids`), else those inside its segment (each dimension a column of the relation,
 * a list meaning any of its values). A segment dimension the relation lacks is ignored with a note.
 * @example affectedListingsCondition(incident, window, ["category", "seller_tier"], ds.dialect).sql
 */
export function affectedListingsCondition(
  incident: Incident,
  window: IncidentWindow,
  columns: readonly string[],
  dialect: SqlDialect,
): AffectedListings {
  const { ident, literal, text } = dialect;
  const inWindow = sqlBetween(dialect, "created_at", window.start, window.end);
  const sellerIds = (incident.affected as { seller_ids?: unknown } | undefined)?.seller_ids;
  if (Array.isArray(sellerIds) && sellerIds.length)
    return {
      sql: `${inWindow} AND seller_id IN (${sellerIds.map((id) => literal(String(id))).join(", ")})`,
      description: `the listings of the ${int(sellerIds.length)} sellers the incident record names`,
      notes: [],
    };
  const segment = Object.entries(incident.segment ?? {});
  const known = segment.filter(([dim]) => columns.includes(dim));
  const notes = segment
    .filter(([dim]) => !columns.includes(dim))
    .map(([dim]) => `the incident's segment names ${dim}, which the listings do not have: ignored`);
  const terms = known.map(
    ([dim, v]) => `${text(ident(dim))} IN (${[v].flat().map(literal).join(", ")})`,
  );
  return {
    sql: [inWindow, ...terms].join(" AND "),
    description: `the listings created in the window in ${segmentText(Object.fromEntries(known))}`,
    notes,
  };
}
