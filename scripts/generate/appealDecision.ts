import type { Listing } from "./Listing.js";
import type { Random } from "./random.js";
import { HOUR } from "./time.js";

/** An appeal against an enforcement, as written to appeals.csv (id assigned by the caller). */
export interface Appeal {
  appealedAt: number;
  resolvedAt: number;
  outcome: "upheld" | "overturned";
}

/**
 * Whether the seller appeals an enforcement decided at `actionedAt`, and how it ends: sellers
 * wrongly actioned appeal 50 % of the time and win 85 %; rightly actioned ones appeal 6 % and win 7 %.
 * @example appealDecision(rng, listing, review.reviewedAt); // null or { appealedAt, resolvedAt, outcome }
 */
export function appealDecision(rng: Random, listing: Listing, actionedAt: number): Appeal | null {
  const wronged = listing.policy === null;
  if (!rng.chance(wronged ? 0.5 : 0.06)) return null;
  const appealedAt = Math.floor(actionedAt + rng.lognormal(20 * HOUR, 0.9));
  const resolvedAt = Math.floor(appealedAt + rng.lognormal(40 * HOUR, 0.6));
  const outcome = rng.chance(wronged ? 0.85 : 0.07) ? "overturned" : "upheld";
  return { appealedAt, resolvedAt, outcome };
}
