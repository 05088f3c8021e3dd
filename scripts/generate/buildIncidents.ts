import type { IncidentStats } from "./IncidentStats.js";
import { contactPhoneVersions } from "./productionRules.js";
import { formatTimestamp } from "./time.js";
import { timeline } from "./timeline.js";

/** What {@link buildIncidents} needs besides the tallies. */
export interface IncidentInputs {
  /** Exclusive end of the generated period (epoch ms). */
  end: number;
  waveSellerIds: string[];
  duplicatedEvents: number;
}

const ts = formatTimestamp;

/**
 * The documented incidents of the generated period (those starting inside it), with exact dates,
 * segment, mechanism, affected rows and the findings a good analysis should reproduce, measured
 * from ground truth while generating.
 * @example buildIncidents(stats, { end, waveSellerIds, duplicatedEvents: 412 })[0].kind; // "calibration_shift"
 */
export function buildIncidents(stats: IncidentStats, inputs: IncidentInputs): object[] {
  const { end } = inputs;
  const incidents = [
    {
      title: "counterfeit_v4 rollout with scores shifted upward; threshold left at 0.80",
      kind: "calibration_shift",
      start: ts(timeline.v4Rollout),
      end: ts(end),
      segment: { model: "counterfeit_v4", queue: "counterfeit" },
      mechanism:
        "counterfeit_v4 replaced counterfeit_v3 at the rollout. Its logits are v3's plus about +0.8 " +
        "(non-violations) and +1.1 (counterfeits), so at the unchanged 0.80 threshold many more genuine " +
        "listings pass it. Both models scored the same listings during shadow scoring " +
        `(${ts(timeline.shadowScoring.start)} to the rollout); only v3 flagged then.`,
      shadow: { start: ts(timeline.shadowScoring.start), end: ts(timeline.shadowScoring.end) },
      affected: {
        table: "model_scores",
        description: "every counterfeit_v4 row from the rollout on, and the model flags they raise",
      },
      detection: {
        what_to_find:
          "model:counterfeit_v* flag volume per day jumps at the rollout and their precision (review " +
          "decisions or ground truth) falls; on shadow listings v4 scores sit above v3's on the same " +
          "listings; recalibrating or raising v4's threshold restores v3's precision.",
        measured: {
          v3_model_flags: stats.tally("cfmodel.v3"),
          v3_precision: stats.rate("cfmodel.v3"),
          v4_model_flags_first_14_days: stats.tally("cfmodel.v4"),
          v4_precision_first_14_days: stats.rate("cfmodel.v4"),
          shadow_listings: stats.tally("shadow.v3flag").n,
          shadow_mean_score_v3: stats.mean("shadow.v3"),
          shadow_mean_score_v4: stats.mean("shadow.v4"),
          shadow_share_at_or_above_080_v3: stats.rate("shadow.v3flag"),
          shadow_share_at_or_above_080_v4: stats.rate("shadow.v4flag"),
        },
      },
    },
    {
      title: "Evasion wave: obfuscated counterfeit luxury bags from new CN/HK sellers",
      kind: "evasion",
      start: ts(timeline.evasionWave.start),
      end: ts(timeline.evasionWave.end),
      segment: { category: "bags", seller_tier: "new", seller_country: ["CN", "HK"] },
      mechanism:
        "A ring of new, unverified sellers from CN/HK lists counterfeit luxury bags whose titles " +
        "disguise the replica words and brand (leetspeak r3pl1ca, spaced Hangul 레 플 리 카 / 가 품, " +
        "U+200B zero-width spaces inside words, full-width ｒｅｐｌｉｃａ), so the substring rule " +
        "cf_keywords never fires; the brand column is mostly empty, so cf_luxury_low_price rarely does. " +
        "counterfeit_v4 catches only part of them.",
      affected: {
        table: "listings",
        rows: stats.tally("wave").n,
        seller_ids: inputs.waveSellerIds,
        description: "every listing of these sellers (they list nothing else)",
      },
      detection: {
        what_to_find:
          "counterfeit recall falls during the wave (audit inverse-probability-weighted estimate, " +
          "stratum new_overseas and bags); audits of unflagged bags find violations; cf_keywords " +
          "recall collapses for the segment; normalising text (NFKC, zero-width and space removal, " +
          "leet folding) before matching would have caught the wave listings.",
        measured: {
          counterfeit_recall_any_detector_before: stats.rate("cf.before"),
          counterfeit_recall_any_detector_during: stats.rate("cf.during"),
          cf_keywords_recall_before: stats.rate("cfkw.before"),
          cf_keywords_recall_during: stats.rate("cfkw.during"),
          wave_listings_flagged_share: stats.rate("wave"),
          wave_listings_flagged_by_model_share: stats.rate("wave.model"),
          wave_listings_flagged_by_cf_keywords: stats.tally("wave.cfkw").hits,
          wave_listings_audited: stats.tally("wave.audit"),
          unflagged_bag_audits_before: stats.tally("auditBags.before"),
          unflagged_bag_audits_during: stats.tally("auditBags.during"),
        },
      },
    },
    {
      title: "Over-broad edit of rule contact_phone floods the contact queue",
      kind: "rule_change",
      start: ts(timeline.contactPhoneBroken.start),
      end: ts(timeline.contactPhoneBroken.end),
      segment: { rule: "contact_phone", queue: "contact" },
      mechanism:
        "Version 2 of contact_phone replaced the mobile-number pattern with one matching any run of " +
        "7+ digits, spaces or dashes in the description, or 4+ digits in the title (model numbers, " +
        "sizes, prices). It fired on a large share of all listings until it was rolled back (v3 = v1).",
      rule_versions: contactPhoneVersions,
      affected: {
        table: "flags",
        rows: stats.tally("phone.during").n,
        description: "rule:contact_phone flags raised while v2 was live, and their reviews",
      },
      detection: {
        what_to_find:
          "rule:contact_phone hits per day explode and its precision collapses during the window; the " +
          "contact queue's share of violation decisions drops; its backlog and time to decision rise " +
          "and stay high for some days after the rollback while the backlog drains.",
        measured: {
          contact_phone_hits_before_10_days: stats.tally("phone.before"),
          contact_phone_precision_before: stats.rate("phone.before"),
          contact_phone_hits_during: stats.tally("phone.during"),
          contact_phone_precision_during: stats.rate("phone.during"),
          contact_queue_violation_share_before: stats.rate("contactQueue.before"),
          contact_queue_violation_share_during: stats.rate("contactQueue.during"),
          contact_queue_median_hours_to_decision_before: stats.median("contactHours.before"),
          contact_queue_median_hours_to_decision_during: stats.median("contactHours.during"),
          contact_queue_median_hours_to_decision_after_7_days: stats.median("contactHours.after"),
        },
      },
    },
    {
      title: "Review feed gap: one day of review decisions missing from reviews.csv",
      kind: "feed_gap",
      start: ts(timeline.reviewFeedGap.start),
      end: ts(timeline.reviewFeedGap.end),
      segment: { table: "reviews" },
      mechanism:
        "The batch export of reviews failed for every review decided on this day. The reviews did " +
        "happen: their review_decided events are in events.jsonl at their real times, and review_id " +
        "numbers skip them.",
      affected: { table: "reviews", rows: stats.tally("gap.reviews").n },
      detection: {
        what_to_find:
          "reviews per day drop to zero on the day while flags do not; reconciling events.jsonl " +
          "against reviews.csv recovers exactly the missing rows; review_id has a gap.",
        measured: { reviews_missing: stats.tally("gap.reviews").n },
      },
    },
    {
      title: "Duplicated events in events.jsonl",
      kind: "duplicate_events",
      start: ts(timeline.duplicatedEvents.start),
      end: ts(timeline.duplicatedEvents.end),
      segment: { file: "events.jsonl" },
      mechanism:
        "A consumer replay wrote every event of this two-hour window twice (identical lines).",
      affected: { table: "events", rows: inputs.duplicatedEvents },
      detection: {
        what_to_find:
          "event counts in the window are exactly double; de-duplicating on the full line (or type + " +
          "ids + ts) restores the counts of the CSV tables.",
        measured: { duplicated_events: inputs.duplicatedEvents },
      },
    },
  ];
  const starts = [
    timeline.v4Rollout,
    timeline.evasionWave.start,
    timeline.contactPhoneBroken.start,
  ];
  starts.push(timeline.reviewFeedGap.start, timeline.duplicatedEvents.start);
  return incidents
    .filter((_, i) => starts[i]! < end)
    .map((incident, i) => ({ id: `INC-2026-${String(i + 1).padStart(3, "0")}`, ...incident }));
}
