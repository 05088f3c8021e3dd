import { describe, expect, it } from "vitest";
import { robustnessColumns } from "../../lib/report/robustnessColumns.js";
import { columnCells } from "./columnCells.js";

describe("robustnessColumns", () => {
  it("robustnessColumns shows titles caught and the shares still caught as written and normalised", () => {
    const { labels, cells } = columnCells(
      [
        {
          rule: "cf_keywords",
          kind: "leetspeak" as const,
          caught: 1200,
          as_written: 0.25,
          normalized: 1,
        },
      ],
      robustnessColumns(),
    );
    expect(labels).toEqual([
      "rule",
      "kind",
      "caught",
      "still caught (as written)",
      "with normalisation",
    ]);
    expect(cells).toEqual([["cf_keywords", "leetspeak", "1,200", "25.0%", "100.0%"]]);
  });
});
