import { describe, expect, it } from "vitest";
import { table } from "arquero";
import { toDanfo } from "../../lib/data/toDanfo.js";
import { fromDanfo } from "../../lib/data/fromDanfo.js";

const listings = () =>
  table(
    new Map<string, unknown[]>([
      ["2026", ["a", "b", "c"]],
      ["listing_id", ["L1", "L2", null]],
      ["price_krw", [12000, null, 3_000_000_000]],
      ["score", [0.9731, 0.5, null]],
      ["is_violation", [true, false, null]],
      ["created_at", [new Date("2026-08-03T05:05:09Z"), null, new Date("2026-10-29T14:59:59Z")]],
      ["empty", [null, null, null]],
    ]),
  );

describe("toDanfo / fromDanfo", () => {
  it("toDanfo sets dtypes from the values and uses NaN for missing numbers", () => {
    const frame = toDanfo(listings());
    expect(frame.columns).toEqual([
      "2026",
      "listing_id",
      "price_krw",
      "score",
      "is_violation",
      "created_at",
      "empty",
    ]);
    expect(frame.dtypes).toEqual([
      "string",
      "string",
      "float32",
      "float32",
      "boolean",
      "datetime",
      "string",
    ]);
    expect(frame.column("price_krw").values).toEqual([12000, NaN, 3_000_000_000]);
    expect(frame.column("created_at").values[0]).toEqual(new Date("2026-08-03T05:05:09Z"));
    expect(toDanfo(table({ views: [1, 2] })).dtypes).toEqual(["int32"]);
  });

  it("toDanfo keeps Dates usable through danfo's dt accessor (in the process zone)", () => {
    const frame = toDanfo(listings());
    // TZ=Asia/Seoul in vitest: 2026-10-29T14:59:59Z is 23:59:59 on the 29th in Seoul.
    expect(frame.column("created_at").dt.dayOfMonth().values).toEqual([3, NaN, 29]);
  });

  it("fromDanfo(toDanfo(table)) keeps values, nulls, Dates and column order", () => {
    const original = listings();
    const back = fromDanfo(toDanfo(original));
    expect(back.columnNames()).toEqual(original.columnNames());
    expect(back.objects()).toEqual(original.objects());
  });

  it("toDanfo copies a filtered table and round-trips an empty one", () => {
    const original = listings().filter(
      (d: { score: number | null }) => d.score !== null && d.score > 0.6,
    );
    expect(toDanfo(original).shape).toEqual([1, 7]);
    const empty = table({ listing_id: [] as string[], score: [] as number[] });
    const back = fromDanfo(toDanfo(empty));
    expect(back.numRows()).toBe(0);
    expect(back.columnNames()).toEqual(["listing_id", "score"]);
  });
});
