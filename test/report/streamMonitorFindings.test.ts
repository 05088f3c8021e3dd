import { describe, expect, it } from "vitest";
import { streamMonitorFindings } from "../../lib/report/streamMonitorFindings.js";
import type { MonitorAlert } from "../../lib/stream/MonitorTypes.js";
import { driftAlarms } from "../../lib/stream/driftAlarms.js";
import type { EventsReplay } from "../../lib/stream/replayEvents.js";
import { monitorAlert, monitorWindow, shift, wave } from "../stream/monitorFixtures.js";
import { kpiValue } from "./summaryKpiFixtures.js";

// 60 days of events; alerts fire on the DEFAULT_ZONE (Asia/Seoul) clock, 9 h ahead of UTC.
const windows = [
  monitorWindow("2026-09-01T00:00:00.000Z", 5),
  monitorWindow("2026-10-31T00:00:00.000Z", 5),
];
const replay = (alerts: MonitorAlert[], late = 0, quarantined = 0, unreadable = 0) =>
  ({
    monitor: {
      windows,
      alerts,
      events: 10,
      late,
      quarantine: { future: quarantined, past: 0, invalid: 0, examples: [] },
    },
    stats: { lines: 10, events: 10, malformed: unreadable, invalid: 0 },
    duplicates: { duplicates: 1234, evicted: 0, peakKeys: 0 },
    quarantined,
  }) satisfies EventsReplay;
const before = monitorAlert("drift", "2026-09-29T00:00:00.000Z");
const caught = monitorAlert("drift", "2026-10-01T00:00:00.000Z");
const switched = {
  ...monitorAlert("model_change", "2026-09-30T18:00:00.000Z"),
  message: "counterfeit-v7 flagged for the first time",
};
const rate = monitorAlert("rate", "2026-10-02T00:00:00.000Z", "rule:cf_keywords");
const lowest = { day: "2026-10-02", precision: 0.613, lower: 0.5, upper: 0.72, decided: 31 };

describe("streamMonitorFindings", () => {
  it("streamMonitorFindings says how fast the drift alarm caught the shift, and every other finding", () => {
    const alerts = [before, switched, caught, rate];
    const lines = streamMonitorFindings(replay(alerts), {
      drift: driftAlarms(alerts, shift),
      incidents: [shift, wave],
      psiThreshold: 0.3,
      dropped: "0 late, 0 quarantined",
      lowest,
      differing: [],
    });
    expect(lines).toEqual([
      "- **Drift alarm:** PSI reached 0.42 at 2026-10-01 09:00, **9 hours after the start of INC-1** (Scores shifted, 2026-10-01 00:00). The monitor had already noted the version switch at 2026-10-01 03:00, 3.0 h after the start, when counterfeit-v7 raised its first flag.",
      "- **Other drift alarms:** 1 (2026-09-29 09:00).",
      // During both incidents: the later one of the log.
      "- **Rate alarms:** rule:cf_keywords at 2026-10-02 09:00 (INC-2, 9.0 h after its start).",
      "- **Lowest daily precision** in the stream: 61.3% on 2026-10-02 (n = 31, 95% CI 50.0%–72.0%).",
      "- **Left out:** no event: 0 late, 0 quarantined.",
      "- **Stream = batch:** every KPI value equals the batch value; 1,234 duplicate events were dropped before counting.",
    ]);
  });

  it("streamMonitorFindings lists every drift alarm without a shift, and counts what was left out", () => {
    const lines = streamMonitorFindings(replay([before, rate], 2, 1, 3), {
      drift: driftAlarms([before, rate]),
      incidents: [],
      psiThreshold: 0.3,
      dropped: "2 late, 1 quarantined",
      differing: [kpiValue({ period: "2026-10-20" }), kpiValue({ period: "2026-10-19" })],
    });
    expect(lines).toEqual([
      "- **Drift alarms:** counterfeit at 2026-09-29 09:00.",
      "- **Rate alarms:** rule:cf_keywords at 2026-10-02 09:00.",
      "- **Left out:** 3 events: 2 late, 1 quarantined; 3 unreadable lines skipped.",
      "- **Stream = batch:** the only differences are in 2026-10-19, 2026-10-20: there the stream and the batch tables do not hold the same rows; 1,234 duplicate events were dropped before counting.",
    ]);
  });

  it("streamMonitorFindings says when the drift alarm missed the shift or never fired", () => {
    const missed = streamMonitorFindings(replay([before], 1), {
      drift: driftAlarms([before], shift),
      incidents: [shift],
      psiThreshold: 0.3,
      dropped: "1 late",
    });
    expect(missed).toEqual([
      "- **Drift alarm:** no drift alarm fired after the start of INC-1 at PSI 0.3.",
      "- **Other drift alarms:** 1 (2026-09-29 09:00).",
      "- **Left out:** 1 event: 1 late.",
    ]);
    const quiet = streamMonitorFindings(replay([]), {
      drift: driftAlarms([], shift),
      incidents: [shift],
      psiThreshold: 0.25,
      dropped: "0 late",
    });
    expect(quiet.slice(0, 2)).toEqual([
      "- **Drift alarm:** no drift alarm fired after the start of INC-1 at PSI 0.25.",
      "- **Other drift alarms:** none in 60 days at this threshold.",
    ]);
    const none = streamMonitorFindings(replay([]), {
      drift: driftAlarms([]),
      incidents: [],
      psiThreshold: 0.3,
      dropped: "0 late",
    });
    expect(none[0]).toBe("- **Drift alarms:** none at PSI 0.3.");
  });

  it("streamMonitorFindings gives alarm times on the clock of the dataset's zone", () => {
    const alerts = [switched, caught, rate];
    const lines = streamMonitorFindings(replay(alerts), {
      drift: driftAlarms(alerts, shift),
      incidents: [shift, wave],
      psiThreshold: 0.3,
      dropped: "0 late, 0 quarantined",
      zone: "UTC",
    });
    expect(lines[0]).toBe(
      "- **Drift alarm:** PSI reached 0.42 at 2026-10-01 00:00, **9 hours after the start of INC-1** (Scores shifted, 2026-09-30 15:00). The monitor had already noted the version switch at 2026-09-30 18:00, 3.0 h after the start, when counterfeit-v7 raised its first flag.",
    );
    expect(lines[2]).toBe(
      "- **Rate alarms:** rule:cf_keywords at 2026-10-02 00:00 (INC-2, 9.0 h after its start).",
    );
  });
});
