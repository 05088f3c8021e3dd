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
      ko: {
        title: "counterfeit_v4 배포 후 점수가 위로 이동했는데 임계값은 0.80 그대로",
        mechanism:
          "배포 시점에 counterfeit_v4가 counterfeit_v3를 대체했습니다. v4의 로짓은 v3보다 약 +0.8(비위반)과 " +
          "+1.1(위조품) 높아서, 그대로 둔 임계값 0.80에서는 정상 상품이 훨씬 많이 임계값을 넘습니다. " +
          `섀도 스코어링 기간(${ts(timeline.shadowScoring.start)}부터 배포까지)에는 두 모델이 같은 상품을 ` +
          "채점했고, 플래그는 v3만 냈습니다.",
      },
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
      ko: {
        title: "우회 물결: 신규 CN/HK 판매자가 표기를 흐린 위조 명품 가방",
        mechanism:
          "인증되지 않은 신규 CN/HK 판매자 조직이 위조 명품 가방을 올리면서 제목의 레플리카 관련 단어와 " +
          "브랜드를 숨겨(리트스피크 r3pl1ca, 띄어 쓴 한글 레 플 리 카 / 가 품, 단어 안의 U+200B 폭 없는 공백, " +
          "전각 ｒｅｐｌｉｃａ) 부분 문자열 규칙 cf_keywords가 전혀 걸리지 않습니다. 브랜드 열은 대부분 " +
          "비어 있어 cf_luxury_low_price도 거의 걸리지 않습니다. counterfeit_v4는 그중 일부만 잡습니다.",
      },
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
      ko: {
        title: "contact_phone 규칙을 지나치게 넓게 고쳐 연락처 대기열이 넘침",
        mechanism:
          "contact_phone 버전 2는 휴대전화 번호 패턴을 설명의 숫자·공백·대시 7자 이상, 또는 제목의 숫자 " +
          "4자 이상(모델 번호, 치수, 가격)에 걸리는 패턴으로 바꿨습니다. 롤백될 때까지(v3 = v1) 전체 상품의 " +
          "상당 부분에 걸렸습니다.",
      },
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
      ko: {
        title: "검토 피드 공백: reviews.csv에 하루치 검토 결정이 빠짐",
        mechanism:
          "이날 결정된 모든 검토의 일괄 내보내기가 실패했습니다. 검토 자체는 이루어졌습니다: " +
          "review_decided 이벤트는 실제 시각 그대로 events.jsonl에 있고, review_id 번호가 그만큼 건너뜁니다.",
      },
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
      ko: {
        title: "events.jsonl의 중복 이벤트",
        mechanism:
          "컨슈머 재처리가 이 두 시간 구간의 모든 이벤트를 똑같은 줄로 두 번 기록했습니다.",
      },
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
    .filter((_, i) => starts[i] < end)
    .map((incident, i) => ({ id: `INC-2026-${String(i + 1).padStart(3, "0")}`, ...incident }));
}
