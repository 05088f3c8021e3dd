import { describe, expect, it } from "vitest";
import { sheetNames } from "../../lib/export/sheetNames.js";

describe("sheetNames", () => {
  it("sheetNames takes each caption's first clause, cut at a word to 31 characters", () => {
    expect(
      sheetNames([
        "Effects in percentage points of precision; each row adds up to the change.",
        "Ripple search: 1,204 segments scored",
        "Times in Asia/Seoul.",
        "Listings reviewers cleared in category=bags, week of 2026-10-12 (first 10).",
        "카테고리별 정밀도 (95% 구간)",
        "n = 20,000 listings, 1,087 of them violations",
        "Queue-weeks whose whole 95% - interval is below target",
      ]),
    ).toEqual([
      "Effects in percentage points of",
      "Ripple search",
      "Times in Asia-Seoul",
      "Listings reviewers cleared in",
      "카테고리별 정밀도",
      "n = 20,000 listings",
      "Queue-weeks whose whole 95%",
    ]);
  });

  it("sheetNames gives untitled tables Table n, avoids taken names and duplicates regardless of case", () => {
    expect(
      sheetNames([undefined, "", "Queues", "queues", "Queues", "Contents"], ["Contents"]),
    ).toEqual(["Table 1", "Table 2", "Queues", "queues (2)", "Queues (3)", "Contents (2)"]);
  });

  it("sheetNames drops characters and apostrophes Excel refuses and keeps every name within 31", () => {
    const names = sheetNames([
      "'[bags]*?:x'",
      "a".repeat(40),
      "a".repeat(40),
      `${"가".repeat(30)}😀😀`,
    ]);
    expect(names[0]).toBe("-bags");
    expect(names[1]).toBe("a".repeat(31));
    expect(names[2]).toBe(`${"a".repeat(27)} (2)`);
    expect(names[3]).toBe("가".repeat(30)); // never half an emoji
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});
