import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebook, type RenderedNotebook } from "../notebooks/harness.js";
import { periodStart } from "../../lib/time/periodStart.js";

describe("notebooks/04-kpi-dashboard", () => {
  let page: RenderedNotebook;
  let html: string;
  let gapDay: string;
  beforeAll(async () => {
    page = await renderNotebook("04-kpi-dashboard");
    html = page.html;
    const incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as {
      kind: string;
      start: string;
    }[];
    gapDay = periodStart(incidents.find((i) => i.kind === "feed_gap")!.start, "day")!;
  }, 300_000);

  it("renders on the sample data and reads as a report: cards with targets, trends with target bands, n and intervals", () => {
    expect([page.result.status, page.result.message]).toEqual(["ok", undefined]);
    expect(html).toContain('class="cards"');
    expect(html).toMatch(/target ≥ 70\.0%/);
    expect(html).toContain("95% CI");
    expect(page.charts).toEqual(
      expect.arrayContaining([
        "Reviewer-confirmed precision by week",
        "Reviews feed freshness by day",
      ]),
    );
    expect(page.externalUrls()).toEqual([]);
  });

  it("makes the feed-gap incident visible: anomaly, failed check and a recommendation computed from the data", () => {
    expect(html).toMatch(
      new RegExp(`Reviews feed freshness 26\\.4 h on ${gapDay}, [\\d.]+ MADs over`),
    );
    // The finding names the integrity KPIs that missed, computed from the KPI file, not a story.
    expect(html).toMatch(
      new RegExp(`reviews feed freshness, reviews feed completeness missed on ${gapDay}`),
    );
    expect(html).toMatch(
      new RegExp(
        `re-run the exports behind reviews feed freshness, reviews feed completeness for ${gapDay}`,
      ),
    );
    expect(html).toContain("daily_volume");
  });
});
