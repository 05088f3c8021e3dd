import type { CategorySpec } from "./categories.js";
import type { PolicyName } from "./kinds.js";
import type { Listing, Seller } from "./Listing.js";
import {
  contactSnippet,
  counterfeitTitle,
  genuineDescription,
  genuineTitle,
  waveTitle,
} from "./listingText.js";
import { phrases, prohibitedItems } from "./phrases.js";
import { brands, productsByCategory, type Product } from "./products.js";
import type { Random } from "./random.js";

const tierRisk = { new: 2.4, standard: 1, power: 0.5, official: 0.05 } as const;
const countryRisk: Record<string, number> = { CN: 2.4, HK: 2.2, VN: 1.5, US: 0.8, JP: 0.8 };
const POLICIES: readonly PolicyName[] = [
  "counterfeit",
  "prohibited_item",
  "off_platform_contact",
  "fraud",
];

/** Where and when a listing is created, decided before its content. */
export interface ListingSlot {
  id: string;
  seller: Seller;
  createdAt: number;
  category: CategorySpec;
  /** An evasion-wave listing (obfuscated counterfeit bag). */
  wave: boolean;
}

function roundPrice(value: number): number {
  const step = value >= 10_000 ? 1000 : 100;
  return Math.max(step, Math.round(value / step) * step);
}

function violationPolicy(rng: Random, spec: CategorySpec, seller: Seller): PolicyName | null {
  const risk =
    tierRisk[seller.tier] * (countryRisk[seller.country] ?? 1) * (seller.verified ? 0.7 : 1.3);
  let draw = rng.uniform();
  for (const policy of POLICIES) {
    const rate = Math.min(0.4, (spec.violationRates[policy] ?? 0) * risk);
    if (draw < rate) return policy;
    draw -= rate;
  }
  return null;
}

const targetProducts = new Map(
  Object.entries(productsByCategory).map(([name, list]) => [
    name,
    list.filter((p) => p.brand && brands[p.brand].counterfeitTarget),
  ]),
);
const valuableProducts = new Map(
  Object.entries(productsByCategory).map(([name, list]) => [
    name,
    list.filter((p) => p.price >= 150_000),
  ]),
);

/**
 * Draws a listing's ground truth and writes its brand, title, description, price and views:
 * counterfeits are priced at 4–20 % of retail, fraud at 30–55 %, contact violations carry a phone
 * or messenger handle, and a few benign listings carry traps for the keyword rules or hostile HTML.
 * @example createListing(rng, { id: "L0000001", seller, createdAt, category, wave: false });
 */
export function createListing(rng: Random, slot: ListingSlot): Listing {
  const spec = slot.category;
  let category = spec.name;
  let policy = slot.wave ? "counterfeit" : violationPolicy(rng, spec, slot.seller);
  const targets = targetProducts.get(spec.name)!;
  if (policy === "counterfeit" && targets.length === 0) policy = null;
  const all = productsByCategory[spec.name];
  const valuable = valuableProducts.get(spec.name)!;
  let product = rng.pick(policy === "counterfeit" ? targets : policy === "fraud" ? valuable : all);
  let retailPrice = product.price;
  let brand = product.brand ? brands[product.brand].en : "";
  let price = roundPrice(rng.lognormal(product.price * 0.8, spec.priceSigma));
  let title = genuineTitle(rng, product);
  let description = genuineDescription(rng, product, price);

  if (slot.wave) {
    product = rng.pick(targets);
    retailPrice = product.price;
    brand = rng.chance(0.3) ? brands[product.brand].en : "";
    price = roundPrice(product.price * rng.between(0.05, 0.15));
    title = waveTitle(rng, product);
    description = pickSentences(rng, phrases.waveSentences, 3);
  } else if (policy === "counterfeit") {
    price = roundPrice(product.price * rng.between(0.04, 0.2));
    const where = rng.uniform();
    title = counterfeitTitle(rng, product, where < 0.8);
    description = pickSentences(rng, phrases.counterfeitSentences, 3);
    if (where >= 0.8 && where < 0.9)
      description += ` ${rng.pick(phrases.counterfeitDescriptionMarks)}`;
    if (rng.chance(0.25)) brand = "";
  } else if (policy === "prohibited_item") {
    const fitting = prohibitedItems.filter((item) => item.category === spec.name);
    const item = rng.pick(fitting.length > 0 ? fitting : prohibitedItems);
    category = item.category;
    retailPrice = item.price;
    brand = "";
    price = roundPrice(rng.lognormal(item.price, 0.3));
    title = item.title;
    description = pickSentences(rng, phrases.prohibitedSentences, 2);
  } else if (policy === "off_platform_contact") {
    description = `${description} ${contactSnippet(rng)}`;
  } else if (policy === "fraud") {
    price = roundPrice(product.price * rng.between(0.3, 0.55));
    title = `${rng.chance(0.5) ? "[미개봉] " : ""}${genuineTitle(rng, product)}`;
    const pressure = rng.chance(0.65) ? phrases.fraudSentences : phrases.fraudCleanSentences;
    description = `${description} ${rng.pick(pressure)}`;
  } else {
    ({ title, description } = benignVariants(rng, spec, product, title, description));
  }

  const bargain = price < retailPrice * 0.35 ? 1.8 : 1;
  const views = Math.round(rng.lognormal(spec.viewsMedian * bargain, 0.9));
  const { id, seller, createdAt, wave } = slot;
  return {
    ...{ id, seller, createdAt, category, brand, title, description, price, views, policy },
    ...{ retailPrice, wave },
  };
}

function pickSentences(rng: Random, pool: readonly string[], count: number): string {
  const chosen: string[] = [];
  for (let i = 0; i < count; i += 1) chosen.push(rng.pick(pool));
  return [...new Set(chosen)].join(" ");
}

// Benign text that trips keyword rules (realistic false positives) and adversarial markup that
// reports must escape.
function benignVariants(
  rng: Random,
  spec: CategorySpec,
  product: Product,
  title: string,
  description: string,
): { title: string; description: string } {
  const traps = phrases.benignTraps;
  const luxury = product.brand !== "" && brands[product.brand].counterfeitTarget;
  if (luxury && rng.chance(0.015)) description += ` ${traps.refundIfFake}`;
  if (rng.chance(0.004)) description += ` ${traps.oneOnOne}`;
  if ((spec.name === "tickets" || spec.name === "cosmetics") && rng.chance(0.015))
    description += ` ${traps.kakaoGift}`;
  if (spec.name === "electronics" && rng.chance(0.025)) description += ` ${traps.quickSale}`;
  if (rng.chance(0.0006)) title = `${title} ${rng.pick(phrases.hostileTitles)}`;
  return { title, description };
}
