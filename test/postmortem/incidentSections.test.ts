import { describe, expect, it } from "vitest";
import type { Incident } from "../../lib/dataset/readIncidents.js";
import { DatasetError } from "../../lib/dataset/DatasetError.js";
import { affectedListingsCondition } from "../../lib/postmortem/affectedListingsCondition.js";
import { duckDbDialect } from "../../lib/engine/duckDbDialect.js";
import { calibrationShiftSections } from "../../lib/postmortem/calibrationShiftSections.js";
import { chooseIncident } from "../../lib/postmortem/chooseIncident.js";
import { evasionSections, type EvasionStats } from "../../lib/postmortem/evasionSections.js";
import { flagCostCards } from "../../lib/postmortem/flagCostCards.js";
import { formatInstant, hoursAfter, segmentText } from "../../lib/postmortem/incidentText.js";
import { incidentWindow } from "../../lib/postmortem/incidentWindow.js";
import { recordOnlyEvidence } from "../../lib/postmortem/recordOnlyEvidence.js";
import { ruleChangeSections } from "../../lib/postmortem/ruleChangeSections.js";

const incident = (
  id: string,
  kind: string,
  start: string,
  extra: Partial<Incident> = {},
): Incident => ({
  id,
  kind,
  title: `${kind} ${id}`,
  start,
  end: new Date(Date.parse(start) + 2 * 86_400_000).toISOString(),
  ...extra,
});

const log = [
  incident("A", "calibration_shift", "2026-08-31T10:00:00+09:00"),
  incident("B", "evasion", "2026-09-15T00:00:00+09:00"),
  incident("C", "rule_change", "2026-10-10T10:12:00+09:00"),
  incident("D", "evasion", "2026-09-01T00:00:00+09:00"),
];

describe("chooseIncident", () => {
  it("chooseIncident takes the given id", () => {
    expect(chooseIncident(log, { id: "C", kind: "evasion" })?.id).toBe("C");
  });

  it("chooseIncident takes the latest incident of the preferred kind by start, not by file order", () => {
    expect(chooseIncident(log, { kind: "evasion" })?.id).toBe("B");
  });

  it("chooseIncident falls back to the latest incident of any kind", () => {
    expect(chooseIncident(log, { kind: "feed_gap" })?.id).toBe("C");
    expect(chooseIncident(log)?.id).toBe("C");
  });

  it("chooseIncident gives undefined for an empty log and names the ids for an unknown one", () => {
    expect(chooseIncident([], { kind: "evasion" })).toBeUndefined();
    expect(() => chooseIncident(log, { id: "Z" })).toThrow(DatasetError);
    expect(() => chooseIncident(log, { id: "Z" })).toThrow(
      /incidentId "Z" is not in .*choose one of A, B, C, D/,
    );
    expect(() => chooseIncident([], { id: "Z" })).toThrow(/the log is empty/);
  });
});

describe("incidentWindow", () => {
  it("incidentWindow gives the baseline days before the start, labelled in the zone", () => {
    const w = incidentWindow(log[1], { baselineDays: 14, zone: "Asia/Seoul" });
    expect(w.start.toISOString()).toBe("2026-09-14T15:00:00.000Z");
    expect(w.baselineStart.toISOString()).toBe("2026-08-31T15:00:00.000Z");
    expect(w.baseline).toMatchObject({
      from: +w.baselineStart,
      to: +w.start,
      label: "2026-09-01..2026-09-14",
    });
    expect(w.current).toMatchObject({ from: +w.start, to: +w.end });
  });

  it("incidentWindow refuses a baseline that is not a positive number of days", () => {
    expect(() => incidentWindow(log[1], { baselineDays: 0 })).toThrow(
      /baselineDays 0 is not a positive number/,
    );
  });
});

