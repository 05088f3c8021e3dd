import { describe, expect, it } from "vitest";
import { closestName } from "../../lib/data/closestName.js";

describe("closestName", () => {
  it("closestName suggests a name one or two edits away, ignoring case and separators", () => {
    expect(closestName("listing_id", ["listng_id", "title"])).toBe("listng_id");
    expect(closestName("price_krw", ["Price-KRW", "views"])).toBe("Price-KRW");
    expect(closestName("price_krw", ["price"], { maxDistance: 3 })).toBe("price");
  });

  it("closestName returns undefined when nothing is close", () => {
    expect(closestName("price_krw", ["title", "views"])).toBeUndefined();
    expect(closestName("price_krw", [])).toBeUndefined();
  });
});
