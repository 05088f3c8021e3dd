// Root-cause sums on the real embedded ClickHouse (npm chdb): the leaf cubes, the weekly
// precision, the drill-down examples and the searches on them equal DuckDB's on the sample and on
// seeded adversarial rows.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { adHocDefinition } from "../../lib/dataset/adHocDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { adtributor } from "../../lib/rca/adtributor.js";
import { decidedReviewsSql } from "../../lib/rca/decidedReviewsSql.js";
import { leafCubeFromDataset } from "../../lib/rca/leafCubeFromDataset.js";
import { leafCubeQuery } from "../../lib/rca/leafCubeQuery.js";
import { precisionWeeks } from "../../lib/rca/precisionWeeks.js";
import { rippleSearch } from "../../lib/rca/rippleSearch.js";
import { segmentExamplesQuery } from "../../lib/rca/segmentExamplesQuery.js";
import type { RuleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { tmpDir } from "../data/tmpFiles.js";
import { adversarialRows } from "../rules/adversarialRows.js";
import { writeParquet } from "./writeParquet.js";
import { sampleOnBothEngines } from "./sampleOnBothEngines.js";

const weeks = { baseline: "2026-10-01..2026-10-07", current: "2026-10-08..2026-10-14" };

describe("root-cause sums on chdb (embedded ClickHouse) equal DuckDB's", () => {
  const sample = sampleOnBothEngines();

  it("decidedReviewsSql gives the same rows, joined to the same first flag, week and seller", async () => {
    const rows = async (ds: Dataset) =>
      (
        await ds.query(`SELECT * FROM ${decidedReviewsSql(ds).sql} ORDER BY rn`)
      ).objects() as Record<string, unknown>[];
    const a = await rows(sample.duck);
    const b = await rows(sample.ch);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(1000);
    // Not vacuous: joins found detectors and sellers, and weeks are Mondays in the dataset's zone.
    expect(a.filter((r) => r.detector !== "(unknown)").length).toBeGreaterThan(500);
    expect(a.filter((r) => r.seller_tier !== null).length).toBeGreaterThan(500);
    expect(new Set(a.map((r) => new Date(`${String(r.week)}T00:00:00Z`).getUTCDay()))).toEqual(
      new Set([1]),
    );
  });

  it("precisionWeeks, leafCubeQuery, the searches on its cube and segmentExamplesQuery are the same", async () => {
    const run = async (ds: Dataset) => {
      const decided = decidedReviewsSql(ds);
      const p = await precisionWeeks(ds, decided.sql, { week: "auto" });
      const period = { column: "week", baseline: p.baseline, current: [p.target!] };
      const cube = await leafCubeQuery(ds, decided.sql, {
        dims: decided.dims,
        numerator: "confirmed",
        denominator: 1,
        period,
      });
      const ripple = rippleSearch(cube, { top: 5 });
      const top = ripple.causes[0];
      const drill = await leafCubeQuery(ds, decided.sql, {
        dims: ["category"],
        segment: top.segment,
        numerator: "confirmed",
        denominator: 1,
        maxCardinality: Infinity,
        period,
      });
      const examples = await segmentExamplesQuery(ds, decided.sql, top.segment, {
        columns: ["listing_id", "title", "detector", "category", "decision"],
        where: { week: p.target!, confirmed: 0 },
      });
      return { p, cube, ripple, adtributor: adtributor(cube), drill, examples };
    };
    const a = await run(sample.duck);
    const b = await run(sample.ch);
    expect(b).toEqual(a);
    expect(a.cube.leaves).toBeGreaterThan(10);
    expect(a.ripple.causes.length).toBeGreaterThan(0);
    expect(a.examples.length).toBeGreaterThan(0);
  });

  it("leafCubeFromDataset on kit tables: additive, ratio, an id-like and a timestamp dimension", async () => {
    const cubes = async (ds: Dataset) => ({
      listings: await leafCubeFromDataset(ds, "listings", {
        dims: ["category", "brand", "violation_policy"],
        time: "created_at",
        measure: "is_violation",
        ...weeks,
      }),
      reviews: await leafCubeFromDataset(ds, "reviews", {
        dims: ["queue", "decision", "reviewer_id"],
        time: "enqueued_at",
        maxCardinality: 20,
        numerator: "handling_seconds",
        denominator: 1,
        ...weeks,
      }),
      flags: await leafCubeFromDataset(ds, "flags", {
        dims: ["queue", "flagged_at"],
        time: "flagged_at",
        measure: 1,
        maxCardinality: Infinity,
        ...weeks,
      }),
    });
    const a = await cubes(sample.duck);
    const b = await cubes(sample.ch);
    expect(b).toEqual(a);
    expect(rippleSearch(b.listings, { top: 5 })).toEqual(rippleSearch(a.listings, { top: 5 }));
    expect(a.listings.leaves).toBeGreaterThan(50);
    expect(a.reviews.warnings.join(" ")).toMatch(/reviewer_id/);
    expect(a.flags.labels[1].some((t) => /^2026-10-\d\dT.*Z$/.test(t))).toBe(true);
  });

  it("tns rca --dataset --engine chdb prints the same JSON as --engine duckdb", async () => {
    const rca = async (engine: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, [
        "dist/scripts/tns.js",
        "rca",
        "--dataset",
        "data/tns.yaml",
        "--table",
        "reviews",
        "--engine",
        engine,
        "--time",
        "reviewed_at",
        "--dims",
        "queue,decision",
        "--ratio",
        "handling_seconds/1",
        "--baseline",
        weeks.baseline,
        "--current",
        weeks.current,
        "--json",
        "-",
      ]);
      const { seconds: _, ...result } = JSON.parse(stdout) as Record<string, unknown>;
      return result;
    };
    const a = await rca("duckdb");
    expect(await rca("chdb")).toEqual(a);
    expect((a.causes as unknown[]).length).toBeGreaterThan(0);
  }, 120_000);
});

