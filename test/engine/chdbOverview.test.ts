// The detection overview (notebook 01) on the real embedded ClickHouse (npm chdb): every window,
// volume, rate, precision and cleared review equals DuckDB's on the sample.
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { timeSpan } from "../../lib/dataset/timeSpan.js";
import { clearedReviews } from "../../lib/overview/clearedReviews.js";
import { dailyDetectionVolumes } from "../../lib/overview/dailyDetectionVolumes.js";
import { reportWindow } from "../../lib/report/reportWindow.js";
import { reviewPrecisionQuery } from "../../lib/overview/reviewPrecisionQuery.js";
import { weeklyFlagRates } from "../../lib/overview/weeklyFlagRates.js";
import { sampleOnBothEngines } from "./sampleOnBothEngines.js";

describe("the detection overview on chdb (embedded ClickHouse) equals DuckDB's", () => {
  const sample = sampleOnBothEngines();

  it("reportWindow, timeSpan, dailyDetectionVolumes, weeklyFlagRates, reviewPrecisionQuery and clearedReviews", async () => {
    const run = async (ds: Dataset) => {
      const window = await reportWindow(ds);
      const span = { from: window.from, to: window.to };
      const precision = Object.fromEntries(
        await Promise.all(
          ([[], ["queue"], ["policy"], ["detector"], ["week", "queue"]] as const).map(
            async (by) => [by.join("+"), await reviewPrecisionQuery(ds, { ...span, by })] as const,
          ),
        ),
      );
      const weakest = precision["week+queue"].sort((a, b) => a.precision - b.precision)[0];
      return {
        window,
        listings: await timeSpan(ds, "listings", "created_at", span),
        reviews: await timeSpan(ds, "reviews", "reviewed_at", span),
        volumes: await dailyDetectionVolumes(ds, window),
        rates: await weeklyFlagRates(ds, window),
        precision,
        cleared: await clearedReviews(ds, {
          ...span,
          queue: String(weakest.key.queue),
          week: String(weakest.key.week),
        }),
      };
    };
    const a = await run(sample.duck);
    const b = await run(sample.ch);
    expect(b).toEqual(a);
    // Not vacuous: a full window of volumes, decided reviews and cleared examples with detectors.
    expect(a.volumes.filter((v) => v.count > 0).length).toBeGreaterThan(100);
    expect(a.precision[""][0].reviewed).toBeGreaterThan(1000);
    expect(a.cleared.examples.filter((e) => e.detectors !== "").length).toBeGreaterThan(0);
  }, 120_000);
});
