import { describe, expect, it } from "vitest";
import { precisionRows } from "../../lib/overview/precisionRows.js";

const group = (key: Record<string, unknown>, confirmed: number, reviewed: number) => ({
  key,
  reviewed,
  confirmed,
  precision: confirmed / reviewed,
  lower: 0.1,
  upper: 0.9,
});

describe("precisionRows", () => {
  it("precisionRows puts each key of by first, as text, then the counts and interval", () => {
    const rows = precisionRows(
      [
        group({ week: "2026-10-05", queue: "contact" }, 3, 4),
        group({ week: null, queue: 7 }, 1, 2),
      ],
      ["week", "queue"],
    );
    expect(rows).toEqual([
      {
        week: "2026-10-05",
        queue: "contact",
        precision: 0.75,
        lower: 0.1,
        upper: 0.9,
        reviewed: 4,
        confirmed: 3,
      },
      {
        week: "null",
        queue: "7",
        precision: 0.5,
        lower: 0.1,
        upper: 0.9,
        reviewed: 2,
        confirmed: 1,
      },
    ]);
    expect(Object.keys(rows[0])).toEqual([
      "week",
      "queue",
      "precision",
      "lower",
      "upper",
      "reviewed",
      "confirmed",
    ]);
  });

  it("precisionRows of the overall group (no keys) and of no groups", () => {
    expect(precisionRows([group({}, 2, 2)], [])).toEqual([
      { precision: 1, lower: 0.1, upper: 0.9, reviewed: 2, confirmed: 2 },
    ]);
    expect(precisionRows([], ["queue"])).toEqual([]);
  });
});
