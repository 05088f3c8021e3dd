import { describe, expect, it } from "vitest";
import { alertIncident } from "../../lib/stream/alertIncident.js";
import { shift, wave } from "./monitorFixtures.js";

describe("alertIncident", () => {
  it("alertIncident finds the incident under way, counting a day past its end", () => {
    expect(alertIncident({ ts: "2026-09-30T15:00:00.000Z" }, [shift, wave])).toBe(shift);
    // Shift ended 2026-10-02T15:00Z: a day later still counts, a moment after does not.
    expect(alertIncident({ ts: "2026-10-03T15:00:00.000Z" }, [shift])).toBe(shift);
    expect(alertIncident({ ts: "2026-10-03T15:00:01.000Z" }, [shift])).toBeUndefined();
  });

  it("alertIncident takes the last incident of the log when two are under way, none before any", () => {
    expect(alertIncident({ ts: "2026-10-02T00:00:00.000Z" }, [shift, wave])).toBe(wave);
    expect(alertIncident({ ts: "2026-10-02T00:00:00.000Z" }, [wave, shift])).toBe(shift);
    expect(alertIncident({ ts: "2026-09-30T14:59:59.000Z" }, [shift, wave])).toBeUndefined();
    expect(alertIncident({ ts: "2026-10-02T00:00:00.000Z" }, [])).toBeUndefined();
  });
});
