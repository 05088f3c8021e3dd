// view: the shapes a finding takes on a page: KPI cards, recommendation cards, table columns.
// Types only, with no rendering: domain folders build them, report/ renders them, so no domain
// folder needs to import presentation code.
export type { KpiCard, KpiStatusName } from "./KpiCard.js";
export type { RecommendationCard } from "./RecommendationCard.js";
export type { TableColumn, TableColumnSpec } from "./TableColumn.js";
