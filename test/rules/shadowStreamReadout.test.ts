import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toTable } from "../../lib/table/toTable.js";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { ShadowStreamReadout } from "../../lib/rules/ShadowStreamReadout.js";
import { tempDir } from "../report/notebookFixture.js";

const rulesYaml = `
- id: live_a
  policy: counterfeit
  action: review
  queue: q1
  when: title contains_any ["fake"]
- id: shadow_s
  policy: counterfeit
  action: review
  queue: q1
  status: shadow
  when: title contains_any ["replica", "fake"]
`;
// The stream of the batch example: L1 fake (violation, reviewed 09-01), L2 replica (violation,
// reviewed 09-02), L3 replica (no_violation, reviewed 09-03), L6 fake replica (violation, then
// overturned on appeal on 09-03).
const events = [
  { ts: "2026-09-01T10:00:00+09:00", type: "listing_created", listing_id: "L1", title: "fake bag" },
  { ts: "2026-09-01T10:05:00+09:00", type: "flagged", listing_id: "L1", queue: "q1" },
  {
    ts: "2026-09-01T11:00:00+09:00",
    type: "listing_created",
    listing_id: "L2",
    title: "replica watch",
  },
  {
    ts: "2026-09-01T12:00:00+09:00",
    type: "listing_created",
    listing_id: "L3",
    title: "replica shoes",
  },
  {
    ts: "2026-09-01T15:00:00+09:00",
    type: "review_decided",
    listing_id: "L1",
    queue: "q1",
    decision: "violation",
  },
  {
    ts: "2026-09-02T09:00:00+09:00",
    type: "review_decided",
    listing_id: "L2",
    queue: "q1",
    decision: "violation",
  },
  {
    ts: "2026-09-03T09:00:00+09:00",
    type: "review_decided",
    listing_id: "L3",
    queue: "q1",
    decision: "no_violation",
  },
  {
    ts: "2026-09-03T10:00:00+09:00",
    type: "listing_created",
    listing_id: "L6",
    title: "fake replica",
  },
  {
    ts: "2026-09-03T12:00:00+09:00",
    type: "review_decided",
    listing_id: "L6",
    queue: "q1",
    decision: "violation",
  },
  {
    ts: "2026-09-03T20:00:00+09:00",
    type: "appeal_resolved",
    listing_id: "L6",
    outcome: "overturned",
  },
];

describe("ShadowStreamReadout", () => {
  it("counts shadow hits against the active rules and labels as their events arrive", () => {
    const set = parseRuleFile(rulesYaml);
    const compiled = compileRules(set, ruleFieldSchema(toTable([{ title: "x" }])));
    const shadow = new ShadowStreamReadout(compiled);
    const hits = events.map((e) => shadow.observe(e));
    expect(hits[0]).toEqual(["live_a", "shadow_s"]);
    expect(hits[2]).toEqual(["shadow_s"]);
    const readout = shadow.readout();
    expect(readout).toMatchObject({ since: "2026-09-01", asOf: "2026-09-03", days: 3, rows: 4 });
    const s = readout.rules[0];
    expect([s.hits, s.newHits]).toEqual([4, 2]);
    expect(s.known).toMatchObject({
      labeled: 4,
      tp: 2,
      fp: 2,
      newLabeled: 2,
      newlyCaught: 1,
      newlyFlaggedClean: 1,
    });
    expect(s.known.precision).toEqual(wilsonInterval(2, 4));
    expect(s.arrival.map((a) => [a.day, a.hits, a.labeled, a.tp, a.fp])).toEqual([
      ["2026-09-01", 3, 1, 1, 0],
      ["2026-09-02", 3, 2, 2, 0],
      ["2026-09-03", 4, 4, 2, 2],
    ]);
    expect(s.overlap).toEqual([
      { rule: "live_a", shared: 2, shareOfShadow: 0.5, liveHits: 2, shareOfLive: 1 },
    ]);
    // q1: 2 new flags on 09-01 over 3 days; 1 listing flagged; at most 2 decisions in a day (09-03).
    expect(s.queueLoad).toMatchObject({
      queue: "q1",
      extraPerDay: 2 / 3,
      peakExtra: 2,
      loadPerDay: 1 / 3,
      capacity: 2,
    });
  });

  it("tns monitor gives the shadow readout of a rule file's shadow rules", async () => {
    const dir = await tempDir("shadow-stream");
    await writeFile(
      join(dir, "events.jsonl"),
      events.map((e) => JSON.stringify(e)).join("\n") + "\n",
    );
    await writeFile(join(dir, "rules.yaml"), rulesYaml);
    const out = spawnSync(
      process.execPath,
      [
        "bin/tns.js",
        "monitor",
        "--events",
        join(dir, "events.jsonl"),
        "--rules",
        join(dir, "rules.yaml"),
        "--json",
        join(dir, "run.json"),
        "--alerts",
        join(dir, "alerts.jsonl"),
        "--max-future",
        "5d",
      ],
      { encoding: "utf8" },
    );
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toMatch(
      /shadow_s: 4 hits, 2 new against the active rules; newly caught 1, newly flagged non-violations 1/,
    );
    const run = JSON.parse(
      await (await import("node:fs/promises")).readFile(join(dir, "run.json"), "utf8"),
    );
    expect(run.shadow.rules[0]).toMatchObject({ id: "shadow_s", hits: 4, newHits: 2 });
  });
});
