import type { CategoryName, PolicyName, TierName } from "./kinds.js";

/** A seller row. */
export interface Seller {
  id: string;
  joinedAt: number;
  tier: TierName;
  country: string;
  verified: boolean;
  /** Sellers of the evasion wave post only wave listings. */
  wave: boolean;
}

/** A listing row with its ground truth. */
export interface Listing {
  id: string;
  seller: Seller;
  createdAt: number;
  category: CategoryName;
  brand: string;
  title: string;
  description: string;
  price: number;
  views: number;
  policy: PolicyName | null;
  /** Retail price of the product (not written; drives the model's price signal). */
  retailPrice: number;
  /** Part of the injected evasion wave (obfuscated counterfeit bags). */
  wave: boolean;
}
