import type { ColumnKind } from "../data/TableSchema.js";

/** One column of a kit table: its kind and whether a dataset must supply it. */
export interface KitColumn {
  kind: Exclude<ColumnKind, "date">;
  required?: boolean;
  /** What the column means, shown by `tns init` and in messages. */
  meaning: string;
}

const id = (meaning: string): KitColumn => ({ kind: "string", required: true, meaning });
const text = (meaning: string): KitColumn => ({ kind: "string", meaning });
const time = (meaning: string, required = false): KitColumn => ({
  kind: "timestamp",
  required,
  meaning,
});

/**
 * The kit's tables and their columns: the contract between a dataset definition and everything
 * downstream. A dataset maps its own sources onto these names once (`tns.yaml`); required columns
 * must be supplied, optional ones are NULL when absent. `events` is a JSON Lines stream with no
 * column contract.
 * @example Object.keys(kitTables.listings) // ["listing_id", "seller_id", "created_at", …]
 */
export const kitTables = {
  listings: {
    listing_id: id("listing id"),
    seller_id: text("seller id (→ sellers)"),
    created_at: time("creation time", true),
    category: text("category"),
    brand: text("brand"),
    title: text("title (written by the seller)"),
    description: text("description"),
    price_krw: { kind: "number", meaning: "price in KRW" },
    views: { kind: "integer", meaning: "views" },
    is_violation: { kind: "boolean", meaning: "ground truth: the listing violates a policy" },
    violation_policy: text("ground truth: which policy"),
  },
  sellers: {
    seller_id: id("seller id"),
    joined_at: time("sign-up time"),
    tier: text("seller tier"),
    country: text("country of registration"),
    verified: { kind: "boolean", meaning: "identity verified" },
  },
  model_scores: {
    listing_id: id("listing id (→ listings)"),
    model: id("model name and version"),
    score: { kind: "number", required: true, meaning: "model score in [0, 1]" },
    scored_at: time("scoring time"),
  },
  flags: {
    listing_id: id("listing id (→ listings)"),
    flagged_at: time("flag time", true),
    detector: text("rule or model that flagged"),
    policy: text("policy"),
    queue: text("review queue"),
    action: text("action: review, block, tag"),
  },
  reviews: {
    review_id: text("review id"),
    listing_id: id("listing id (→ listings)"),
    queue: text("review queue"),
    enqueued_at: time("time the listing entered the queue", true),
    reviewed_at: time("decision time (empty while open)"),
    reviewer_id: text("reviewer"),
    decision: text("decision: violation, no_violation, escalated"),
    handling_seconds: { kind: "number", meaning: "reviewer handling time in seconds" },
  },
  audits: {
    audit_id: text("audit id"),
    listing_id: id("listing id (→ listings)"),
    audited_at: time("audit time"),
    stratum: text("sampling stratum"),
    inclusion_prob: { kind: "number", meaning: "probability the listing was sampled" },
    label: id("auditor label: violation or no_violation"),
    policy: text("policy"),
  },
  appeals: {
    appeal_id: text("appeal id"),
    listing_id: id("listing id (→ listings)"),
    appealed_at: time("appeal time", true),
    resolved_at: time("resolution time"),
    outcome: text("outcome: upheld or overturned"),
  },
  events: {},
} satisfies Record<string, Record<string, KitColumn>>;

/** The name of one kit table. */
export type KitTableName = keyof typeof kitTables;

/** The kit's table names in the order reports list them. */
export const kitTableNames = Object.keys(kitTables) as KitTableName[];

/** The columns of a kit table, typed loosely for iteration. */
export function kitColumns(table: KitTableName): Record<string, KitColumn> {
  return kitTables[table];
}
