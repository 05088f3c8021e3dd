import { describe, expect, it } from "vitest";
import type { RcaCause } from "../../lib/rca/RcaCause.js";
import { leadingDimensionCauses } from "../../lib/rca/leadingDimensionCauses.js";

const cause = (segment: Record<string, string>, score: number) =>
  ({ segment, score }) as unknown as RcaCause;

describe("leadingDimensionCauses", () => {
  it("leadingDimensionCauses keeps the causes on the first cause's dimension, in order", () => {
    const causes = [
      cause({ queue: "contact" }, 3),
      cause({ detector: "ct_phone" }, 2),
      cause({ queue: "fake" }, 1),
    ];
    expect(leadingDimensionCauses(causes).map((c) => c.score)).toEqual([3, 1]);
  });

  it("leadingDimensionCauses returns no cause for none", () => {
    expect(leadingDimensionCauses([])).toEqual([]);
  });
});
