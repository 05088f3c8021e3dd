import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";
import {
  renderNotebook,
  sampleDatasetEdited,
  sampleDatasetWithout,
  type RenderedNotebook,
} from "../notebooks/harness.js";

describe("notebooks/05-stream-monitor", () => {
  let page: RenderedNotebook;
  let html: string;
  beforeAll(async () => {
    page = await renderNotebook("05-stream-monitor");
    html = page.html;
  }, 300_000);

  it("renders on the sample data with volume, precision and drift charts", () => {
    expect([page.result.status, page.result.message]).toEqual(["ok", undefined]);
    expect(page.charts).toEqual(
      expect.arrayContaining([
        "Events per day in the replayed stream",
        "Reviewer-confirmed precision per day, from the stream",
        "Score drift per model family (PSI, 24 h against the previous 7 days)",
      ]),
    );
    expect(page.externalUrls()).toEqual([]);
  });

  it("reports the drift alarm after the calibration-shift incident and how many hours after it fired", async () => {
    const incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as {
      id: string;
      kind: string;
    }[];
    const shift = incidents.find((i) => i.kind === "calibration_shift")!;
    const m = new RegExp(
      `PSI reached [\\d.]+ at [\\d-]+ [\\d:]+, <strong>(\\d+) hours after the start of ${shift.id}</strong>`,
    ).exec(html);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![1])).toBeLessThan(24);
    expect(html).toMatch(/Other drift alarms:<\/strong> none in 90 days/);
    expect(html).toMatch(/the only differences are in 2026-10-19, 2026-10-20/);
    // Deterministic: no run time in the page.
    expect(html).not.toMatch(/alerts in [\d.]+ s/);
  });

  it("says that no event was left out of the sample's windows", () => {
    expect(html).toMatch(
      /109 duplicates dropped, 0 late, 0 quarantined \(0 more than 1h ahead of the stream clock, 0 more than 7d behind it, 0 without a valid ISO 8601 ts\)/,
    );
    expect(html).toMatch(/<strong>Left out:<\/strong> no event: 0 late, 0 quarantined/);
  });

  it("counts and shows an event dated 2099 in the replay, leaving the other events counted", async () => {
    const dir = await tempDir("nb05-2099");
    const lines = (await readFile("data/events.jsonl", "utf8")).trimEnd().split("\n");
    const flag = { ts: "2099-01-01T00:00:00+09:00", type: "flagged", listing_id: "L9999999" };
    lines.splice(5_900, 0, JSON.stringify({ ...flag, detector: "rule:x" }));
    const events = join(dir, "events-2099.jsonl");
    await writeFile(events, lines.join("\n") + "\n");
    const rerun = await renderNotebook("05-stream-monitor", {
      parameters: { eventsFile: resolve(events) },
    });
    expect([rerun.result.status, rerun.result.message]).toEqual(["ok", undefined]);
    expect(rerun.html).toMatch(
      /109 duplicates dropped, 0 late, 1 quarantined \(1 more than 1h ahead of the stream clock, 0 more than 7d behind it, 0 without a valid ISO 8601 ts\)/,
    );
    expect(rerun.html).toMatch(/<strong>Left out:<\/strong> 1 event: 0 late, 1 quarantined/);
    expect(rerun.html).toContain("The first 1 of 1 quarantined events");
    expect(rerun.html).toContain("listing_id=L9999999");
    // The drift alarm is found as on the clean replay.
    expect(rerun.html).toMatch(/hours after the start of INC-2026-001<\/strong>/);
  }, 300_000);

  it("says in one line that a dataset without events replays nothing, and still renders", async () => {
    const dataset = await sampleDatasetWithout("events");
    const rerun = await renderNotebook("05-stream-monitor", { dataset });
    expect([rerun.result.status, rerun.result.message]).toEqual(["ok", undefined]);
    expect(rerun.html).toContain("no events table in the dataset: the stream is not replayed");
    expect(rerun.html).not.toMatch(/<svg/);
  }, 300_000);

  it("shows days, alarm times and the period on the clock of the dataset's zone, not the kit's default", async () => {
    const dataset = await sampleDatasetEdited((yaml) => yaml.replace(/^zone: .*$/m, "zone: UTC"));
    const utc = await renderNotebook("05-stream-monitor", { dataset });
    expect([utc.result.status, utc.result.message]).toEqual(["ok", undefined]);
    const alarm = /PSI reached ([\d.]+) at (\d{4}-\d\d-\d\d \d\d:\d\d)/;
    const [, psiSeoul, atSeoul] = alarm.exec(html)!;
    const [, psiUtc, atUtc] = alarm.exec(utc.html)!;
    // The same alarm (the offsets in the stream fix the instant), shown 9 hours earlier in UTC.
    expect(psiUtc).toBe(psiSeoul);
    const minutes = (wall: string) => Date.parse(`${wall.replace(" ", "T")}:00Z`) / 60_000;
    expect(minutes(atSeoul) - minutes(atUtc)).toBe(9 * 60);
    expect(utc.html).toContain("summed per calendar day (UTC)");
    expect(utc.html).toContain("Fired = event time (UTC)");
  }, 300_000);
});
