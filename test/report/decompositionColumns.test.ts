import { describe, expect, it } from "vitest";
import { decompositionColumns } from "../../lib/report/decompositionColumns.js";
import { columnCells } from "./columnCells.js";

describe("decompositionColumns", () => {
  it("decompositionColumns shows each effect and the change in signed percentage points", () => {
    const { labels, cells } = columnCells(
      [
        {
          dimension: "queue",
          rate: -0.2,
          mix: -0.0875,
          interaction: 0.1,
          change: -0.1875,
          top: "A (−10.0 pp)",
        },
      ],
      decompositionColumns(),
    );
    expect(labels).toEqual(["dimension", "rate", "mix", "interaction", "change", "largest mover"]);
    expect(cells).toEqual([
      ["queue", "−20.0 pp", "−8.8 pp", "+10.0 pp", "−18.8 pp", "A (−10.0 pp)"],
    ]);
  });
});
