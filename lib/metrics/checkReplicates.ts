import { badReplicates } from "./messages.js";
import { MetricsError } from "./MetricsError.js";

/**
 * The most bootstrap replicates any interval or recommendation draws: percentile intervals settle
 * well before it, and each replicate costs a pass over the sample, so 1e9 would run for hours.
 */
export const maxReplicates = 10_000;

/**
 * Throws {@link MetricsError} unless `replicates` is a whole number from 1 to {@link maxReplicates};
 * `option` names it in the message (default "replicates"; the CLI passes "--replicates").
 * @example checkReplicates(options.replicates ?? 300);
 */
export function checkReplicates(replicates: number | undefined, option = "replicates"): void {
  if (replicates === undefined) return;
  if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= maxReplicates))
    throw new MetricsError(badReplicates(option, replicates, maxReplicates));
}
