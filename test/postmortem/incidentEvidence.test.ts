import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { readIncidents, type Incident } from "../../lib/dataset/readIncidents.js";
import { incidentEvidence } from "../../lib/postmortem/incidentEvidence.js";
import { incidentFlagsSql } from "../../lib/postmortem/incidentFlagsSql.js";
import { incidentListingsSql } from "../../lib/postmortem/incidentListingsSql.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { leafCubeFromDataset } from "../../lib/rca/leafCubeFromDataset.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import type { RuleSet } from "../../lib/rules/RuleDefinition.js";
import { tempDir } from "../report/notebookFixture.js";

const ranges = { baseline: "2026-09-01..2026-09-14", current: "2026-09-15..2026-09-29" };

// Every figure here was first printed by the notebook this replaces (arrays of objects in JS) on the
// same sample: the engine gives the same numbers.
describe("incidentEvidence on the sample dataset", () => {
  let ds: Dataset;
  let rules: RuleSet;
  let incidents: Incident[];
  const byId = (id: string) => incidents.find((i) => i.id === id)!;
  beforeAll(async () => {
    ds = await openDataset("data/tns.yaml");
    rules = await loadRuleFile("data/rules/production-rules.yaml", { listsDir: "data/lists" });
    incidents = await readIncidents("data/incidents.json");
  });
  afterAll(() => ds.close());

  it("incidentEvidence measures the evasion wave: missed listings, exposure, recall, first signals", async () => {
    const pm = await incidentEvidence(ds, byId("INC-2026-002"), { rules });
    expect(pm.impact.map((c) => [c.name, c.value])).toEqual([
      ["Wave listings", "190"],
      ["Missed (never flagged)", "101"],
      ["Views of missed listings", "41,800"],
      ["Asking-price GMV exposed", "₩64,235,000"],
      ["Counterfeit recall", "59.4%"],
    ]);
    expect(pm.timeline.map((t) => t.when?.toISOString())).toEqual([
      "2026-09-14T15:07:07.000Z",
      "2026-09-15T05:37:39.000Z",
      "2026-09-17T01:03:00.000Z",
      "2026-09-29T15:00:00.000Z",
    ]);
    expect(pm.timeline[1].evidence).toBe("detector model:counterfeit_v4");
    expect(pm.examples.rows).toHaveLength(8);
    expect(pm.examples.rows.every((r) => r.caught_by_fix === "yes")).toBe(true);
    expect(pm.notes).toEqual([]);
  });

  it("incidentEvidence replays the policy's text rules with normalisation and finds the wave's segment", async () => {
    const pm = await incidentEvidence(ds, byId("INC-2026-002"), { rules });
    expect(pm.fix.rows.map((r) => [r.rule, r.affected, r.hits])).toEqual([
      ["cf_keywords as written", "0 of 190 (0.0%)", 84],
      ["cf_keywords with every normalisation step", "190 of 190 (100.0%)", 274],
    ]);
    expect(pm.fix.summary).toContain("newly catches 190 violations and adds 0 false positives");
    const { result } = pm.rootCause!;
    expect(result.kpi).toMatchObject({ kind: "additive", current: 117 });
    expect(result.causes[0].segment).toEqual({
      category: "bags",
      seller_tier: "new",
      seller_country: "CN",
    });
    expect(result.causes[0].explanatoryPower).toBeCloseTo(0.608, 3);
    expect(pm.actions[0]).toMatchObject({
      title: "Normalise text in cf_keywords",
      owner: "counterfeit-team",
    });
    expect(pm.actions.at(-1)?.title).toBe(
      "Raise the audit rate in the new_overseas stratum during waves",
    );
  });

  it("incidentEvidence measures the rule change and replays its versions on the window's listings", async () => {
    const pm = await incidentEvidence(ds, byId("INC-2026-003"), { rules });
    expect(pm.impact.map((c) => c.value)).toEqual(["179", "9.5%", "155", "9"]);
    expect(pm.impact[3].detail).toBe("4 overturned on appeal");
    expect(pm.timeline[3].evidence).toBe("v3 (= v1), 2026-10-13T15:40:00+09:00");
    expect(pm.fix.rows.map((r) => r.hits)).toEqual([179, 10]);
    expect(pm.fix.summary).toBe("On the same listings, v3 fires 10 times instead of 179 (v2).");
    expect(pm.rootCause?.result.causes[0].segment).toEqual({ detector: "rule:contact_phone" });
    expect(pm.actions[1].impact).toBe("would have paged 1.7 h after the change");
  });

  it("incidentEvidence finds the replaced model and re-tunes the threshold to its precision", async () => {
    const pm = await incidentEvidence(ds, byId("INC-2026-001"), { rules, replicates: 50 });
    expect(pm.headline).toMatch(
      /^counterfeit_v4 went live flagging at 0\.80 with scores higher than counterfeit_v3's/,
    );
    expect(pm.headline).toMatch(/fell from 90\.5% \(counterfeit_v3\) to 64\.3%\.$/);
    expect(pm.impact.map((c) => c.value)).toEqual(["70", "64.3%", "25"]);
    expect(pm.fix.rows.map((r) => r.threshold)).toEqual(["0.80", "0.91"]);
    expect(pm.timeline[0].evidence).toBe(
      "counterfeit_v3 and counterfeit_v4 score the same 587 listings; only counterfeit_v3 flags",
    );
    expect(pm.rootCause?.result.causes[0].segment).toEqual({ detector: "model:counterfeit_v4" });
  });

  it("incidentEvidence reads another kind as a pipeline incident and counts the affected table", async () => {
    const pm = await incidentEvidence(ds, byId("INC-2026-004"));
    expect(pm.headline).toBe(
      "A feed_gap incident in the data pipeline (reviews): reviews has 0.0/day during the incident against 25.0/day in the 14 days before (by reviewed_at).",
    );
    expect(pm.rootCause).toBeUndefined();
    expect(pm.rootCauseNote).toMatch(/^No detection KPI is searched for a feed_gap incident/);
  });

  it("leafCubeFromDataset over a relation equals leafCube over the same rows", async () => {
    const relation = incidentListingsSql(ds);
    const options = {
      dims: ["category", "seller_tier", "seller_country", "verified"],
      time: "created_at",
      ...ranges,
    };
    const cube = await leafCubeFromDataset(ds, relation, { ...options, measure: "missed" });
    const rows = (
      await ds.query(
        `SELECT category, seller_tier, seller_country, verified, created_at, missed FROM ${relation} ORDER BY rn`,
      )
    ).objects();
    expect(cube).toEqual(leafCube(rows, { ...options, measure: "missed" }));
    expect(cube.leaves).toBeGreaterThan(20);
    const flags = await leafCubeFromDataset(ds, incidentFlagsSql(ds), {
      dims: ["queue", "detector"],
      numerator: "hit",
      denominator: 1,
      time: "flagged_at",
      ...ranges,
    });
    expect(flags.kind).toBe("ratio");
    await expect(
      leafCubeFromDataset(ds, relation, { ...options, measure: "misssed" }),
    ).rejects.toThrow(/table \(the relation\) has no column "misssed" \(did you mean "missed"\?\)/);
  });
});

