import { describe, expect, it } from "vitest";
import { postMortemTimelineTable } from "../../lib/report/postMortemTimelineTable.js";
import { postMortem } from "./postMortemFixture.js";

const timeline = [
  { event: "Wave starts", when: new Date("2026-09-15T00:00:00+09:00"), evidence: "first listing" },
  { event: "First audit", when: new Date("2026-09-16T01:30:00+09:00"), evidence: "audit A1" },
  { event: "Appeal", evidence: "no appeals table" },
];
const headers = (html: string) => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
const cells = (html: string) => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe("postMortemTimelineTable", () => {
  it("postMortemTimelineTable shows each event on the dataset's clock with the hours since the start", () => {
    const html = postMortemTimelineTable(postMortem({ timeline }, "UTC"));
    expect(headers(html)).toEqual(["event", "when", "after start", "evidence"]);
    expect(cells(html)).toEqual([
      ...["Wave starts", "2026-09-14 15:00", "0.0 h", "first listing"],
      ...["First audit", "2026-09-15 16:30", "25.5 h", "audit A1"],
      ...["Appeal", "not in the data", "", "no appeals table"],
    ]);
    expect(html).toContain("Times in UTC.");
  });
});