describe("incident text", () => {
  it("formatInstant shows the wall clock of the zone, and says when there is no instant", () => {
    const t = new Date("2026-09-14T15:07:00Z");
    expect(formatInstant(t, "Asia/Seoul")).toBe("2026-09-15 00:07");
    expect(formatInstant(t, "Europe/London")).toBe("2026-09-14 16:07");
    expect(formatInstant(undefined, "Asia/Seoul")).toBe("not in the data");
    expect(formatInstant(new Date(NaN), "Asia/Seoul")).toBe("not in the data");
  });

  it("hoursAfter counts hours with one decimal, empty without an instant", () => {
    const start = new Date("2026-09-14T15:00:00Z");
    expect(hoursAfter(new Date("2026-09-17T01:06:00Z"), start)).toBe("58.1 h");
    expect(hoursAfter(new Date("2026-09-14T13:00:00Z"), start)).toBe("-2.0 h");
    expect(hoursAfter(undefined, start)).toBe("");
  });

  it("segmentText joins dimensions and lists, and names the empty segment", () => {
    expect(segmentText({ category: "bags", seller_country: ["CN", "HK"] })).toBe(
      "category = bags, seller_country = CN or HK",
    );
    expect(segmentText({})).toBe("everyone");
  });
});

describe("affectedListingsCondition", () => {
  const w = incidentWindow(log[1]);

  it("affectedListingsCondition takes the sellers the record names, inside the window", () => {
    const a = affectedListingsCondition(
      { ...log[1], affected: { seller_ids: ["S1", "S'2"] } },
      w,
      ["seller_id"],
      duckDbDialect,
    );
    expect(a.sql).toContain("seller_id IN ('S1', 'S''2')");
    expect(a.sql).toContain("created_at >= '2026-09-14T15:00:00.000Z'::TIMESTAMPTZ");
    expect(a.description).toBe("the listings of the 2 sellers the incident record names");
  });

  it("affectedListingsCondition falls back to the segment and ignores dimensions the listings lack", () => {
    const a = affectedListingsCondition(
      { ...log[1], segment: { category: "bags", seller_country: ["CN", "HK"], shoe_size: "270" } },
      w,
      ["category", "seller_country"],
      duckDbDialect,
    );
    expect(a.sql).toContain(`CAST("category" AS VARCHAR) IN ('bags')`);
    expect(a.sql).toContain(`CAST("seller_country" AS VARCHAR) IN ('CN', 'HK')`);
    expect(a.sql).not.toContain("shoe_size");
    expect(a.notes).toEqual([
      "the incident's segment names shoe_size, which the listings do not have: ignored",
    ]);
  });
});

