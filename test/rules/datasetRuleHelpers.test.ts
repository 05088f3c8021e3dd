import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { periodOfInterest } from "../../lib/dataset/periodOfInterest.js";
import { periodListingRowsSql } from "../../lib/dataset/periodListingRowsSql.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { compareRuleSetsDataset } from "../../lib/rules/compareRuleSetsDataset.js";
import { missedViolations } from "../../lib/rules/missedViolations.js";
import { relationRuleSchema } from "../../lib/rules/relationRuleSchema.js";
import type { Incident } from "../../lib/dataset/readIncidents.js";
import { tmpDir, writeTmp } from "../data/tmpFiles.js";

const listingsCsv = [
  "listing_id,seller_id,created_at,category,title,description,price_krw,is_violation,violation_policy",
  "L1,S1,2026-09-01T10:00:00+09:00,bags,replica bag,,1000,true,counterfeit",
  "L2,S1,2026-09-02T10:00:00+09:00,bags,r e p l i c a bag,,1000,true,counterfeit",
  "L3,S1,2026-09-03T23:30:00+09:00,bags,plain bag,,1000,false,",
  "L4,S1,2026-09-04T10:00:00+09:00,bags,re plica bag,,1000,true,counterfeit",
].join("\n");

const open: Dataset[] = [];
afterEach(() => {
  for (const ds of open.splice(0)) ds.close();
});
async function listings(): Promise<Dataset> {
  const dir = tmpDir("rule-helpers");
  writeTmp(dir, "listings.csv", listingsCsv);
  writeFileSync(join(dir, "tns.yaml"), "tables:\n  listings: { path: listings.csv }\n");
  const ds = await openDataset(join(dir, "tns.yaml"));
  open.push(ds);
  return ds;
}
const rules = (yaml: string) => parseRuleFile(yaml, { lists: { kw: ["replica"] } });
const keyword = "- id: kw\n  policy: counterfeit\n  when: title contains_any $kw\n";
const folded =
  "- id: kw2\n  policy: counterfeit\n  normalize: all\n  when: title contains_any $kw\n";

describe("periodOfInterest", () => {
  it("periodOfInterest takes parameters first, then the incident of the kind (end exclusive), then the latest days", async () => {
    const ds = await listings();
    expect(await periodOfInterest(ds, { start: "2026-09-01", end: "2026-09-02" })).toEqual({
      start: "2026-09-01",
      end: "2026-09-02",
      source: "parameters",
    });
    const incident = {
      id: "I1",
      kind: "evasion",
      title: "t",
      start: "2026-09-02T00:00:00+09:00",
      end: "2026-09-04T00:00:00+09:00",
    } as Incident;
    const fromIncident = await periodOfInterest(ds, { incidents: [incident], kind: "evasion" });
    expect(fromIncident).toMatchObject({
      start: "2026-09-02",
      end: "2026-09-03",
      source: "incident I1",
    });
    expect(
      await periodOfInterest(ds, { incidents: [incident], kind: "rule_change", days: 2 }),
    ).toEqual({
      start: "2026-09-03",
      end: "2026-09-04",
      source: "the latest 2 days of the data",
    });
  });

  it("periodListingRowsSql marks period, week and focus in the dataset's zone", async () => {
    const ds = await listings();
    const sql = periodListingRowsSql(ds, {
      start: "2026-09-02",
      end: "2026-09-03",
      policy: "counterfeit",
    });
    const t = await ds.query(
      `SELECT listing_id, period, week, focus FROM ${sql} ORDER BY listing_id`,
    );
    expect(t.array("period")).toEqual(["before", "during", "during", "after"]);
    expect(t.array("focus")).toEqual([true, true, false, true]);
    expect(t.array("week")[0]).toBe("2026-08-31");
  });
});

describe("dataset rule comparisons", () => {
  it("missedViolations counts violations no rule hits and keeps the first in order", async () => {
    const ds = await listings();
    const schema = await relationRuleSchema(ds);
    const out = await missedViolations(ds, compileRules(rules(keyword), schema), {
      columns: ["listing_id"],
      orderBy: "listing_id",
      limit: 1,
      chunkRows: 1,
    });
    expect(out).toEqual({ violations: 3, missed: 2, examples: [{ listing_id: "L2" }] });
  });

  it("compareRuleSetsDataset sums chunks to the same change as one table", async () => {
    const ds = await listings();
    const schema = await relationRuleSchema(ds);
    const before = compileRules(rules(keyword), schema);
    const after = compileRules(rules(keyword + folded), schema);
    const change = await compareRuleSetsDataset(ds, before, after, {
      columns: ["listing_id"],
      orderBy: "listing_id",
      chunkRows: 1,
    });
    expect(change.newlyCaught).toBe(2);
    expect(change.newFalsePositives).toBe(0);
    expect(change.examples.newlyCaught).toEqual([{ listing_id: "L2" }, { listing_id: "L4" }]);
    expect(change.after).toEqual({ hits: 3, tp: 3 });
  });

  it("parseDatasetDefinition resolves the optional candidates rule file", () => {
    const def = parseDatasetDefinition("tables:\n  listings: x.csv\ncandidates: rules/new.yaml\n", {
      file: "/d/tns.yaml",
    });
    expect(def.candidates).toBe("/d/rules/new.yaml");
  });
});
