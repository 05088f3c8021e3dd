import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { precisionByGroup } from "../../lib/metrics/precisionByGroup.js";
import { periodStart } from "../../lib/time/periodStart.js";
import { reportWindow } from "../../lib/report/reportWindow.js";
import { reviewPrecisionQuery } from "../../lib/overview/reviewPrecisionQuery.js";
import { weeklyFlagRates } from "../../lib/overview/weeklyFlagRates.js";
import { dailyDetectionVolumes } from "../../lib/overview/dailyDetectionVolumes.js";
import { clearedReviews } from "../../lib/overview/clearedReviews.js";

interface Review {
  listing_id: string;
  queue: string;
  reviewed_at: Date;
  decision: string;
}

describe("overview queries on the sample", () => {
  let ds: Dataset;
  const window = { from: "2026-09-01", to: "2026-09-30" };
  let reviews: Review[];
  beforeAll(async () => {
    ds = await openDataset("data/tns.yaml");
    const day = (d: Date) => periodStart(d, "day")!;
    reviews = ((await ds.table("reviews")).objects() as unknown as Review[]).filter(
      (r) => r.reviewed_at && day(r.reviewed_at) >= window.from && day(r.reviewed_at) <= window.to,
    );
  });
  afterAll(() => ds.close());

  it("reportWindow ends on the newest listing day and never starts before the data", async () => {
    expect(await reportWindow(ds, { days: 7 })).toMatchObject({
      from: "2026-10-23",
      to: "2026-10-29",
    });
    expect(await reportWindow(ds, { date: "2026-08-10", days: 90 })).toMatchObject({
      from: "2026-08-01",
      to: "2026-08-10",
      coverage: { status: "complete" },
    });
  });

  it("reportWindow says when the report date is past the data", async () => {
    const { coverage } = await reportWindow(ds, { date: "2026-12-31", days: 7 });
    expect(coverage).toMatchObject({ status: "incomplete", dataEnds: "2026-10-29" });
    expect(coverage.note).toBe("data ends 2026-10-29, before the report date 2026-12-31");
  });

  it("reviewPrecisionQuery equals precisionByGroup over the rows (groups, order, intervals)", async () => {
    const confirmed = (r: Review) =>
      r.decision === "escalate" ? null : r.decision === "violation";
    const week = (r: Review) => periodStart(r.reviewed_at, "week");
    expect(await reviewPrecisionQuery(ds, { ...window, by: ["week", "queue"] })).toEqual(
      precisionByGroup(reviews, { by: [week, "queue"], names: ["week"], confirmed }),
    );
    expect(await reviewPrecisionQuery(ds, window)).toEqual(
      precisionByGroup(reviews, { confirmed }),
    );
  });

  it("weeklyFlagRates and dailyDetectionVolumes cover every week and day of the window", async () => {
    const weekly = await weeklyFlagRates(ds, window);
    expect(weekly[0].week).toBe("2026-08-31");
    expect(
      weekly.every((w) => w.flagged <= w.listings && w.lower <= w.rate && w.rate <= w.upper),
    ).toBe(true);
    const daily = await dailyDetectionVolumes(ds, window);
    expect(daily).toHaveLength(30 * 3);
    const decisions = daily
      .filter((d) => d.series === "review decisions")
      .reduce((a, d) => a + d.count, 0);
    expect(decisions).toBe(reviews.length);
  });

  it("clearedReviews counts the cleared decisions of one queue-week and bounds the examples", async () => {
    const cleared = await clearedReviews(ds, {
      ...window,
      queue: "contact",
      week: "2026-09-07",
      limit: 3,
    });
    const expected = reviews.filter(
      (r) =>
        r.queue === "contact" &&
        periodStart(r.reviewed_at, "week") === "2026-09-07" &&
        r.decision === "no_violation",
    );
    expect(cleared.cleared).toBe(expected.length);
    expect(cleared.examples.map((e) => e.listing_id)).toEqual(
      expected.slice(0, 3).map((r) => r.listing_id),
    );
  });
});
