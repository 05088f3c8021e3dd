// The shadow readout on the real embedded ClickHouse (npm chdb): the rule-hit tables, dated
// labels, counts, overlap, arrival curves and queue loads equal DuckDB's, on the sample (the
// dataset's rules with its candidates in shadow, as notebook 08 reads them) and on a copy with
// adversarial rows.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { periodOfInterest } from "../../lib/dataset/periodOfInterest.js";
import { readIncidents } from "../../lib/dataset/readIncidents.js";
import { labelEventsSql } from "../../lib/rules/labelEventsSql.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import type { ShadowReadout } from "../../lib/rules/ShadowReadout.js";
import { shadowRulesReadout } from "../../lib/rules/shadowRulesReadout.js";
import { withShadowRules } from "../../lib/rules/withShadowRules.js";
import { adversarialDataset } from "./adversarialDataset.js";

async function readout(
  dir: string,
  engine: "duckdb" | "chdb",
): Promise<{ readout: ShadowReadout; labels: unknown[] }> {
  const ds = await openDataset(join(dir, "tns.yaml"), { engine });
  try {
    const listsDir = join(dir, "lists");
    const rules = withShadowRules(
      await loadRuleFile(join(dir, "rules/production-rules.yaml"), { listsDir }),
      await loadRuleFile(join(dir, "rules/candidate-rules.yaml"), { listsDir }),
    );
    const period = await periodOfInterest(ds, {
      incidents: await readIncidents(join(dir, "incidents.json")),
      kind: "evasion",
      days: 28,
    });
    const labels = (
      await ds.query(`SELECT * FROM ${labelEventsSql(ds)!.sql} ORDER BY 1, 2, 3, 4`)
    ).objects();
    return {
      readout: await shadowRulesReadout(ds, rules, { since: period.start, asOf: period.end }),
      labels,
    };
  } finally {
    ds.close();
  }
}

describe("shadowRulesReadout on chdb (embedded ClickHouse) equals DuckDB's", () => {
  it("on the sample: every shadow rule's counts, overlap, arrival curve, queue load and recommendation", async () => {
    const a = await readout("data", "duckdb");
    const b = await readout("data", "chdb");
    expect(b).toEqual(a);
    // Not vacuous: shadow rules hit, overlap live rules and have labels arriving day by day.
    expect(a.readout.rules.length).toBeGreaterThan(0);
    expect(a.readout.rules.some((r) => r.newHits > 0)).toBe(true);
    expect(a.readout.rules.some((r) => r.overlap.some((o) => o.shared > 0))).toBe(true);
    expect(a.readout.rules.some((r) => r.arrival.some((p) => p.labeled > 0))).toBe(true);
    expect(a.labels.length).toBeGreaterThan(1000);
  }, 300_000);

  it("on adversarial rows: Hangul, zero-width and full-width ids, titles and queues, NULLs", async () => {
    const dir = await adversarialDataset("chdb-shadow");
    const a = await readout(dir, "duckdb");
    const b = await readout(dir, "chdb");
    expect(b).toEqual(a);
    // Not vacuous: the planted labels are read, keyed as written.
    const keys = a.labels.map((l) => (l as { key: string }).key);
    expect(keys).toEqual(expect.arrayContaining(["L가품3", "Ｌ０００２", "L가\u200B품1"]));
  }, 300_000);
});
