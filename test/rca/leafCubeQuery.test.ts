import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { decidedReviewsSql } from "../../lib/rca/decidedReviewsSql.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { leafCubeQuery } from "../../lib/rca/leafCubeQuery.js";
import { segmentExamplesQuery } from "../../lib/rca/segmentExamplesQuery.js";

describe("leafCubeQuery", () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = await openDataset("data/tns.yaml");
  });
  afterAll(async () => ds.close());

  it("leafCubeQuery equals leafCube over the same decided reviews (codes, leaves, sums, warnings)", async () => {
    const { sql, dims, missing } = decidedReviewsSql(ds);
    expect(missing).toEqual([]);
    const period = {
      column: "week",
      baseline: ["2026-09-21", "2026-09-28"],
      current: ["2026-10-05"],
    };
    const fromEngine = await leafCubeQuery(ds, sql, {
      dims,
      numerator: "confirmed",
      denominator: 1,
      period,
    });
    const rows = (await ds.query(`SELECT * FROM ${sql} ORDER BY rn`)).objects() as Record<
      string,
      unknown
    >[];
    const inMemory = leafCube(rows, {
      dims,
      numerator: "confirmed",
      denominator: () => 1,
      period: (r) =>
        r.week === "2026-10-05"
          ? "current"
          : period.baseline.includes(r.week as string)
            ? "baseline"
            : null,
    });
    expect({ ...fromEngine, names: undefined }).toEqual({ ...inMemory, names: undefined });
  });

  it("segmentExamplesQuery returns at most limit rows inside the segment", async () => {
    const { sql } = decidedReviewsSql(ds);
    const rows = await segmentExamplesQuery(
      ds,
      sql,
      { queue: "contact" },
      { columns: ["listing_id", "queue"], where: { confirmed: 0 }, limit: 3 },
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.queue === "contact")).toBe(true);
  });
});
