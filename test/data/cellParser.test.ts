import { describe, expect, it } from "vitest";
import { cellParser, INVALID } from "../../lib/data/cellParser.js";
import { jsValueParser } from "../../lib/data/jsValueParser.js";

const parser = (type: "number" | "integer" | "boolean" | "date" | "string") =>
  cellParser({ type }, "Asia/Seoul")!;

describe("cellParser", () => {
  it("cellParser reads plain and scientific numbers and rejects units and separators", () => {
    const number = parser("number");
    expect(number("1e3")).toBe(1000);
    expect(number("-0.5")).toBe(-0.5);
    expect(number(".25")).toBe(0.25);
    expect(number("0.9731")).toBe(0.9731);
    expect(number(" 42 ")).toBe(42);
    for (const text of [
      "12abc",
      "12,000",
      "12,000원",
      "0x10",
      "NaN",
      "Infinity",
      "1e999",
      "--1",
      "1.2.3",
    ]) {
      expect(number(text), text).toBe(INVALID);
    }
  });

  it("cellParser accepts whole integers and rejects fractions", () => {
    const integer = parser("integer");
    expect(integer("12000")).toBe(12000);
    expect(integer("-7")).toBe(-7);
    expect(integer("1e3")).toBe(1000);
    expect(integer("1.5")).toBe(INVALID);
    expect(integer("9007199254740993")).toBe(INVALID);
  });

  it("cellParser reads true/false/1/0/yes/no in any case", () => {
    const boolean = parser("boolean");
    expect(["true", "TRUE", "Yes", "1"].map(boolean)).toEqual([true, true, true, true]);
    expect(["false", "False", "NO", "0"].map(boolean)).toEqual([false, false, false, false]);
    expect(boolean("maybe")).toBe(INVALID);
    expect(boolean("constructor")).toBe(INVALID);
  });

  it("cellParser keeps valid dates as YYYY-MM-DD text", () => {
    const date = parser("date");
    expect(date("2026-08-03")).toBe("2026-08-03");
    expect(date("2028-02-29")).toBe("2028-02-29");
    for (const text of ["2026-02-30", "2026-8-3", "2026-08-03T00:00:00Z", "20260803"]) {
      expect(date(text), text).toBe(INVALID);
    }
  });

  it("cellParser keeps strings as-is, Korean and HTML included", () => {
    expect(parser("string")('<script>alert("x")</script> 정품 가방')).toBe(
      '<script>alert("x")</script> 정품 가방',
    );
  });

  it("cellParser returns undefined for a timestamp column with an unknown zone", () => {
    expect(cellParser({ type: "timestamp", zone: "Mars/Olympus" }, "Asia/Seoul")).toBeUndefined();
  });
});

describe("jsValueParser", () => {
  it("jsValueParser checks JSON and DuckDB values against the column type", () => {
    const integer = jsValueParser({ type: "integer" }, "UTC")!;
    expect(integer(12000)).toBe(12000);
    expect(integer(12000n)).toBe(12000);
    expect(integer("12000")).toBe(12000);
    expect(integer(1.5)).toBe(INVALID);
    const boolean = jsValueParser({ type: "boolean" }, "UTC")!;
    expect([true, 1, 0, "no"].map(boolean)).toEqual([true, true, false, false]);
    expect(boolean(2)).toBe(INVALID);
    const text = jsValueParser({ type: "string" }, "UTC")!;
    expect(text(42)).toBe("42");
    expect(text({ a: 1 })).toBe(INVALID);
    const date = jsValueParser({ type: "date" }, "UTC")!;
    expect(date(new Date("2026-08-03T00:00:00Z"))).toBe("2026-08-03");
    expect(date(new Date("2026-08-03T01:00:00Z"))).toBe(INVALID);
  });

  it("jsValueParser re-reads naive DuckDB timestamps in the column zone", () => {
    const wall = new Date("2026-08-03T14:05:09Z"); // DuckDB TIMESTAMP '2026-08-03 14:05:09'
    const naive = jsValueParser({ type: "timestamp" }, "Asia/Seoul", { naiveDates: true })!;
    const exact = jsValueParser({ type: "timestamp" }, "Asia/Seoul")!;
    expect((naive(wall) as Date).toISOString()).toBe("2026-08-03T05:05:09.000Z");
    expect((exact(wall) as Date).toISOString()).toBe("2026-08-03T14:05:09.000Z");
    expect(exact(1785733509000)).toBe(INVALID);
  });
});