describe("sections from statistics", () => {
  const w = incidentWindow(log[1], { baselineDays: 14 });
  const stats: EvasionStats = {
    affected: "the listings of the 2 sellers the incident record names",
    segment: "category = bags",
    listings: 10,
    sellers: 2,
    violations: 8,
    policy: "counterfeit",
    missed: { listings: 6, views: 1200, gmv: 3_000_000 },
    firstListing: new Date("2026-09-14T16:00:00Z"),
    recall: { before: [9, 10], during: [2, 8] },
  };

  it("evasionSections says what slipped past which rules, with cards for what was missed", () => {
    const s = evasionSections(stats, w, { rules: "kw", hitAsWritten: 0 });
    expect(s.headline).toBe(
      "10 counterfeit listings from 2 sellers (category = bags) slipped past kw: 0 hit as written; 6 were never flagged by any detector.",
    );
    expect(s.impact.map((c) => [c.name, c.value])).toEqual([
      ["Wave listings", "10"],
      ["Missed (never flagged)", "6"],
      ["Views of missed listings", "1,200"],
      ["Asking-price GMV exposed", "₩3,000,000"],
      ["Counterfeit recall", "25.0%"],
    ]);
    expect(s.impact[1].detail).toBe("75.0% of the wave's violations");
    expect(s.impact[4].detail).toMatch(
      /^before 90\.0% \[\d+\.\d–\d+\.\d%\], n = 10; during 25\.0% /,
    );
    expect(s.timeline[1]).toEqual({
      event: "First detector hit on the wave",
      when: undefined,
      evidence: "no detector flagged a wave listing",
    });
    expect(s.timeline[2].evidence).toBe("no audit of a wave listing found a violation");
  });

  it("evasionSections without flags or audits shows one line each instead of numbers", () => {
    const s = evasionSections(
      {
        ...stats,
        missed: undefined,
        recall: undefined,
        flagsNote: "no flags table in the dataset: x",
        auditsNote: "no audits table in the dataset: y",
      },
      w,
      { rules: "the counterfeit rules" },
    );
    expect(s.headline).toMatch(
      /slipped past the counterfeit rules: no text rule replayed; no flags table in the dataset: x\.$/,
    );
    expect(s.impact.map((c) => c.name)).toEqual(["Wave listings"]);
    expect(s.timeline[2].evidence).toBe("no audits table in the dataset: y");
    expect(JSON.stringify(s)).not.toMatch(/undefined|NaN/);
  });

  it("ruleChangeSections compares the rule's daily hits and precision with the baseline", () => {
    const rc = incidentWindow(log[2], { baselineDays: 14 });
    const s = ruleChangeSections(
      {
        rule: "r1",
        queue: "contact",
        before: [14, 14],
        during: [2, 20],
        alarm: { hits: 3, at: new Date(+rc.start + 3_600_000) },
        versions: [{ version: 2, updated_at: "2026-10-10T10:12:00+09:00", when: "x" }],
        rollback: "v3 (= v1), t",
        costs: { reviews: 18, seconds: 7200, actioned: 1, overturned: 1, notes: [] },
      },
      rc,
    );
    expect(s.headline).toBe(
      "Version 2 of r1 fired 20 times in 2.0 days (10.0/day against 1.0/day before) at 10.0% precision, flooding the contact queue.",
    );
    expect(s.impact.map((c) => c.value)).toEqual(["20", "10.0%", "18", "1"]);
    expect(s.impact[2].detail).toBe("2.0 h of reviewer time on non-violations");
    expect(s.impact[3].detail).toBe("1 overturned on appeal");
    expect(s.timeline.map((t) => t.evidence)).toContain("v3 (= v1), t");
  });

  it("calibrationShiftSections compares the new model's first days with the model it replaced", () => {
    const s = calibrationShiftSections(
      {
        model: "m2",
        previous: ["m1"],
        threshold: 0.8,
        days: 14,
        during: [7, 14],
        before: [9, 10],
        shadow: {
          start: new Date("2026-08-27T00:00:00Z"),
          listings: 50,
          summary: "shift",
          higher: true,
        },
        mitigation: "none in the data",
        costs: {
          seconds: 0,
          reviewsNote: "no reviews table in the dataset: z",
          notes: ["no reviews table in the dataset: z"],
        },
      },
      incidentWindow(log[0], { baselineDays: 14 }),
    );
    expect(s.headline).toBe(
      "m2 went live flagging at 0.80 with scores higher than m1's on the same listings: the precision of its flags fell from 90.0% (m1) to 50.0%.",
    );
    expect(s.impact.map((c) => c.name)).toEqual(["m2 flags, first 14 days", "Precision"]);
    expect(s.impact[0].detail).toBe("1.0/day vs 0.7/day before (m1)");
    expect(s.timeline[2].evidence).toBe("no reviews table in the dataset: z");
  });

  it("flagCostCards gives no card for a table the dataset lacks, and 'met' for no wrong action", () => {
    expect(flagCostCards({ seconds: 0, notes: [] })).toEqual([]);
    const [reviews, wrong] = flagCostCards({ reviews: 3, seconds: 5400, actioned: 0, notes: [] });
    expect(reviews.detail).toBe("1.5 h of reviewer time on non-violations");
    expect(wrong).toMatchObject({ value: "0", status: "met", detail: "appeals not known" });
  });

  it("recordOnlyEvidence says the one reason in every section", () => {
    const pm = recordOnlyEvidence(
      log[0],
      { window: incidentWindow(log[0]), examples: 8, replicates: 10 },
      "no model_scores table in the dataset: q",
    );
    expect(pm.headline).toBe(
      "This calibration_shift incident is not measured: no model_scores table in the dataset: q.",
    );
    expect([pm.rootCauseNote, pm.notes]).toEqual([
      "no model_scores table in the dataset: q",
      ["no model_scores table in the dataset: q"],
    ]);
    expect(pm.impact).toEqual([]);
  });
});
