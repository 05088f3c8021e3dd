// Post-mortem evidence on the real embedded ClickHouse (npm chdb): every incident kind of the
// sample gives the same evidence (figures, timeline, examples, root cause, replayed fix) as on
// DuckDB, and the post-mortem relations agree on seeded adversarial rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { readIncidents, type Incident } from "../../lib/dataset/readIncidents.js";
import { incidentEvidence } from "../../lib/postmortem/incidentEvidence.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import type { RuleSet } from "../../lib/rules/RuleDefinition.js";

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
