import type { CategoryName, PolicyName } from "./kinds.js";

/** How one category behaves: listing share, price spread, views, base violation rates by policy. */
export interface CategorySpec {
  name: CategoryName;
  weight: number;
  priceSigma: number;
  viewsMedian: number;
  counterfeitScored: boolean;
  violationRates: Partial<Record<PolicyName, number>>;
}

/**
 * Category specs in a fixed order; violation rates are per listing before seller multipliers.
 * @example categories.find((c) => c.name === "bags")?.violationRates.counterfeit; // 0.091
 */
export const categories: readonly CategorySpec[] = [
  spec("bags", 9, 0.35, 140, true, { counterfeit: 0.091, off_platform_contact: 0.0312 }),
  spec("shoes", 11, 0.3, 110, true, { counterfeit: 0.052, off_platform_contact: 0.026 }),
  spec("watches", 4, 0.35, 150, true, { counterfeit: 0.091, off_platform_contact: 0.039 }),
  spec("cosmetics", 10, 0.3, 70, true, {
    counterfeit: 0.026,
    prohibited_item: 0.0064,
    off_platform_contact: 0.0208,
  }),
  spec("electronics", 14, 0.3, 160, true, {
    counterfeit: 0.0078,
    fraud: 0.0308,
    off_platform_contact: 0.0312,
  }),
  spec("supplements", 5, 0.35, 50, false, { prohibited_item: 0.064, off_platform_contact: 0.026 }),
  spec("fashion", 20, 0.4, 80, true, { counterfeit: 0.026, off_platform_contact: 0.0208 }),
  spec("home", 10, 0.45, 45, false, { prohibited_item: 0.0128, off_platform_contact: 0.0156 }),
  spec("toys", 6, 0.35, 60, true, { counterfeit: 0.0156, off_platform_contact: 0.013 }),
  spec("tickets", 4, 0.3, 200, false, { fraud: 0.07, off_platform_contact: 0.065 }),
  spec("sports", 7, 0.4, 60, false, { prohibited_item: 0.016, off_platform_contact: 0.0156 }),
];

function spec(
  name: CategoryName,
  weight: number,
  priceSigma: number,
  viewsMedian: number,
  counterfeitScored: boolean,
  violationRates: Partial<Record<PolicyName, number>>,
): CategorySpec {
  return { name, weight, priceSigma, viewsMedian, counterfeitScored, violationRates };
}
