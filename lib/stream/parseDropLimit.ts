import { StreamError } from "./StreamError.js";
import { badDropLimit } from "./messages.js";

/** How many dropped events a run tolerates: a count, or a percentage of the events read. */
export interface DropLimit {
  kind: "count" | "percent";
  value: number;
}

/**
 * Reads a drop limit written as a whole number ("0", "25") or a percentage ("0.5%"), and the
 * number of dropped events it allows out of `total` via `allowed`. Throws {@link StreamError}
 * naming `option` otherwise.
 * @example parseDropLimit("0.5%").allowed(10_000) // 50
 */
export function parseDropLimit(
  value: string,
  option = "--max-dropped",
): DropLimit & { allowed: (total: number) => number } {
  const text = value.trim();
  const percent = text.endsWith("%");
  const number = percent ? text.slice(0, -1).trim() : text;
  // A plain decimal only: Number() alone would take "", "0x10" and "1e3".
  let digits = 0;
  let dots = 0;
  for (const c of number) {
    if (c >= "0" && c <= "9") digits++;
    else if (c === "." && percent) dots++;
    else digits = -Infinity;
  }
  const n = Number(number);
  if (!(digits > 0) || dots > 1 || (percent && n > 100))
    throw new StreamError(badDropLimit(option, value));
  const kind = percent ? "percent" : "count";
  return {
    kind,
    value: n,
    allowed: (total) => (percent ? Math.floor((n / 100) * total) : n),
  };
}
