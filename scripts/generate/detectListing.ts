import { categories } from "./categories.js";
import type { ActionName, PolicyName, QueueName } from "./kinds.js";
import type { Listing } from "./Listing.js";
import { productionRules } from "./productionRules.js";
import { brands } from "./products.js";
import type { Random } from "./random.js";
import { ruleHits } from "./ruleHits.js";
import { timeline, within } from "./timeline.js";

/** One model score of a listing; `production` scores may flag, shadow scores never do. */
export interface ModelScore {
  model: string;
  score: number;
  scoredAt: number;
  production: boolean;
}

/** One detector hit. */
export interface Flag {
  detector: string;
  policy: PolicyName;
  queue: QueueName;
  action: ActionName;
  flaggedAt: number;
}

/**
 * Production thresholds: a production score at or above flags the listing.
 * @example modelThresholds.counterfeit_v4; // 0.8
 */
export const modelThresholds: Record<string, number> = {
  counterfeit_v3: 0.8,
  counterfeit_v4: 0.8,
  contact_v1: 0.85,
};

const scored = new Set(categories.filter((c) => c.counterfeitScored).map((c) => c.name));
const targetBrands = new Set(
  Object.values(brands)
    .filter((brand) => brand.counterfeitTarget)
    .map((brand) => brand.en),
);

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
// Scores are rounded before thresholding so that flags can be recomputed exactly from the CSV.
const round4 = (p: number) => Math.round(p * 10_000) / 10_000;

function counterfeitLatent(rng: Random, listing: Listing): number {
  if (listing.wave) return rng.normal(0.2, 1.2);
  if (listing.policy === "counterfeit") return rng.normal(2, 1.4);
  if (!targetBrands.has(listing.brand)) return rng.normal(-3.5, 1.2);
  const cheap = listing.price < listing.retailPrice * 0.35 ? 0.8 : 0;
  return rng.normal(-2.2 + cheap, 1.3);
}

function contactLatent(rng: Random, listing: Listing): number {
  if (listing.policy === "off_platform_contact") return rng.normal(2.6, 1.3);
  // Digit runs (model codes, prices) and KakaoTalk gift offers look like contact details to the model.
  const gift = listing.description.includes("카카오톡 선물") ? 2.5 : 0;
  const digits = /\d{4}/.test(listing.description) ? 1.2 : 0;
  return rng.normal(-3.4 + gift + digits, 1.5);
}

/**
 * Scores a listing with the models live at its creation time and lists every detector hit:
 * counterfeit_v3 until the v4 rollout (both during shadow scoring), counterfeit_v4 after it with
 * logits shifted +0.8, contact_v1 always; rules per {@link ruleHits}.
 * @example detectListing(rng, listing).flags.map((flag) => flag.detector);
 */
export function detectListing(
  rng: Random,
  listing: Listing,
): { scores: ModelScore[]; flags: Flag[] } {
  const at = listing.createdAt;
  const scores: ModelScore[] = [];
  const scoredAt = at + rng.int(20, 300) * 1000;
  if (scored.has(listing.category)) {
    const latent = counterfeitLatent(rng, listing);
    const v4 = latent + 0.8 + (listing.policy === "counterfeit" ? 0.3 : 0) + rng.normal(0, 0.3);
    const live = at >= timeline.v4Rollout;
    if (!live)
      scores.push({
        model: "counterfeit_v3",
        score: round4(sigmoid(latent)),
        scoredAt,
        production: true,
      });
    if (live || within(at, timeline.shadowScoring))
      scores.push({
        model: "counterfeit_v4",
        score: round4(sigmoid(v4)),
        scoredAt: scoredAt + 2000,
        production: live,
      });
  }
  scores.push({
    model: "contact_v1",
    score: round4(sigmoid(contactLatent(rng, listing))),
    scoredAt,
    production: true,
  });

  const flags: Flag[] = [];
  const ruleAt = at + rng.int(3, 90) * 1000;
  for (const id of ruleHits(listing, ruleAt)) {
    const rule = productionRules.find((r) => r.id === id)!;
    const { policy, queue, action } = rule;
    flags.push({ detector: `rule:${id}`, policy, queue, action, flaggedAt: ruleAt });
  }
  for (const score of scores) {
    if (!score.production || score.score < modelThresholds[score.model]) continue;
    const contact = score.model === "contact_v1";
    flags.push({
      detector: `model:${score.model}`,
      policy: contact ? "off_platform_contact" : "counterfeit",
      queue: contact ? "contact" : "counterfeit",
      action: "review",
      flaggedAt: score.scoredAt + 1000,
    });
  }
  return { scores, flags };
}
