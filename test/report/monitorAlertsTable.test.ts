import { describe, expect, it } from "vitest";
import { monitorAlertsTable } from "../../lib/report/monitorAlertsTable.js";
import { monitorAlert, shift } from "../stream/monitorFixtures.js";

const alerts = [
  monitorAlert("drift", "2026-10-01T00:00:00.000Z"),
  monitorAlert("rate", "2026-09-20T00:00:00.000Z", "rule:cf_keywords"),
];
const headers = (html: string) => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
const cells = (html: string) => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe("monitorAlertsTable", () => {
  it("monitorAlertsTable places each alert in its incident with the hours since its start", () => {
    const html = monitorAlertsTable(alerts, { incidents: [shift], caption: "Fired = event time." });
    expect(headers(html)).toEqual([
      "fired",
      "kind",
      "subject",
      "incident",
      "after incident start",
      "message",
    ]);
    expect(cells(html)).toEqual([
      ...["2026-10-01 09:00", "drift", "counterfeit", "INC-1", "9.0 h", "counterfeit drift"],
      ...["2026-09-20 09:00", "rate", "rule:cf_keywords", "", "", "rule:cf_keywords rate"],
    ]);
    expect(html).toContain("Fired = event time.");
  });

  it("monitorAlertsTable leaves out the incident columns when the dataset documents none", () => {
    const html = monitorAlertsTable(alerts);
    expect(headers(html)).toEqual(["fired", "kind", "subject", "message"]);
    expect(cells(html).slice(0, 4)).toEqual([
      "2026-10-01 09:00",
      "drift",
      "counterfeit",
      "counterfeit drift",
    ]);
  });

  it("monitorAlertsTable shows when each alert fired on the clock of the dataset's zone", () => {
    const html = monitorAlertsTable(alerts, { zone: "UTC" });
    expect(cells(html).filter((_, i) => i % 4 === 0)).toEqual([
      "2026-10-01 00:00",
      "2026-09-20 00:00",
    ]);
    expect(cells(monitorAlertsTable(alerts, { zone: "America/New_York" }))[0]).toBe(
      "2026-09-30 20:00",
    );
  });
});
