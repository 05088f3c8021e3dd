import { describe, expect, it } from "vitest";
import { shadowOverlapColumns } from "../../lib/report/shadowOverlapColumns.js";
import { columnCells } from "./columnCells.js";

describe("shadowOverlapColumns", () => {
  it("shadowOverlapColumns shows shared listings as shares of the shadow and the live rule's hits", () => {
    const { labels, cells } = columnCells(
      [
        {
          shadow: "cf_new",
          rule: "cf_keywords",
          shared: 30,
          shareOfShadow: 0.6,
          liveHits: 1200,
          shareOfLive: 0.025,
        },
      ],
      shadowOverlapColumns(),
    );
    expect(labels).toEqual([
      "shadow",
      "live rule",
      "listings hit by both",
      "share of the shadow rule's hits",
      "share of the live rule's hits",
    ]);
    expect(cells).toEqual([["cf_new", "cf_keywords", "30", "60.0%", "2.5%"]]);
  });
});
