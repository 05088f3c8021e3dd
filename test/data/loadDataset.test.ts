import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../../lib/data/loadDataset.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";

const fixtures = fileURLToPath(new URL("../fixtures/data/sample/", import.meta.url));
const dataDir = fileURLToPath(new URL("../../data/", import.meta.url));

describe("loadDataset", () => {
  it("loadDataset loads the seven sample tables with their schemas", async () => {
    const dataset = await loadDataset(fixtures);
    expect(Object.keys(dataset)).toEqual([
      "sellers",
      "listings",
      "modelScores",
      "flags",
      "reviews",
      "audits",
      "appeals",
    ]);
    const { listings, modelScores, sellers, reviews } = dataset;
    expect(listings.numRows()).toBe(2);
    expect(listings.get("brand", 1)).toBeNull();
    expect(listings.get("description", 1)).toBe("1:1 미러급\n카톡 문의 주세요");
    expect(listings.get("title", 1)).toBe("<script>alert('x')</script> 샤X 레플리카 가방");
    expect(listings.get("price_krw", 0)).toBe(4200000);
    expect(listings.get("is_violation", 1)).toBe(true);
    expect((listings.get("created_at", 1) as Date).toISOString()).toBe("2026-08-03T05:05:09.000Z");
    expect(modelScores.array("score")).toEqual([0.0412, 0.9731]);
    expect(sellers.array("verified")).toEqual([true, false]);
    expect(reviews.get("handling_seconds", 0)).toBe(95);
  });

  it("loadDataset loads only the requested tables", async () => {
    const dataset = await loadDataset(fixtures, { tables: ["flags", "appeals"] });
    expect(Object.keys(dataset)).toEqual(["flags", "appeals"]);
    expect(dataset.flags.array("detector")).toEqual(["model:counterfeit_v3", "rule:contact_kakao"]);
  });

  it("loadDataset names a missing file and an unknown table", async () => {
    await expect(loadDataset("test/fixtures/data/none", { tables: ["sellers"] })).rejects.toThrow(
      /^file not found: test\/fixtures\/data\/none\/sellers\.csv; run `npm run generate-data` or check --data-dir$/,
    );
    // @ts-expect-error: not a sample table
    await expect(loadDataset(fixtures, { tables: ["listing"] })).rejects.toThrow(
      /tables: "listing" is not a sample table; choose from sellers, listings, modelScores/,
    );
  });

  it("sampleSchemas names each table after its file", () => {
    expect(Object.values(sampleSchemas).map((schema) => schema.name)).toEqual([
      "sellers",
      "listings",
      "model_scores",
      "flags",
      "reviews",
      "audits",
      "appeals",
    ]);
  });

  it.skipIf(!existsSync(`${dataDir}listings.csv`))(
    "loadDataset loads the generated sample data in data/",
    async () => {
      const dataset = await loadDataset(dataDir);
      for (const table of Object.values(dataset)) expect(table.numRows()).toBeGreaterThan(0);
    },
  );
});
