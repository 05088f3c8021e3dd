import { join } from "node:path";
import type { Appeal } from "./appealDecision.js";
import type { Audit } from "./auditSample.js";
import type { Flag, ModelScore } from "./detectListing.js";
import { EventLog } from "./EventLog.js";
import { FileSink } from "./FileSink.js";
import type { Listing, Seller } from "./Listing.js";
import type { ReviewDecision } from "./ReviewDesk.js";
import { formatTimestamp as ts } from "./time.js";

const headers = {
  sellers: ["seller_id", "joined_at", "tier", "country", "verified"],
  listings: [
    ...["listing_id", "seller_id", "created_at", "category", "brand", "title", "description"],
    ...["price_krw", "views", "is_violation", "violation_policy"],
  ],
  model_scores: ["listing_id", "model", "score", "scored_at"],
  flags: ["listing_id", "flagged_at", "detector", "policy", "queue", "action"],
  reviews: [
    ...["review_id", "listing_id", "queue", "enqueued_at", "reviewed_at", "reviewer_id"],
    ...["decision", "handling_seconds"],
  ],
  audits: ["audit_id", "listing_id", "audited_at", "stratum", "inclusion_prob", "label", "policy"],
  appeals: ["appeal_id", "listing_id", "appealed_at", "resolved_at", "outcome"],
} as const;

type Table = keyof typeof headers;

/**
 * Owns the output files of one generation and formats each row once for its CSV and, where the
 * activity is part of the stream, for events.jsonl.
 * @example const writer = new DatasetWriter("data", duplicateWindow); writer.listing(listing); writer.close();
 */
export class DatasetWriter {
  readonly #sinks: Record<Table, FileSink>;
  readonly #eventSink: FileSink;
  readonly events: EventLog;
  #closed = false;

  constructor(out: string, duplicate?: { start: number; end: number }) {
    this.#sinks = Object.fromEntries(
      Object.entries(headers).map(([table, columns]) => {
        const sink = new FileSink(join(out, `${table}.csv`));
        sink.csvRow(columns);
        return [table, sink];
      }),
    ) as Record<Table, FileSink>;
    this.#eventSink = new FileSink(join(out, "events.jsonl"));
    this.events = new EventLog(this.#eventSink, duplicate);
  }

  /** Writes a sellers.csv row. */
  seller(s: Seller): void {
    this.#sinks.sellers.csvRow([s.id, ts(s.joinedAt), s.tier, s.country, s.verified]);
  }

  /** Writes a listings.csv row and its listing_created event (without the description). */
  listing(l: Listing): void {
    this.#sinks.listings.csvRow([
      ...[l.id, l.seller.id, ts(l.createdAt), l.category, l.brand, l.title, l.description],
      ...[l.price, l.views, l.policy !== null, l.policy],
    ]);
    this.events.push(l.createdAt, "listing_created", {
      ...{ listing_id: l.id, seller_id: l.seller.id, category: l.category },
      ...{ brand: l.brand || null, title: l.title, price_krw: l.price },
    });
  }

  /** Writes a model_scores.csv row (4 decimals) and its model_scored event. */
  score(listingId: string, s: ModelScore): void {
    this.#sinks.model_scores.csvRow([listingId, s.model, s.score.toFixed(4), ts(s.scoredAt)]);
    this.events.push(s.scoredAt, "model_scored", {
      listing_id: listingId,
      model: s.model,
      score: s.score,
    });
  }

  /** Writes a flags.csv row and its flagged event. */
  flag(listingId: string, f: Flag): void {
    this.#sinks.flags.csvRow([listingId, ts(f.flaggedAt), f.detector, f.policy, f.queue, f.action]);
    this.events.push(f.flaggedAt, "flagged", {
      ...{ listing_id: listingId, detector: f.detector, policy: f.policy },
      ...{ queue: f.queue, action: f.action },
    });
  }

  /** Writes a review event, and its CSV row unless `exported` is false (the injected feed gap). */
  review(id: string, listingId: string, r: ReviewDecision, exported: boolean): void {
    if (exported)
      this.#sinks.reviews.csvRow([
        ...[id, listingId, r.queue, ts(r.enqueuedAt), ts(r.reviewedAt), r.reviewerId],
        ...[r.decision, r.handlingSeconds],
      ]);
    this.events.push(r.reviewedAt, "review_decided", {
      ...{ review_id: id, listing_id: listingId, queue: r.queue, enqueued_at: ts(r.enqueuedAt) },
      ...{ reviewer_id: r.reviewerId, decision: r.decision, handling_seconds: r.handlingSeconds },
    });
  }

  /** Writes an appeals.csv row and its appeal_resolved event. */
  appeal(id: string, listingId: string, a: Appeal): void {
    this.#sinks.appeals.csvRow([id, listingId, ts(a.appealedAt), ts(a.resolvedAt), a.outcome]);
    this.events.push(a.resolvedAt, "appeal_resolved", {
      ...{ appeal_id: id, listing_id: listingId, appealed_at: ts(a.appealedAt) },
      outcome: a.outcome,
    });
  }

  /** Writes an audits.csv row (audits are not part of the stream). */
  audit(id: string, listingId: string, a: Audit): void {
    this.#sinks.audits.csvRow([
      ...[id, listingId, ts(a.auditedAt), a.stratum, String(a.inclusionProb)],
      ...[a.label, a.policy],
    ]);
  }

  /** Line counts per file (headers included). */
  lineCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [table, sink] of Object.entries(this.#sinks)) counts[`${table}.csv`] = sink.lines;
    counts["events.jsonl"] = this.#eventSink.lines;
    return counts;
  }

  /** Flushes every pending event and moves every file into place. */
  close(): void {
    this.events.flushBefore(Number.POSITIVE_INFINITY);
    for (const sink of Object.values(this.#sinks)) sink.close();
    this.#eventSink.close();
    this.#closed = true;
  }

  /** Drops the temporary files after a failure. */
  abort(): void {
    if (this.#closed) return;
    for (const sink of Object.values(this.#sinks)) sink.abort();
    this.#eventSink.abort();
  }
}
