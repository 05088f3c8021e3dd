import { join } from "node:path";
import type { ColumnTable } from "arquero";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { folderDefinition } from "../../lib/dataset/folderDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { computeKpisFromDataset } from "../../lib/kpi/computeKpisFromDataset.js";
import type { KpiSet } from "../../lib/kpi/KpiDefinition.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { parseKpis } from "../../lib/kpi/parseKpis.js";
import { tempDir } from "../report/notebookFixture.js";
import { writeForeignLayout } from "../dataset/foreignLayout.js";

// The in-memory reference: the sample's CSV files parsed in JavaScript, not through the engine.
async function csvTables(dir: string): Promise<Record<string, ColumnTable>> {
  const schemas = Object.values(sampleSchemas);
  const tables = await Promise.all(schemas.map((s) => loadCsv(join(dir, `${s.name}.csv`), s)));
  return Object.fromEntries(schemas.map((s, i) => [s.name, tables[i]]));
}

const key = (v: KpiValue) => `${v.kpi} ${v.period} ${JSON.stringify(v.dimensions)}`;

describe("computeKpisFromDataset", () => {
  let kpis: KpiSet;
  let reference: KpiValue[];
  let sample: Dataset;
  let csv: Record<string, ColumnTable>;
  beforeAll(async () => {
    kpis = await loadKpis("data/kpis.yaml");
    csv = await csvTables("data");
    reference = computeKpis(kpis, csv);
    sample = await openDataset("data/tns.yaml");
  });
  afterAll(() => sample.close());

  it("computeKpisFromDataset gives every value of computeKpis on the sample, in small chunks too", async () => {
    const {
      values,
      warnings,
      kpis: names,
    } = await computeKpisFromDataset(kpis, sample, {
      chunkRows: 257,
    });
    expect(warnings).toEqual([]);
    expect(names).toEqual(kpis.kpis.map((k) => k.name));
    expect(values.length).toBe(reference.length);
    expect(values).toEqual(reference);
  });

  it("computeKpisFromDataset passes from, to and only through", async () => {
    const options = { from: "2026-10-19", to: "2026-10-20", only: ["reviews_freshness"] };
    const { values } = await computeKpisFromDataset(kpis, sample, options);
    expect(values).toEqual(computeKpis(kpis, csv, options));
    expect(values.map((v) => v.period)).toEqual(["2026-10-19", "2026-10-20"]);
  });

  it("computeKpisFromDataset gives the same values on a layout with other file and column names", async () => {
    const ds = await openDataset(writeForeignLayout(await tempDir("kpi-foreign")));
    try {
      const { values, warnings } = await computeKpisFromDataset(kpis, ds);
      expect(warnings).toEqual([]);
      expect(new Map(values.map((v) => [key(v), v]))).toEqual(
        new Map(reference.map((v) => [key(v), v])),
      );
    } finally {
      ds.close();
    }
  });

  it("computeKpisFromDataset skips the KPIs of a missing table with one line and computes the rest", async () => {
    const ds = await openDataset(
      writeForeignLayout(await tempDir("kpi-no-appeals"), { appeals: false }),
    );
    try {
      const { values, warnings, kpis: names } = await computeKpisFromDataset(kpis, ds);
      expect(warnings).toEqual([
        expect.stringMatching(
          /^no appeals table in the dataset: appeal_overturn_rate is not computed; add tables\.appeals to .*tns\.yaml to compute it$/,
        ),
      ]);
      expect(names).not.toContain("appeal_overturn_rate");
      expect(values.some((v) => v.kpi === "appeal_overturn_rate")).toBe(false);
      const others = reference.filter((v) => v.kpi !== "appeal_overturn_rate");
      expect(new Map(values.map((v) => [key(v), v]))).toEqual(
        new Map(others.map((v) => [key(v), v])),
      );
    } finally {
      ds.close();
    }
  });

  it("computeKpisFromDataset names a KPI column the table lacks, and a bad day", async () => {
    const bad = parseKpis(
      "kpis:\n  - { name: k, description: d, owner: o, area: a, formula: { count: { table: reviews, time: reviewd_at } } }\n",
      "bad.yaml",
    );
    await expect(computeKpisFromDataset(bad, sample)).rejects.toThrow(
      /KPI k: column "reviewd_at" is not in table reviews \(did you mean "reviewed_at"\?\)/,
    );
    await expect(computeKpisFromDataset(kpis, sample, { from: "10/19" })).rejects.toThrow(
      /from: "10\/19" is not a calendar day; write YYYY-MM-DD/,
    );
  });

  it("computeKpisFromDataset on folderDefinition of the sample folder matches the sample's tns.yaml", async () => {
    const ds = await openDataset(folderDefinition("data"));
    try {
      expect((await computeKpisFromDataset(kpis, ds, { from: "2026-10-01" })).values).toEqual(
        computeKpis(kpis, csv, { from: "2026-10-01" }),
      );
    } finally {
      ds.close();
    }
  });
});
