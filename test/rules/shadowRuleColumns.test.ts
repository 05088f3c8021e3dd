import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";
import { tableCells } from "../../lib/report/tableCells.js";
import type { TableColumnSpec } from "../../lib/view/TableColumn.js";
import type { ShadowRuleReadout } from "../../lib/rules/ShadowReadout.js";
import { shadowRuleColumns } from "../../lib/rules/shadowRuleColumns.js";

// Only the fields the columns read; the rest of a readout does not reach the table.
const rule = (id: string, labeled: number, tp: number) =>
  ({
    id,
    hits: 1200,
    newHits: 40,
    known: {
      newlyCaught: 12,
      newlyFlaggedClean: 5,
      newLabeled: 17,
      labeled,
      tp,
      precision: wilsonInterval(tp, labeled),
    },
  }) as unknown as ShadowRuleReadout;

const shown = (rows: ShadowRuleReadout[]) => {
  const columns = shadowRuleColumns().map((c) =>
    typeof c === "string" ? { name: c } : c,
  ) as TableColumnSpec<ShadowRuleReadout>[];
  return tableCells(rows, columns, false).shown;
};

describe("shadowRuleColumns", () => {
  it("shadowRuleColumns shows counts, unlabeled new hits and precision with its interval", () => {
    // Wilson 95% for 8 of 10: 49.0%–94.3%.
    expect(shown([rule("shadow_s", 10, 8)])).toEqual([
      ["shadow_s", "1,200", "40", "12", "5", "23", "80.0% (49.0%–94.3%, n = 10)"],
    ]);
  });

  it("shadowRuleColumns shows the missing symbol for precision without a labeled hit", () => {
    expect(shown([rule("shadow_t", 0, 0)])[0][6]).toBe("– (–, n = 0)");
  });

  it("shadowRuleColumns labels every column", () => {
    expect(
      shadowRuleColumns().map((c) => (typeof c === "string" ? c : (c.label ?? c.name))),
    ).toEqual([
      "id",
      "hits",
      "new hits",
      "violations newly caught",
      "non-violations newly flagged",
      "new hits not labeled yet",
      "precision (labeled hits)",
    ]);
  });
});
