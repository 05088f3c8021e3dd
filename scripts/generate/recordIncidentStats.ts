import type { Audit } from "./auditSample.js";
import type { Flag, ModelScore } from "./detectListing.js";
import type { IncidentStats } from "./IncidentStats.js";
import type { Listing } from "./Listing.js";
import type { ReviewDecision } from "./ReviewDesk.js";
import { DAY, HOUR } from "./time.js";
import { timeline } from "./timeline.js";

type Windows = Record<string, { start: number; end: number }>;

/**
 * The comparison windows behind the measured findings in incidents.json.
 * @example incidentWindows.phone.before; // the 10 days before the broken contact_phone edit
 */
export const incidentWindows = {
  wave: {
    before: { start: timeline.evasionWave.start - 14 * DAY, end: timeline.evasionWave.start },
    during: timeline.evasionWave,
  },
  phone: {
    before: {
      start: timeline.contactPhoneBroken.start - 10 * DAY,
      end: timeline.contactPhoneBroken.start,
    },
    during: timeline.contactPhoneBroken,
    after: {
      start: timeline.contactPhoneBroken.end,
      end: timeline.contactPhoneBroken.end + 7 * DAY,
    },
  },
  model: {
    v3: { start: timeline.start, end: timeline.shadowScoring.start },
    v4: { start: timeline.v4Rollout, end: timeline.v4Rollout + 14 * DAY },
  },
} satisfies Record<string, Windows>;

function windowName(at: number, windows: Windows): string | undefined {
  return Object.keys(windows).find((name) => at >= windows[name].start && at < windows[name].end);
}

/** Tallies one listing's detection for the incident findings. */
export function recordDetection(
  stats: IncidentStats,
  listing: Listing,
  scores: ModelScore[],
  flags: Flag[],
): void {
  const cfKeywords = flags.some((flag) => flag.detector === "rule:cf_keywords");
  const byModel = flags.some((flag) => flag.detector.startsWith("model:counterfeit"));
  if (listing.policy === "counterfeit") {
    const w = windowName(listing.createdAt, incidentWindows.wave);
    if (w) {
      stats.count(`cf.${w}`, flags.length > 0);
      stats.count(`cfkw.${w}`, cfKeywords);
    }
  }
  if (listing.wave) {
    stats.count("wave", flags.length > 0);
    stats.count("wave.model", byModel);
    stats.count("wave.cfkw", cfKeywords);
  }
  for (const flag of flags) {
    if (flag.detector === "rule:contact_phone") {
      const w = windowName(flag.flaggedAt, incidentWindows.phone);
      if (w) stats.count(`phone.${w}`, listing.policy === "off_platform_contact");
    }
    if (flag.detector.startsWith("model:counterfeit")) {
      const w = windowName(flag.flaggedAt, incidentWindows.model);
      if (w) stats.count(`cfmodel.${w}`, listing.policy === "counterfeit");
    }
  }
  const v3 = scores.find((s) => s.model === "counterfeit_v3");
  const v4 = scores.find((s) => s.model === "counterfeit_v4");
  if (v3 && v4) {
    stats.sample("shadow.v3", v3.score);
    stats.sample("shadow.v4", v4.score);
    stats.count("shadow.v3flag", v3.score >= 0.8);
    stats.count("shadow.v4flag", v4.score >= 0.8);
  }
}

/** Tallies one review decision (contact queue time to decision and precision around the rule change). */
export function recordReview(stats: IncidentStats, review: ReviewDecision): void {
  if (review.queue !== "contact") return;
  const w = windowName(review.enqueuedAt, incidentWindows.phone);
  if (!w) return;
  stats.sample(`contactHours.${w}`, (review.reviewedAt - review.enqueuedAt) / HOUR);
  stats.count(`contactQueue.${w}`, review.decision === "violation");
}

/** Tallies one audit (wave listings caught by audits; bag audits around the wave). */
export function recordAudit(stats: IncidentStats, listing: Listing, audit: Audit): void {
  if (listing.wave) stats.count("wave.audit", audit.label === "violation");
  if (listing.category !== "bags") return;
  const w = windowName(listing.createdAt, incidentWindows.wave);
  if (w) stats.count(`auditBags.${w}`, audit.label === "violation");
}
