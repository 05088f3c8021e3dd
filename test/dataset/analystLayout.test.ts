import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { loadKpiTables } from "../../lib/kpi/loadKpiTables.js";
import { scoreCountsQuery } from "../../lib/metrics/scoreCountsQuery.js";
import { backtestDataset } from "../../lib/rules/backtestDataset.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";
import { tmpDir } from "../data/tmpFiles.js";

const data = fileURLToPath(new URL("../../data/", import.meta.url));

// The same data as an analyst's exports: monthly Parquet listings with other column names, JSONL
// sellers with Y/N flags, scores through a SQL source, TSV flags, a CP949 reviews CSV with Korean
// headers, gzipped audits and a BOM-prefixed appeals CSV. Every figure must come out the same.
describe("a dataset in an analyst's layout", { timeout: 300_000 }, () => {
  let dir: string;
  let kit: Dataset;
  let analyst: Dataset;
  beforeAll(async () => {
    dir = tmpDir("analyst");
    await writeAnalystLayout(data, dir);
    kit = await openDataset(join(data, "tns.yaml"));
    analyst = await openDataset(join(dir, "tns.yaml"));
  });
  afterAll(() => {
    kit?.close();
    analyst?.close();
  });

  it("backtestDataset gives the same per-rule, segment and period numbers", async () => {
    const rules = async (ds: Dataset) =>
      loadRuleFile(ds.definition.rules!, { listsDir: ds.definition.lists });
    const options = { by: ["category", "tier"], time: "created_at", id: "listing_id" };
    const a = await backtestDataset(kit, await rules(kit), options);
    const b = await backtestDataset(analyst, await rules(analyst), options);
    expect(b.backtest).toEqual(a.backtest);
    expect(b.examples).toEqual(a.examples);
    expect(a.backtest.rows).toBe(20000);
  });

  it("scoreCountsQuery gives the same score counts per model", async () => {
    const from = `(SELECT m.*, l.is_violation FROM model_scores m JOIN listings l USING (listing_id))`;
    const options = { from, score: "score", label: "is_violation", by: ["model"] };
    const a = await scoreCountsQuery(kit, options);
    const b = await scoreCountsQuery(analyst, options);
    expect(b).toEqual(a);
    expect(a.groups.length).toBeGreaterThan(1);
  });

  it("every KPI value is the same", async () => {
    const kpis = await loadKpis(join(data, "kpis.yaml"));
    const a = computeKpis(kpis, await loadKpiTables(join(data, "tns.yaml"), kpis));
    const b = computeKpis(kpis, await loadKpiTables(join(dir, "tns.yaml"), kpis));
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(100);
  });
});
