/** Listing categories of the sample marketplace. */
export type CategoryName =
  | "bags"
  | "shoes"
  | "watches"
  | "cosmetics"
  | "electronics"
  | "supplements"
  | "fashion"
  | "home"
  | "toys"
  | "tickets"
  | "sports";

/** Violation policies (ground truth and review labels). */
export type PolicyName = "counterfeit" | "prohibited_item" | "off_platform_contact" | "fraud";

/** Review queues a flag routes to. */
export type QueueName = "counterfeit" | "prohibited" | "contact" | "fraud";

/** What a detector hit does to a listing. */
export type ActionName = "block" | "review" | "tag";

/** Seller tiers. */
export type TierName = "new" | "standard" | "power" | "official";
