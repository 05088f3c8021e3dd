import { normalizationSteps, type NormalizationStep } from "./normalizeText.js";
import * as msg from "./messages.js";

/**
 * Reads a rule's `normalize` value — a list of steps for every text field, `all`, or a map from
 * field name to a list — into steps per field (`"*"` = every field); unknown steps are reported
 * through `problem` and left out.
 * @example parseNormalize(["nfkc", "leet"], console.warn); // { "*": ["nfkc", "leet"] }
 */
export function parseNormalize(
  value: unknown,
  problem: (message: string) => void,
): Record<string, NormalizationStep[]> {
  if (value === undefined || value === null) return {};
  const steps = (list: unknown): NormalizationStep[] => {
    if (list === "all") return [...normalizationSteps];
    const items = typeof list === "string" ? list.split(",").map((s) => s.trim()) : list;
    if (!Array.isArray(items)) {
      problem(msg.badNormalize(list));
      return [];
    }
    const known = items.filter((s) => {
      const ok = normalizationSteps.includes(s as NormalizationStep);
      if (!ok) problem(msg.badNormalizeStep(s, normalizationSteps));
      return ok;
    }) as NormalizationStep[];
    return normalizationSteps.filter((s) => known.includes(s));
  };
  if (typeof value === "object" && !Array.isArray(value))
    return Object.fromEntries(Object.entries(value).map(([field, list]) => [field, steps(list)]));
  return { "*": steps(value) };
}
