import { formatRange } from "./formatRange.js";
import { formatValue } from "./formatValue.js";

/**
 * A rate with its interval as the tuning tables show it, each bound in full: `81.2% [78.9%–83.4%]`
 * (`formatInterval` writes the shorter `81.2% [78.9–83.4%]`).
 * @example formatEstimate({ estimate: 0.812, lower: 0.789, upper: 0.834 }) // "81.2% [78.9%–83.4%]"
 */
export function formatEstimate(e: { estimate: number; lower: number; upper: number }): string {
  return `${formatValue(e.estimate, "percent")} [${formatRange(e.lower, e.upper)}]`;
}
