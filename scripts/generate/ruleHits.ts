import { keywordLists, type KeywordListName } from "./keywords.js";
import type { Listing } from "./Listing.js";
import { timeline, within } from "./timeline.js";

const lowered = Object.fromEntries(
  Object.entries(keywordLists).map(([name, words]) => [name, words.map((w) => w.toLowerCase())]),
) as Record<KeywordListName, string[]>;

function containsAny(text: string, list: KeywordListName): boolean {
  const haystack = text.toLowerCase();
  return lowered[list].some((word) => haystack.includes(word));
}

const phone = /01[016789][- ]?\d{3,4}[- ]?\d{4}/;
const brokenDescription = /\d[\d -]{5,}\d/;
const brokenTitle = /\d{4,}/;
const luxury = new Set<string>(keywordLists.luxury_brands);

/**
 * Ids of the production rules that fire on a listing at time `at`, mimicking
 * data/rules/production-rules.yaml with fixed JS logic (contact_phone uses its broken v2 inside the
 * incident window).
 * @example ruleHits(listing, listing.createdAt); // ["cf_keywords"]
 */
export function ruleHits(listing: Listing, at: number): string[] {
  const { title, description, category } = listing;
  const hits: string[] = [];
  if (
    containsAny(title, "counterfeit_keywords") ||
    containsAny(description, "counterfeit_keywords")
  )
    hits.push("cf_keywords");
  if (luxury.has(listing.brand) && (category === "bags" || category === "watches"))
    if (listing.price < 150_000) hits.push("cf_luxury_low_price");
  const phoneHit = within(at, timeline.contactPhoneBroken)
    ? brokenDescription.test(description) || brokenTitle.test(title)
    : phone.test(description);
  if (phoneHit) hits.push("contact_phone");
  if (containsAny(description, "contact_keywords")) hits.push("contact_messenger");
  if (containsAny(title, "prohibited_keywords") || containsAny(description, "prohibited_keywords"))
    hits.push("prohibited_keywords");
  if (
    (category === "electronics" || category === "tickets") &&
    containsAny(description, "fraud_keywords")
  )
    hits.push("fraud_prepay");
  return hits;
}
