import { createHash } from "node:crypto";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectRunContext } from "../../lib/report/collectRunContext.js";
import { readDatasetDefinition } from "../../lib/dataset/readDatasetDefinition.js";
import type { RunContext } from "../../lib/report/RunContext.js";
import { tmpDir } from "../data/tmpFiles.js";
import { flagsSql, writeProvenanceLayout } from "../dataset/provenanceLayout.js";

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

describe("collectRunContext", { timeout: 300_000 }, () => {
  let dir: string;
  let context: RunContext;
  beforeAll(async () => {
    dir = tmpDir("provenance");
    context = await collectRunContext({ dataset: await writeProvenanceLayout(dir) });
  });

  it("collectRunContext lists the files the dataset reads, relative to its folder, not the sample's", () => {
    expect(context.data.map((f) => [f.path, f.role])).toEqual([
      ["tns.yaml", "definition"],
      ["items.csv", "tables.listings"],
      ["parts/sellers_1.parquet", "tables.sellers"],
      ["parts/sellers_2.parquet", "tables.sellers"],
      ["scores/part-0.parquet", "tables.model_scores"],
      ["SQL source", "tables.flags"],
      ["reviews_cp949.csv", "tables.reviews"],
      ["stream/activity.jsonl", "tables.events"],
      ["keyword-lists/brands.txt", "lists"],
      ["keyword-lists/words.txt", "lists"],
      ["rules/live.yaml", "rules, candidates"],
      ["targets.yaml", "kpis"],
    ]);
    expect(JSON.stringify(context.data)).not.toMatch(/listings\.csv|data\/|tmp/);
  });

  it("collectRunContext gives each file's SHA-256 and size, and a query's own hash for a SQL source", () => {
    for (const file of context.data) {
      if (file.path === "SQL source") {
        expect(file).toEqual({
          path: "SQL source",
          role: "tables.flags",
          sha256: sha256(flagsSql),
          bytes: Buffer.byteLength(flagsSql),
        });
        continue;
      }
      const bytes = new Uint8Array(readFileSync(join(dir, file.path)));
      expect(file.sha256, file.path).toBe(sha256(bytes));
      expect(file.bytes, file.path).toBe(bytes.length);
    }
  });

  it("collectRunContext gives the same data for the same dataset in another folder", async () => {
    const copy = join(tmpDir("provenance-copy"), "elsewhere");
    cpSync(dir, copy, { recursive: true });
    const again = await collectRunContext({ dataset: join(copy, "tns.yaml") });
    expect(again.data).toEqual(context.data);
  });

  it("collectRunContext without a dataset reads the bundled sample through its tns.yaml", async () => {
    const sample = await collectRunContext();
    expect(sample).toEqual(await collectRunContext({ dataset: "data/tns.yaml" }));
    expect(sample).toEqual(
      await collectRunContext({ dataset: await readDatasetDefinition("data") }),
    );
    const paths = sample.data.map((f) => f.path);
    expect(paths[0]).toBe("tns.yaml");
    expect(paths).toContain("listings.csv");
    expect(paths).toContain("lists/counterfeit_keywords.txt");
    expect(paths).not.toContain("README.md");
    const listings = sample.data.find((f) => f.path === "listings.csv")!;
    expect(listings.sha256).toBe(sha256(new Uint8Array(readFileSync("data/listings.csv"))));
  });

  it("collectRunContext names a dataset definition it cannot read", async () => {
    await expect(collectRunContext({ dataset: join(dir, "missing.yaml") })).rejects.toThrow(
      /missing\.yaml: cannot read the dataset definition \(no such file\)/,
    );
  });
});