describe("incidentEvidence on a dataset without audits, reviews, appeals or scores", () => {
  let ds: Dataset;
  let incidents: Incident[];
  beforeAll(async () => {
    const dir = await tempDir("pm-min");
    const data = resolve("data");
    const yaml = join(dir, "tns.yaml");
    await writeFile(
      yaml,
      [
        "zone: Asia/Seoul",
        "tables:",
        ...["listings", "sellers", "flags"].map((t) => `  ${t}: { path: ${data}/${t}.csv }`),
      ].join("\n"),
    );
    ds = await openDataset(yaml);
    incidents = await readIncidents("data/incidents.json");
  });
  afterAll(() => ds.close());

  it("incidentEvidence says in one line what each missing table turns off, and computes the rest", async () => {
    const wave = await incidentEvidence(
      ds,
      incidents.find((i) => i.kind === "evasion")!,
    );
    expect(wave.notes).toEqual(["no audits table in the dataset: no audit finding is known"]);
    expect(wave.impact[1]).toMatchObject({ name: "Missed (never flagged)", value: "101" });
    expect(wave.fix.summary).toBe("The dataset names no rule file: no rule fix is replayed.");
    const change = await incidentEvidence(
      ds,
      incidents.find((i) => i.kind === "rule_change")!,
    );
    expect(change.notes).toEqual([
      "no reviews table in the dataset: the review work of false positives is not counted",
      "no appeals table in the dataset: wrong actions overturned on appeal are not counted",
    ]);
    expect(change.impact.map((c) => c.name)).toEqual(["contact_phone hits", "Precision during"]);
    const shift = await incidentEvidence(
      ds,
      incidents.find((i) => i.kind === "calibration_shift")!,
    );
    expect(shift.headline).toBe(
      "This calibration_shift incident is not measured: no model_scores table in the dataset: model scores are not analysed.",
    );
    for (const pm of [wave, change, shift]) expect(JSON.stringify(pm)).not.toMatch(/undefined|NaN/);
  });
});
