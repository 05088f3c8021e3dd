import type { PolicyName } from "./kinds.js";
import type { Listing } from "./Listing.js";
import type { Random } from "./random.js";
import { HOUR } from "./time.js";

/** An audit of an unflagged listing, as written to audits.csv (id assigned by the caller). */
export interface Audit {
  auditedAt: number;
  stratum: string;
  inclusionProb: number;
  label: "violation" | "no_violation";
  policy: PolicyName | null;
}

const POLICIES: readonly PolicyName[] = [
  "counterfeit",
  "prohibited_item",
  "off_platform_contact",
  "fraud",
];

/**
 * The audit stratum of an unflagged listing and its inclusion probability: new overseas sellers
 * 0.20, near-threshold scores (max production score ≥ 0.5, yet unflagged) 0.15, bags and watches 0.08, everything else 0.012.
 * @example auditStratum(listing, 0.62); // { stratum: "near_threshold", inclusionProb: 0.15 }
 */
export function auditStratum(
  listing: Listing,
  maxScore: number,
): { stratum: string; inclusionProb: number } {
  if (listing.seller.tier === "new" && listing.seller.country !== "KR")
    return { stratum: "new_overseas", inclusionProb: 0.2 };
  if (maxScore >= 0.5) return { stratum: "near_threshold", inclusionProb: 0.15 };
  if (listing.category === "bags" || listing.category === "watches")
    return { stratum: "bags_watches", inclusionProb: 0.08 };
  return { stratum: "other", inclusionProb: 0.012 };
}

/**
 * Poisson-samples an unflagged listing into the daily audit with its stratum's probability; auditors
 * label it 1–2 days later and are right 98 % of the time. Null when not sampled.
 * @example auditSample(rng, listing, 0.12);
 */
export function auditSample(rng: Random, listing: Listing, maxScore: number): Audit | null {
  const { stratum, inclusionProb } = auditStratum(listing, maxScore);
  if (!rng.chance(inclusionProb)) return null;
  const auditedAt = Math.floor(listing.createdAt + rng.between(6 * HOUR, 40 * HOUR));
  const truth = listing.policy;
  const correct = rng.chance(0.98);
  const policy: PolicyName | null = correct ? truth : truth === null ? rng.pick(POLICIES) : null;
  return {
    auditedAt,
    stratum,
    inclusionProb,
    label: policy ? "violation" : "no_violation",
    policy,
  };
}
