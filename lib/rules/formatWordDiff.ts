import type { WordDiffPart } from "./wordDiff.js";

/**
 * A word diff as one line: shared text as is, `[-removed-]` and `{+added+}`.
 * @example formatWordDiff(wordDiff("a < 1", "a < 2")); // "a < [-1-]{+2+}"
 */
export function formatWordDiff(parts: readonly WordDiffPart[]): string {
  return parts
    .map((p) =>
      p.kind === "same" ? p.text : p.kind === "removed" ? `[-${p.text}-]` : `{+${p.text}+}`,
    )
    .join("");
}
