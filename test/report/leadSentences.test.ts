import { describe, expect, it } from "vitest";
import { leadSentences } from "../../lib/report/leadSentences.js";

describe("leadSentences", () => {
  it("keeps the first sentences, and the whole text when it has fewer", () => {
    expect(leadSentences("It broke. We fixed it. Then it held.", 2)).toBe("It broke. We fixed it.");
    expect(leadSentences("v1.2 shipped! Did it hold? Yes.", 1)).toBe("v1.2 shipped!");
    expect(leadSentences("  no end  ", 2)).toBe("no end");
  });

  it("runs in linear time on hostile text", () => {
    const hostile = "카톡" + " ".repeat(200_000) + "x".repeat(200_000);
    const started = process.hrtime.bigint();
    expect(leadSentences(hostile, 2)).toBe(hostile.trim());
    // Not a timing assertion on speed, a guard against quadratic blow-up: 400k characters in well under a minute.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(30);
  });
});
