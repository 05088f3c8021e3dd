import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetInputs } from "../../lib/dataset/datasetInputs.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { readDatasetDefinition } from "../../lib/dataset/readDatasetDefinition.js";
import { tmpDir } from "../data/tmpFiles.js";
import { flagsSql, writeProvenanceLayout } from "./provenanceLayout.js";

const sampleDir = fileURLToPath(new URL("../../data/", import.meta.url));

describe("datasetInputs", { timeout: 300_000 }, () => {
  let dir: string;
  let definition: string;
  beforeAll(async () => {
    dir = tmpDir("inputs");
    definition = await writeProvenanceLayout(dir);
  });

  it("datasetInputs lists the definition, every table's files, the lists, rules, candidates and KPIs, in order", async () => {
    const at = (path: string) => join(dir, path);
    expect(await datasetInputs(definition)).toEqual([
      { role: "definition", path: at("tns.yaml") },
      { role: "tables.listings", path: at("items.csv") },
      { role: "tables.sellers", path: at("parts/sellers_1.parquet") },
      { role: "tables.sellers", path: at("parts/sellers_2.parquet") },
      { role: "tables.model_scores", path: at("scores/part-0.parquet") },
      { role: "tables.flags", sql: flagsSql },
      { role: "tables.reviews", path: at("reviews_cp949.csv") },
      { role: "tables.events", path: at("stream/activity.jsonl") },
      { role: "lists", path: at("keyword-lists/brands.txt") },
      { role: "lists", path: at("keyword-lists/words.txt") },
      { role: "rules, candidates", path: at("rules/live.yaml") },
      { role: "kpis", path: at("targets.yaml") },
      // incidents.json is named but absent: left out, the code that reads it says so.
    ]);
  });

  it("datasetInputs takes a parsed definition as well as a path", async () => {
    expect(await datasetInputs(await readDatasetDefinition(definition))).toEqual(
      await datasetInputs(definition),
    );
  });

  it("datasetInputs lists exactly the files a Dataset reads for its path tables", async () => {
    const ds = await openDataset(definition);
    try {
      await ds.load("listings", "sellers", "reviews");
      const read = ds.sources.flatMap((s) => s.files.map((f) => [`tables.${s.table}`, f.path]));
      const listed = (await datasetInputs(definition))
        .filter((i) => ["tables.listings", "tables.sellers", "tables.reviews"].includes(i.role))
        .map((i) => [i.role, i.path]);
      expect(read.sort()).toEqual(listed.sort());
      // The SQL tables load too: their relative paths resolve against the definition's folder.
      const n =
        await ds.sql`SELECT (SELECT count(*) FROM model_scores) AS scores, (SELECT count(*) FROM flags) AS flags`;
      expect(n.object(0)).toEqual({ scores: 1, flags: 1 });
    } finally {
      ds.close();
    }
  });

  it("datasetInputs of the bundled sample names its own files and nothing else in data/", async () => {
    const inputs = await datasetInputs(join(sampleDir, "tns.yaml"));
    const names = inputs.map((i) => i.path!.slice(sampleDir.length));
    expect(names).toContain("listings.csv");
    expect(names).toContain("events.jsonl");
    expect(names).toContain("rules/candidate-rules.yaml");
    expect(names).not.toContain("README.md");
    expect(inputs.every((i) => i.sql === undefined)).toBe(true);
  });
});
