import { describe, expect, it } from "vitest";
import { precisionByGroup } from "../../lib/metrics/precisionByGroup.js";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";

const reviews = [
  { queue: "contact", decision: "violation" },
  { queue: "contact", decision: "no_violation" },
  { queue: "contact", decision: "no_violation" },
  { queue: "contact", decision: "escalate" },
  { queue: "counterfeit", decision: "violation" },
  { queue: "counterfeit", decision: "violation" },
  { queue: "counterfeit", decision: "no_violation" },
];
const confirmed = (r: { decision: string }) =>
  r.decision === "escalate" ? null : r.decision === "violation";

describe("precisionByGroup", () => {
  it("precisionByGroup counts confirmed over decided flags per group, excluding escalations", () => {
    const got = precisionByGroup(reviews, { by: ["queue"], confirmed });
    expect(got.map((g) => [g.key.queue, g.confirmed, g.reviewed])).toEqual([
      ["contact", 1, 3],
      ["counterfeit", 2, 3],
    ]);
    expect(got[0].precision).toBeCloseTo(1 / 3, 12);
    expect(got[0].lower).toBeCloseTo(wilsonInterval(1, 3).lower, 12);
  });

  it("precisionByGroup accepts function keys with names and no keys for one overall group", () => {
    const byLength = precisionByGroup(reviews, {
      by: [(r) => r.queue.length],
      names: ["len"],
      confirmed,
    });
    expect(byLength.map((g) => g.key)).toEqual([{ len: 11 }, { len: 7 }]);
    const overall = precisionByGroup(reviews, { confirmed });
    expect(overall).toHaveLength(1);
    expect([overall[0].confirmed, overall[0].reviewed]).toEqual([3, 6]);
  });

  it("precisionByGroup returns no groups for an empty input", () => {
    expect(precisionByGroup([], { by: ["queue"], confirmed })).toEqual([]);
  });

  it("precisionByGroup reads an arquero-like table through objects()", () => {
    const table = { objects: () => reviews };
    expect(precisionByGroup(table, { confirmed })[0].reviewed).toBe(6);
  });
});
