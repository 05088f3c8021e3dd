import type { ColumnSpec, TableSchema } from "./TableSchema.js";

const id: ColumnSpec = { type: "string", nullable: false };
const text: ColumnSpec = { type: "string" };
const time: ColumnSpec = { type: "timestamp", nullable: false };

/**
 * The schemas of the kit's sample tables in data/ (see data/README.md); ids, event times, prices,
 * scores and labels must be filled in, descriptive fields may be empty.
 * @example const sellers = await loadCsv("data/sellers.csv", sampleSchemas.sellers);
 */
export const sampleSchemas = {
  sellers: {
    name: "sellers",
    columns: {
      seller_id: id,
      joined_at: time,
      tier: text,
      country: text,
      verified: { type: "boolean" },
    },
  },
  listings: {
    name: "listings",
    columns: {
      listing_id: id,
      seller_id: id,
      created_at: time,
      category: text,
      brand: text,
      title: text,
      description: text,
      price_krw: { type: "integer", nullable: false },
      views: { type: "integer" },
      is_violation: { type: "boolean", nullable: false },
      violation_policy: text,
    },
  },
  modelScores: {
    name: "model_scores",
    columns: {
      listing_id: id,
      model: id,
      score: { type: "number", nullable: false },
      scored_at: time,
    },
  },
  flags: {
    name: "flags",
    columns: {
      listing_id: id,
      flagged_at: time,
      detector: id,
      policy: text,
      queue: text,
      action: text,
    },
  },
  reviews: {
    name: "reviews",
    columns: {
      review_id: id,
      listing_id: id,
      queue: text,
      enqueued_at: time,
      reviewed_at: { type: "timestamp" },
      reviewer_id: text,
      decision: text,
      handling_seconds: { type: "integer" },
    },
  },
  audits: {
    name: "audits",
    columns: {
      audit_id: id,
      listing_id: id,
      audited_at: time,
      stratum: text,
      inclusion_prob: { type: "number", nullable: false },
      label: { type: "string", nullable: false },
      policy: text,
    },
  },
  appeals: {
    name: "appeals",
    columns: {
      appeal_id: id,
      listing_id: id,
      appealed_at: time,
      resolved_at: { type: "timestamp" },
      outcome: text,
    },
  },
} satisfies Record<string, TableSchema>;

/** The name of one sample table, as a key of {@link sampleSchemas} and of the loaded dataset. */
export type SampleTableName = keyof typeof sampleSchemas;