describe("root-cause sums on 4,000 seeded adversarial rows (Hangul, zero-width, full-width, nulls)", () => {
  const schema: RuleFieldSchema = {
    category: "string",
    brand: "string",
    piece: "string",
    price_krw: "number",
    views: "number",
    created_at: "timestamp",
    verified: "boolean",
  };
  const pieces = [
    "레플리카",
    "레\u200B플리카",
    "ＳＡ급",
    "sa급",
    "가 품",
    "",
    null,
    "'; --",
    "a\\b",
  ];
  let file: string;
  beforeAll(async () => {
    const rows = adversarialRows(4_000).map((row, i) => ({ ...row, piece: pieces[i % 9] }));
    file = join(tmpDir("chdb-rca"), "adversarial.parquet");
    await writeParquet(rows, schema, file);
  });

  const run = async (engine: "duckdb" | "chdb") => {
    const ds = await openDataset(adHocDefinition(), { engine });
    try {
      await ds.attachFile("adversarial", file, { materialize: true });
      const relation = `(SELECT *, ${ds.dialect.rowOrder} AS rn FROM adversarial)`;
      const range = { baseline: "2026-09-01..2026-09-14", current: "2026-09-15..2026-09-30" };
      const dims = ["category", "brand", "piece", "verified"];
      const additive = await leafCubeFromDataset(ds, relation, {
        dims,
        time: "created_at",
        measure: "price_krw",
        ...range,
      });
      const ratio = await leafCubeFromDataset(ds, relation, {
        dims,
        time: "created_at",
        numerator: "views",
        denominator: 1,
        ...range,
      });
      const examples = await segmentExamplesQuery(
        ds,
        relation,
        { piece: "레\u200B플리카", brand: "Ｇｕｃｃｉ" },
        { columns: ["rn", "brand", "piece", "price_krw"], limit: 5 },
      );
      const emptyPiece = await segmentExamplesQuery(
        ds,
        relation,
        { piece: "(empty)" },
        { columns: ["rn", "piece"], limit: 3 },
      );
      return { additive, ratio, ripple: rippleSearch(ratio, { top: 5 }), examples, emptyPiece };
    } finally {
      ds.close();
    }
  };

  it("leafCubeFromDataset, rippleSearch and segmentExamplesQuery give the same cubes, warnings and rows", async () => {
    const a = await run("duckdb");
    const b = await run("chdb");
    expect(b).toEqual(a);
    // Not vacuous: the negative price, the untimed and the missing views are seen, every piece
    // (zero-width, full-width, empty and NULL as "(empty)") is a label, and examples come back.
    expect(a.additive.negative?.value).toBe(-5);
    expect(a.ratio.warnings.join(" ")).toMatch(/time|measure|numerator/);
    expect(a.additive.labels[a.additive.dims.indexOf("piece")]).toEqual(
      expect.arrayContaining(["레\u200B플리카", "ＳＡ급", "(empty)", "a\\b", "'; --"]),
    );
    expect(a.examples.length).toBeGreaterThan(0);
    expect(a.emptyPiece.length).toBe(3);
  }, 120_000);
});
