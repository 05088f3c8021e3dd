import type { BarDatum } from "./BarDatum.js";
import { theme } from "./theme.js";

/** Category order: as in the data, alphabetical (numbers in numeric order), or by total value. */
export type BarSortName = "data" | "category" | "ascending" | "descending";

const collator = new Intl.Collator(theme.locale, { numeric: true });

/**
 * The categories of some bars in the requested order; ties in value keep data order.
 * @example barCategoryOrder(bars, "descending") // ["bags", "shoes", "toys"]
 */
export function barCategoryOrder(bars: readonly BarDatum[], sort: BarSortName): string[] {
  const categories = [...new Set(bars.map((bar) => bar.category))];
  if (sort === "category") return categories.sort(collator.compare);
  if (sort === "data") return categories;
  const totals = new Map<string, number>();
  for (const bar of bars) {
    totals.set(bar.category, (totals.get(bar.category) ?? 0) + (bar.value ?? 0));
  }
  const sign = sort === "ascending" ? 1 : -1;
  return categories.sort((a, b) => sign * (totals.get(a)! - totals.get(b)!));
}
