// Post-mortem evidence on the real embedded ClickHouse (npm chdb): every incident kind of the
// sample gives the same evidence (figures, timeline, examples, root cause, replayed fix) as on
// DuckDB, and the post-mortem relations agree on seeded adversarial rows.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { readIncidents, type Incident } from "../../lib/dataset/readIncidents.js";
import { incidentEvidence } from "../../lib/postmortem/incidentEvidence.js";
import { incidentFlagsSql } from "../../lib/postmortem/incidentFlagsSql.js";
import { incidentListingsSql } from "../../lib/postmortem/incidentListingsSql.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import type { RuleSet } from "../../lib/rules/RuleDefinition.js";
import { adversarialDataset } from "./adversarialDataset.js";

describe("post-mortem evidence on chdb (embedded ClickHouse) equals DuckDB's", () => {
  let duck: Dataset;
  let ch: Dataset;
  let rules: RuleSet;
  let incidents: Incident[];
  beforeAll(async () => {
    duck = await openDataset("data/tns.yaml", { engine: "duckdb" });
    ch = await openDataset("data/tns.yaml", { engine: "chdb" });
    rules = await loadRuleFile("data/rules/production-rules.yaml", { listsDir: "data/lists" });
    incidents = await readIncidents("data/incidents.json");
  }, 120_000);
  afterAll(() => {
    duck?.close();
    ch?.close();
  });

  for (const id of ["INC-2026-001", "INC-2026-002", "INC-2026-003", "INC-2026-004", "INC-2026-005"])
    it(`incidentEvidence gives the same post-mortem of ${id}`, async () => {
      const incident = incidents.find((i) => i.id === id)!;
      const a = await incidentEvidence(duck, incident, { rules, replicates: 50 });
      const b = await incidentEvidence(ch, incident, { rules, replicates: 50 });
      expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(a)));
      // Not vacuous: the evidence has figures.
      expect(a.impact.length).toBeGreaterThan(0);
    }, 300_000);
});

describe("post-mortem evidence on adversarial rows (Hangul, zero-width, full-width, nulls)", () => {
  it("incidentListingsSql, incidentFlagsSql and the evasion post-mortem are the same on both engines", async () => {
    const dir = await adversarialDataset("chdb-postmortem");
    const rules = await loadRuleFile(join(dir, "rules/production-rules.yaml"), {
      listsDir: join(dir, "lists"),
    });
    const incident = (await readIncidents(join(dir, "incidents.json"))).find(
      (i) => i.kind === "evasion",
    )!;
    const run = async (engine: "duckdb" | "chdb") => {
      const ds = await openDataset(join(dir, "tns.yaml"), { engine });
      try {
        // The relations without the engine's own row column (tns_row on ClickHouse).
        const rows = async (sql: string) =>
          (
            (await ds.query(`SELECT * FROM ${sql} ORDER BY rn`)).objects() as Record<
              string,
              unknown
            >[]
          ).map(({ tns_row: _, ...row }) => row);
        return {
          listings: await rows(incidentListingsSql(ds)),
          flags: await rows(incidentFlagsSql(ds)),
          evidence: JSON.parse(
            JSON.stringify(await incidentEvidence(ds, incident, { rules, replicates: 50 })),
          ) as unknown,
        };
      } finally {
        ds.close();
      }
    };
    const a = await run("duckdb");
    const b = await run("chdb");
    expect(b.listings).toEqual(a.listings);
    expect(b.flags).toEqual(a.flags);
    expect(b.evidence).toEqual(a.evidence);
    // Not vacuous: the planted rows are there, the full-width seller joined, and the wave's
    // missed listings include the two planted in it.
    const planted = a.listings.filter((l) =>
      ["L가\u200B품1", "Ｌ０００２", "L가품3", "L0NULL4"].includes(String(l.listing_id)),
    );
    expect(planted.map((l) => [l.listing_id, l.missed, l.seller_tier])).toEqual([
      ["L가\u200B품1", 1, "new"],
      ["Ｌ０００２", 1, "new"],
      ["L가품3", 0, "ｎｅｗ"],
      ["L0NULL4", 0, null],
    ]);
    expect(a.flags.some((f) => f.detector === "rule:가\u200B품" && f.hit === 0)).toBe(true);
  }, 300_000);
});
