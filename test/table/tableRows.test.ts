import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { accessorColumn } from "../../lib/metrics/rowAccessor.js";
import { precisionByGroup } from "../../lib/metrics/precisionByGroup.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { htmlTable } from "../../lib/report/htmlTable.js";
import { columnValues } from "../../lib/table/columnValues.js";
import { readAccessor } from "../../lib/table/readAccessor.js";
import { tableRows } from "../../lib/table/tableRows.js";

const missing = (column: string, columns: readonly string[]) =>
  new Error(`no ${column} among ${columns.join(",")}`);

describe("tableRows", () => {
  it("tableRows passes arrays through and reads tables through objects()", () => {
    const rows = [{ a: 1 }];
    expect(tableRows(rows, "c")).toBe(rows);
    expect(tableRows(table({ a: [1, 2] }), "c")).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("tableRows names the caller and the fix for input that is neither rows nor a table", () => {
    expect(() => tableRows("a,b" as never, "barChart")).toThrow(
      /barChart: data must be an array of objects or an arquero Table, got "string"; pass rows/,
    );
    expect(() => tableRows(null as never, "htmlTable")).toThrow(/htmlTable: .* got null/);
    expect(() => tableRows({ rows: [] } as never, "leafCube")).toThrow(TypeError);
  });

  it("every rows-or-table entry point reads a table as it reads the same rows", () => {
    const rows = [
      { queue: "contact", violation: true, n: 1 },
      { queue: "contact", violation: false, n: 2 },
      { queue: "bags", violation: true, n: 3 },
    ];
    const t = table({
      queue: rows.map((r) => r.queue),
      violation: rows.map((r) => r.violation),
      n: rows.map((r) => r.n),
    });
    type Row = (typeof rows)[number];
    const options = { by: ["queue" as const], confirmed: (r: Row) => r.violation };
    expect(precisionByGroup(t as unknown as { objects(): Row[] }, options)).toEqual(
      precisionByGroup(rows, options),
    );
    expect(htmlTable(t)).toBe(htmlTable(rows));
    expect(barChart(t, { x: "queue", y: "n", title: "n" })).toBe(
      barChart(rows, { x: "queue", y: "n", title: "n" }),
    );
  });

  it("every rows-or-table entry point refuses other input with the same message", () => {
    for (const [caller, call] of [
      ["htmlTable", () => htmlTable(42 as never)],
      ["precisionByGroup", () => precisionByGroup(42 as never, { confirmed: () => true })],
      ["leafCube", () => leafCube(42 as never, { dims: ["queue"], measure: "n" })],
    ] as const)
      expect(call).toThrow(new RegExp(`^${caller}: data must be an array of objects`));
  });
});

describe("columnValues and readAccessor", () => {
  it("columnValues reads a column by name or through a function of row and index", () => {
    const rows = [{ n: 1 }, { n: 2 }];
    expect(columnValues(rows, "n", missing)).toEqual([1, 2]);
    expect(columnValues(rows, (row, i) => row.n * 10 + i, missing)).toEqual([10, 21]);
    expect(columnValues([], "n", missing)).toEqual([]);
  });

  it("columnValues accepts a column only some rows have and throws the caller's error for one none has", () => {
    expect(columnValues([{ a: 1 }, { a: 2, b: 3 }] as object[], "b", missing)).toEqual([
      undefined,
      3,
    ]);
    expect(() => columnValues([{ a: 1 }], "b", missing)).toThrow("no b among a");
    // An inherited name is not a column.
    expect(() => columnValues([{ a: 1 }], "toString", missing)).toThrow("no toString among a");
  });

  it("accessorColumn words a missing column for a metrics option", () => {
    expect(() => accessorColumn([{ score: 0.5 }], "label", "label")).toThrow(
      /label: column "label" is not in the data \(columns: score\)/,
    );
  });

  it("readAccessor reads one row and names the column, or the fallback for a function", () => {
    const byName = readAccessor<{ n: number }>("n", "measure");
    expect([byName.read({ n: 4 }, 0), byName.name]).toEqual([4, "n"]);
    const byFunction = readAccessor<{ n: number }>((row, i) => row.n + i, "measure");
    expect([byFunction.read({ n: 4 }, 2), byFunction.name]).toEqual([6, "measure"]);
  });
});
