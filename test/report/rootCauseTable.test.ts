import { describe, expect, it } from "vitest";
import { rootCauseTable } from "../../lib/report/rootCauseTable.js";
import { rcaCause, rcaResult } from "./rcaFixtures.js";

const headers = (html: string) => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
const cells = (html: string) => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe("rootCauseTable", () => {
  it("rootCauseTable shows each cause's segment, rates before and during, share explained, score and rows", () => {
    const html = rootCauseTable(rcaResult("ratio", [rcaCause({})]));
    expect(headers(html)).toEqual(["segment", "before", "during", "explains", "score", "rows"]);
    expect(cells(html)).toEqual([
      "category = bags, seller_tier = new",
      "92.0%",
      "41.0%",
      "75.0%",
      "0.812",
      "1,234 → 210",
    ]);
    expect(html).toContain("Causes best first.");
  });

  it("rootCauseTable shows an additive KPI's sums with one decimal", () => {
    const html = rootCauseTable(rcaResult("additive", [rcaCause({ baseline: 12, current: null })]));
    expect(cells(html).slice(1, 3)).toEqual(["12.0", "0.0"]);
  });
});
