import { describe, expect, it } from "vitest";
import { postMortemSummary } from "../../lib/report/postMortemSummary.js";
import { postMortem, waveIncident } from "./postMortemFixture.js";
import { rcaCause, rcaResult } from "./rcaFixtures.js";

const shoes = rcaCause({ segment: { category: "shoes" }, explanatoryPower: 0.05 });

describe("postMortemSummary", () => {
  it("postMortemSummary names the window, the mechanism, the causes that explain 10% or more and the fix", () => {
    const pm = postMortem({
      incident: { ...waveIncident, mechanism: "sellers spaced the brand names" },
      rootCause: { kpi: "counterfeit recall", result: rcaResult("ratio", [rcaCause({}), shoes]) },
    });
    expect(postMortemSummary(pm)).toBe(
      [
        "**INC-9 — Spaced keywords.** 190 counterfeit listings slipped through.",
        "",
        "- **Window:** 2026-09-15 00:00 to 2026-09-17 12:00 (60 hours).",
        "- **Mechanism (incident record):** sellers spaced the brand names",
        "- **Root cause located:** **category = bags, seller_tier = new** (75.0%) of the change in counterfeit recall.",
        "- **Fix:** catches 190 of 190 wave listings.",
      ].join("\n"),
    );
  });

  it("postMortemSummary falls back to the best cause, then to why no cause was located", () => {
    const weak = postMortem({ rootCause: { kpi: "recall", result: rcaResult("ratio", [shoes]) } });
    expect(postMortemSummary(weak)).toContain(
      "- **Root cause located:** **category = shoes** of the change in recall.",
    );
    expect(postMortemSummary(weak)).not.toContain("Mechanism");
    const noted = postMortem({ rootCauseNote: "the dataset has no audits" });
    expect(postMortemSummary(noted)).toContain("- **Root cause:** the dataset has no audits\n");
    const empty = { ...rcaResult("ratio", []), empty: "no change to explain" };
    expect(
      postMortemSummary(postMortem({ rootCause: { kpi: "recall", result: empty } })),
    ).toContain("- **Root cause:** no change to explain\n");
    expect(postMortemSummary(postMortem())).toContain(
      "- **Root cause:** no segment explains the change\n",
    );
  });

  it("postMortemSummary shows the window on the dataset's clock", () => {
    expect(postMortemSummary(postMortem({}, "UTC"))).toContain(
      "- **Window:** 2026-09-14 15:00 to 2026-09-17 03:00 (60 hours).",
    );
  });
});
