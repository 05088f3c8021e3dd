import { describe, expect, it } from "vitest";
import { precisionColumns } from "../../lib/overview/precisionColumns.js";
import { precisionRows } from "../../lib/overview/precisionRows.js";
import { tableCells } from "../../lib/report/tableCells.js";
import type { TableColumnSpec } from "../../lib/view/TableColumn.js";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";

// Wilson 95% for 8 of 10: 49.0%–94.3%.
const groups = [
  {
    key: { queue: "contact" },
    reviewed: 10,
    confirmed: 8,
    ...wilsonInterval(8, 10),
    precision: 0.8,
  },
];
const shown = (columns: ReturnType<typeof precisionColumns>) =>
  tableCells(
    precisionRows(groups, ["queue"]),
    columns.map((c) => (typeof c === "string" ? { name: c } : c)) as TableColumnSpec<object>[],
    false,
  );

describe("precisionColumns", () => {
  it("precisionColumns shows the keys, decided n, precision and its 95% interval", () => {
    const columns = precisionColumns(["queue"]);
    const cells = shown(columns).shown;
    expect(cells).toEqual([["contact", "10", "80.0%", "49.0%–94.3%"]]);
    expect(columns.map((c) => (typeof c === "string" ? c : (c.label ?? c.name)))).toEqual([
      "queue",
      "decided (n)",
      "precision",
      "95% interval",
    ]);
  });

  it("precisionColumns adds the confirmed count when asked", () => {
    expect(shown(precisionColumns(["queue"], { confirmed: true })).shown[0]).toEqual([
      "contact",
      "10",
      "8",
      "80.0%",
      "49.0%–94.3%",
    ]);
  });

  it("precisionColumns shows the missing symbol for a group without decisions", () => {
    const empty = [
      { key: { queue: "q" }, reviewed: 0, confirmed: 0, ...wilsonInterval(0, 0), precision: NaN },
    ];
    const cells = tableCells(
      precisionRows(empty, ["queue"]),
      precisionColumns(["queue"]).map((c) =>
        typeof c === "string" ? { name: c } : c,
      ) as TableColumnSpec<object>[],
      false,
    ).shown;
    expect(cells[0].slice(2)).toEqual(["–", "–"]);
  });
});
