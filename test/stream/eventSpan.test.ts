import { describe, expect, it } from "vitest";
import { eventSpan } from "../../lib/stream/eventSpan.js";
import { monitorWindow } from "./monitorFixtures.js";

describe("eventSpan", () => {
  it("eventSpan runs from the first window with events to the end of the last one, empty ends left out", () => {
    const windows = [
      monitorWindow("2026-10-01T00:00:00.000Z", 0),
      monitorWindow("2026-10-01T01:00:00.000Z", 3),
      monitorWindow("2026-10-02T12:00:00.000Z", 0),
      monitorWindow("2026-10-03T00:00:00.000Z", 1),
      monitorWindow("2026-10-03T01:00:00.000Z", 0),
    ];
    expect(eventSpan(windows)).toEqual({
      start: "2026-10-01T01:00:00.000Z",
      end: "2026-10-03T01:00:00.000Z",
      days: 2,
    });
  });

  it("eventSpan is undefined when no window has an event", () => {
    expect(eventSpan([])).toBeUndefined();
    expect(eventSpan([monitorWindow("2026-10-01T00:00:00.000Z", 0)])).toBeUndefined();
  });
});
