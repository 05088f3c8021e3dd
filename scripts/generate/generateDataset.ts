import { join } from "node:path";
import { appealDecision } from "./appealDecision.js";
import { auditSample } from "./auditSample.js";
import { buildIncidents } from "./buildIncidents.js";
import { categories } from "./categories.js";
import { createListing } from "./createListing.js";
import { createSellers } from "./createSellers.js";
import { DatasetWriter } from "./DatasetWriter.js";
import { detectListing, type Flag } from "./detectListing.js";
import { FileSink } from "./FileSink.js";
import { IncidentStats } from "./IncidentStats.js";
import type { QueueName } from "./kinds.js";
import { dailyListingCounts, listingTimes } from "./listingVolume.js";
import { notPositiveInteger, seedNotInteger, tooFewRows } from "./messages.js";
import { cumulativeWeights, Random } from "./random.js";
import { recordAudit, recordDetection, recordReview } from "./recordIncidentStats.js";
import { ReviewDesk } from "./ReviewDesk.js";
import { SellerPool } from "./SellerPool.js";
import { DAY } from "./time.js";
import { periodEnd, timeline, within } from "./timeline.js";
import { writeReferenceFiles } from "./writeReferenceFiles.js";
import { writeDatasetDefinition } from "./writeDatasetDefinition.js";

/** Options of {@link generateDataset}. */
export interface GenerateDatasetOptions {
  /** Seed of the random stream; default 42. */
  seed?: number;
  /** Days from 2026-08-01 (the default zone, `DEFAULT_ZONE`); default 90. */
  days?: number;
  /** Listings in total; default 20,000 × days / 90. */
  rows?: number;
  /** Output folder; default "data". */
  out?: string;
}

/** What {@link generateDataset} wrote. */
export interface DatasetSummary {
  out: string;
  seed: number;
  days: number;
  rows: number;
  /** Lines per written file, headers included. */
  lines: Record<string, number>;
  incidents: number;
}

/** Listings in the committed 90-day sample. */
export const DEFAULT_ROWS = 20_000;
const WAVE_SHARE = 0.06;
const QUEUE_PRIORITY: readonly QueueName[] = ["prohibited", "fraud", "counterfeit", "contact"];
const categoryWeights = cumulativeWeights(categories.map((c) => c.weight));
const bags = categories.find((c) => c.name === "bags")!;

function check(seed: number, days: number, rows: number): void {
  if (!Number.isSafeInteger(seed)) throw new Error(seedNotInteger(seed));
  if (!Number.isSafeInteger(days) || days < 1) throw new Error(notPositiveInteger("--days", days));
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(notPositiveInteger("--rows", rows));
  if (rows < days) throw new Error(tooFewRows(rows, days));
}

function routeQueue(flags: readonly Flag[]): { queue: QueueName; enqueuedAt: number } | null {
  const queue = QUEUE_PRIORITY.find((q) => flags.some((flag) => flag.queue === q));
  if (!queue) return null;
  const enqueuedAt = Math.min(...flags.filter((f) => f.queue === queue).map((f) => f.flaggedAt));
  return { queue, enqueuedAt };
}

/**
 * Generates the synthetic marketplace (sellers, listings, model scores, flags, reviews, audits,
 * appeals, events, incidents, rules and keyword lists) into `out`, streaming rows to disk day by
 * day; the same options always give byte-identical files.
 * @example generateDataset({ seed: 7, days: 90, rows: 3000, out: "test/.tmp/generate/a" });
 */
export function generateDataset(options: GenerateDatasetOptions = {}): DatasetSummary {
  const { seed = 42, days = 90, out = "data" } = options;
  const rows = options.rows ?? Math.round((DEFAULT_ROWS * days) / 90);
  check(seed, days, rows);
  const rng = new Random(seed);
  const end = periodEnd(days);
  const sellers = createSellers(rng, {
    count: Math.max(50, Math.round(rows / 8.8)),
    waveCount: Math.max(5, Math.round(rows / 730)),
    end,
  });
  const duplicate = timeline.duplicatedEvents.start < end ? timeline.duplicatedEvents : undefined;
  const writer = new DatasetWriter(out, duplicate);
  try {
    for (const seller of sellers) writer.seller(seller);
    const stats = new IncidentStats();
    const pool = new SellerPool(rng, sellers);
    const desk = new ReviewDesk(rng);
    const counters = { listing: 0, review: 0, audit: 0, appeal: 0 };
    const counts = dailyListingCounts(rng, rows, days);
    for (let day = 0; day < days; day += 1) {
      const dayStart = timeline.start + day * DAY;
      const today = listingTimes(rng, dayStart, counts[day]).map((createdAt) => {
        const wave = within(createdAt, timeline.evasionWave) && rng.chance(WAVE_SHARE);
        const category = wave ? bags : categories[rng.index(categoryWeights)];
        const seller = pool.pick(rng, createdAt, wave);
        const id = `L${String(++counters.listing).padStart(7, "0")}`;
        const listing = createListing(rng, { id, seller, createdAt, category, wave });
        const detection = detectListing(rng, listing);
        // Activity after the period end is not in the extract.
        const scores = detection.scores.filter((s) => s.scoredAt < end);
        const flags = detection.flags.filter((f) => f.flaggedAt < end);
        writer.listing(listing);
        for (const score of scores) writer.score(id, score);
        for (const flag of flags) writer.flag(id, flag);
        recordDetection(stats, listing, scores, flags);
        return { listing, scores, flags, route: routeQueue(flags) };
      });
      const arrivals = { counterfeit: 0, contact: 0, prohibited: 0, fraud: 0 };
      for (const { route } of today) if (route) arrivals[route.queue] += 1;
      desk.startDay(arrivals);
      for (const { listing, scores, flags, route } of today) {
        if (route) {
          const review = desk.review(rng, listing, route.queue, route.enqueuedAt);
          if (!review || review.reviewedAt >= end) continue;
          const reviewId = `RV${String(++counters.review).padStart(7, "0")}`;
          const exported = !within(review.reviewedAt, timeline.reviewFeedGap);
          if (!exported) stats.count("gap.reviews");
          writer.review(reviewId, listing.id, review, exported);
          recordReview(stats, review);
          if (review.decision !== "violation") continue;
          const appeal = appealDecision(rng, listing, review.reviewedAt);
          if (appeal && appeal.resolvedAt < end)
            writer.appeal(`AP${String(++counters.appeal).padStart(6, "0")}`, listing.id, appeal);
        } else if (flags.length === 0) {
          const maxScore = Math.max(0, ...scores.filter((s) => s.production).map((s) => s.score));
          const audit = auditSample(rng, listing, maxScore);
          if (!audit || audit.auditedAt >= end) continue;
          writer.audit(`AU${String(++counters.audit).padStart(6, "0")}`, listing.id, audit);
          recordAudit(stats, listing, audit);
        }
      }
      writer.events.flushBefore(dayStart + DAY);
    }
    writer.close();
    const incidents = buildIncidents(stats, {
      end,
      waveSellerIds: sellers.filter((s) => s.wave).map((s) => s.id),
      duplicatedEvents: writer.events.duplicated,
    });
    const incidentsFile = new FileSink(join(out, "incidents.json"));
    incidentsFile.line(JSON.stringify(incidents, null, 2));
    incidentsFile.close();
    writeReferenceFiles(out);
    writeDatasetDefinition(out);
    return { out, seed, days, rows, lines: writer.lineCounts(), incidents: incidents.length };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
