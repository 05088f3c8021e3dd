import { describe, expect, it } from "vitest";
import { rateChangeCards } from "../../lib/rca/rateChangeCards.js";

describe("rateChangeCards", () => {
  it("rateChangeCards marks a drop whose intervals do not overlap as missed", () => {
    // Wilson 95%: 90/100 → 82.6–94.5%, 60/100 → 50.2–69.1%.
    const cards = rateChangeCards(
      { numerator: 90, denominator: 100 },
      { numerator: 60, denominator: 100 },
      { baselineLabel: "baseline weeks", currentLabel: "week of 2026-10-19" },
    );
    expect(cards).toEqual([
      {
        name: "Precision, baseline weeks",
        value: "90.0%",
        status: "met",
        detail: "n = 100 · 95% CI 82.6%–94.5%",
      },
      {
        name: "Precision, week of 2026-10-19",
        value: "60.0%",
        status: "missed",
        detail: "n = 100 · 95% CI 50.2%–69.1%",
      },
      {
        name: "Change",
        value: "−30.0 pp",
        status: "missed",
        detail: "the intervals do not overlap",
      },
    ]);
  });

  it("rateChangeCards calls a change inside the intervals noise", () => {
    const cards = rateChangeCards(
      { numerator: 8, denominator: 10 },
      { numerator: 7, denominator: 10 },
      { name: "Recall" },
    );
    expect(cards.map((c) => [c.name, c.status])).toEqual([
      ["Recall, baseline", "met"],
      ["Recall, current", "at_risk"],
      ["Change", "met"],
    ]);
    expect(cards[2]).toMatchObject({ value: "−10.0 pp", detail: "within noise" });
  });

  it("rateChangeCards shows the missing symbol for a period without trials", () => {
    const cards = rateChangeCards(
      { numerator: 0, denominator: 0 },
      { numerator: 3, denominator: 4 },
    );
    expect(cards[0]).toMatchObject({ value: "–", detail: "n = 0 · 95% CI –" });
    expect(cards[2].value).toBe("–");
  });
});
