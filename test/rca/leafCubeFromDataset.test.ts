import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { leafCubeFromDataset } from "../../lib/rca/leafCubeFromDataset.js";
import { rippleSearch } from "../../lib/rca/rippleSearch.js";
import { tempDir } from "../report/notebookFixture.js";

const weeks = { baseline: "2026-10-01..2026-10-07", current: "2026-10-08..2026-10-14" };

const tns = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["dist/scripts/tns.js", "rca", ...args],
      { maxBuffer: 1 << 24 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe("leafCubeFromDataset", () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = await openDataset("data/tns.yaml");
  });
  afterAll(() => ds.close());

  it("leafCubeFromDataset equals leafCube over the same rows for an additive KPI, and so does the ripple search", async () => {
    const options = {
      dims: ["category", "brand", "violation_policy"],
      time: "created_at",
      ...weeks,
    };
    const cube = await leafCubeFromDataset(ds, "listings", { ...options, measure: "is_violation" });
    const rows = (
      await ds.table("listings", [...options.dims, "created_at", "is_violation"])
    ).objects();
    const reference = leafCube(rows, { ...options, measure: "is_violation" });
    expect(cube).toEqual(reference);
    expect(cube.leaves).toBeGreaterThan(50);
    expect(rippleSearch(cube, { top: 5 })).toEqual(rippleSearch(reference, { top: 5 }));
  });

  it("leafCubeFromDataset equals leafCube for a ratio with a row count, and drops an id-like dimension the same way", async () => {
    const options = {
      dims: ["queue", "decision", "reviewer_id"],
      time: "enqueued_at",
      maxCardinality: 20,
      ...weeks,
    };
    const cube = await leafCubeFromDataset(ds, "reviews", {
      ...options,
      numerator: "handling_seconds",
      denominator: 1,
    });
    const rows = (await ds.table("reviews")).objects();
    const reference = leafCube(rows, {
      ...options,
      numerator: "handling_seconds",
      denominator: () => 1,
    });
    expect(cube).toEqual({
      ...reference,
      names: { numerator: "handling_seconds", denominator: "rows" },
    });
    expect(cube.warnings).toEqual([
      expect.stringMatching(
        /^dimension reviewer_id has \d+ distinct values \(more than maxCardinality 20\)/,
      ),
    ]);
  });

  it("leafCubeFromDataset leaves out rows without a time with one warning", async () => {
    const dir = await tempDir("rca-untimed");
    const lines = ["listing_id,queue,decision,enqueued_at,reviewed_at"];
    for (let i = 0; i < 40; i++)
      lines.push(
        `L${i},${["fraud", "contact"][i % 2]},${["violation", "no_violation", "escalated"][i % 3]},2026-10-0${1 + (i % 9)}T09:00:00+09:00,${i % 5 === 0 ? "" : `2026-10-${String(1 + (i % 14)).padStart(2, "0")}T10:00:00+09:00`}`,
      );
    writeFileSync(join(dir, "reviews.csv"), lines.join("\n") + "\n");
    const small = await openDataset(
      parseDatasetDefinition("tables: { reviews: reviews.csv }", { file: join(dir, "tns.yaml") }),
    );
    const options = { dims: ["queue", "decision"], time: "reviewed_at", ...weeks };
    const cube = await leafCubeFromDataset(small, "reviews", { ...options, measure: 1 });
    const rows = (await small.table("reviews")).objects() as { reviewed_at: Date | null }[];
    small.close();
    const reference = leafCube(
      rows.filter((r) => r.reviewed_at !== null),
      { ...options, measure: () => 1 },
    );
    expect(cube).toEqual({
      ...reference,
      names: { numerator: "rows", denominator: "rows" },
      warnings: ["8 rows with an empty reviewed_at were left out (no time, no period)"],
    });
    expect(cube.leaves).toBe(6);
  });

  it("leafCubeFromDataset says why an empty period cannot be analysed", async () => {
    const cube = await leafCubeFromDataset(ds, "flags", {
      dims: ["queue"],
      time: "flagged_at",
      measure: 1,
      baseline: "2025-01-01..2025-01-07",
      current: weeks.current,
    });
    expect(cube.empty).toMatch(
      /^the baseline period 2025-01-01\.\.2025-01-07 has no rows; the data's times run from 2026-0.*; choose a baseline range inside the data$/,
    );
  });

  it("leafCubeFromDataset refuses an unknown column, no dimension and a missing measure", async () => {
    const base = { time: "flagged_at", ...weeks };
    await expect(
      leafCubeFromDataset(ds, "flags", { ...base, dims: ["queu"], measure: 1 }),
    ).rejects.toThrow(
      /table flags has no column "queu" \(did you mean "queue"\?\); use one of listing_id/,
    );
    await expect(
      leafCubeFromDataset(ds, "flags", { ...base, dims: [], measure: 1 }),
    ).rejects.toThrow(/dims: no dimension given/);
    await expect(leafCubeFromDataset(ds, "flags", { ...base, dims: ["queue"] })).rejects.toThrow(
      /measure: give either an additive measure/,
    );
  });
});

describe("tns rca --dataset", { timeout: 300_000 }, () => {
  const args = [
    "--time",
    "created_at",
    "--dims",
    "category,brand,violation_policy",
    "--measure",
    "is_violation",
    "--baseline",
    weeks.baseline,
    "--current",
    weeks.current,
  ];

  it("tns rca --dataset --table prints what tns rca --data prints for the same rows", async () => {
    const [engine, memory] = await Promise.all([
      tns("--dataset", "data/tns.yaml", "--table", "listings", ...args),
      tns("--data", "data/listings.csv", ...args),
    ]);
    expect(engine.code).toBe(0);
    expect(engine.stdout).toMatch(
      /^additive KPI is_violation: 73 → 66 \(-7\); ripple scored \d+ segments\n1\. /,
    );
    expect(engine.stdout).toBe(memory.stdout);
  });

  it("tns rca exits 2 on a missing or unknown --table and on both --data and --dataset", async () => {
    const [noTable, unknown, both] = await Promise.all([
      tns("--dataset", "data/tns.yaml", ...args),
      tns("--dataset", "data/tns.yaml", "--table", "listing", ...args),
      tns(
        "--dataset",
        "data/tns.yaml",
        "--table",
        "listings",
        "--data",
        "data/listings.csv",
        ...args,
      ),
    ]);
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toMatch(
      /^tns: --table: which table of the dataset\? e\.g\. --table reviews/,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^tns: --table: "listing" is not a table of .*data\/tns\.yaml; use one of listings, sellers/,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(
      /^tns: give either --data <file> .* or --dataset <tns\.yaml> --table <name>/,
    );
  });
});
