import { describe, expect, it } from "vitest";
import { driftAlarms } from "../../lib/stream/driftAlarms.js";
import { monitorAlert, shift } from "./monitorFixtures.js";

const before = monitorAlert("drift", "2026-09-29T00:00:00.000Z");
const caught = monitorAlert("drift", "2026-10-01T00:00:00.000Z"); // 9 h after 15:00Z
const later = monitorAlert("drift", "2026-10-02T00:00:00.000Z");
const rate = monitorAlert("rate", "2026-09-30T20:00:00.000Z", "rule:cf_keywords");

describe("driftAlarms", () => {
  it("driftAlarms takes the first drift alarm at or after the incident's start as the catch", () => {
    const drift = driftAlarms([before, rate, caught, later], shift);
    expect(drift.incident).toBe(shift);
    expect(drift.alarms).toEqual([before, caught, later]);
    expect(drift.first).toBe(caught);
    expect(drift.others).toEqual([before, later]);
    expect(drift.hoursAfter).toBe(9);
  });

  it("driftAlarms counts every drift alarm as another one without an incident or a catch", () => {
    const none = driftAlarms([before, rate]);
    expect(none.incident).toBeUndefined();
    expect(none.first).toBeUndefined();
    expect(none.others).toEqual([before]);
    expect(none.hoursAfter).toBeNaN();
    const missed = driftAlarms([before], shift);
    expect([missed.first, missed.others, missed.hoursAfter]).toEqual([undefined, [before], NaN]);
    expect(driftAlarms([], shift).alarms).toEqual([]);
  });
});
