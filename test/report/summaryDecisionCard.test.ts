import { describe, expect, it } from "vitest";
import { summaryDecisionCard } from "../../lib/report/summaryDecisionCard.js";

describe("summaryDecisionCard", () => {
  const card = { title: "Add cf_v2", action: "Ship it.", rationale: "It holds.", owner: "ops" };

  it("summaryDecisionCard prefixes the area and names the report holding the evidence", () => {
    expect(summaryDecisionCard(card, "rules")).toEqual({
      title: "Rules: Add cf_v2",
      action: "Ship it.",
      rationale: "It holds. Evidence: rule backtest.",
      owner: "ops",
    });
    expect(summaryDecisionCard(card, "thresholds")).toMatchObject({
      title: "Thresholds: Add cf_v2",
      rationale: "It holds. Evidence: threshold tuning.",
    });
  });

  it("summaryDecisionCard writes in the report's language and leaves the card unchanged", () => {
    expect(summaryDecisionCard({ title: "T", action: "A" }, "rules", "ko").title).toBe("규칙: T");
    expect(card.title).toBe("Add cf_v2");
  });
});
