import { describe, expect, it } from "vitest";
import { candidateOverlapColumns } from "../../lib/report/candidateOverlapColumns.js";
import { columnCells } from "./columnCells.js";

describe("candidateOverlapColumns", () => {
  it("candidateOverlapColumns shows shared listings and their share of the candidate's hits", () => {
    const { labels, cells } = columnCells(
      [{ candidate: "cf_new", rule: "cf_keywords", shared: 1500, of_new_rule: 0.75 }],
      candidateOverlapColumns(),
    );
    expect(labels).toEqual([
      "candidate",
      "rule",
      "listings hit by both",
      "share of the new rule's hits",
    ]);
    expect(cells).toEqual([["cf_new", "cf_keywords", "1,500", "75.0%"]]);
  });
});
