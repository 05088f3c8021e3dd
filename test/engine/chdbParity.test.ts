// Parity on the real embedded ClickHouse (npm chdb): the engine starts once for this file, and
// every number is compared with the in-process engine and DuckDB on the same rows.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adHocDefinition } from "../../lib/dataset/adHocDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";
import { EngineError } from "../../lib/engine/EngineError.js";
import { hitsColumn, ruleHitsColumnSql } from "../../lib/engine/ruleHitsColumnSql.js";
import { computeKpisFromDataset } from "../../lib/kpi/computeKpisFromDataset.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { scoreCountsQuery } from "../../lib/metrics/scoreCountsQuery.js";
import { backtestDataset } from "../../lib/rules/backtestDataset.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { evaluateRulesDuckDb } from "../../lib/rules/evaluateRulesDuckDb.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { rowRuleIds } from "../../lib/rules/rowRuleIds.js";
import type { RuleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { adversarialRows } from "../rules/adversarialRows.js";
import { tmpDir } from "../data/tmpFiles.js";
import { writeParquet } from "./writeParquet.js";
import { sampleOnBothEngines } from "./sampleOnBothEngines.js";

const scored =
  "(SELECT m.*, l.is_violation FROM model_scores m LEFT JOIN listings l USING (listing_id))";

describe("chdb (embedded ClickHouse) gives the numbers DuckDB and the in-process engine give", () => {
  const sample = sampleOnBothEngines();

  it("openDataset opens the engine asked for, with the dialect of that engine", () => {
    expect([sample.duck.engine, sample.duck.dialect.name]).toEqual(["duckdb", "duckdb"]);
    expect([sample.ch.engine, sample.ch.dialect.name]).toEqual(["chdb", "clickhouse"]);
  });

  it("backtestDataset on the sample: every rule, segment, period, overlap and example is the same", async () => {
    const rules = await loadRuleFile("data/rules/production-rules.yaml");
    const options = { by: ["category", "tier"], time: "created_at", id: "listing_id" };
    const a = await backtestDataset(sample.duck, rules, options);
    const b = await backtestDataset(sample.ch, rules, options);
    expect(b.backtest).toEqual(a.backtest);
    expect(b.examples).toEqual(a.examples);
    expect(a.backtest.total.hits).toBeGreaterThan(500);
  }, 120_000);

  it("scoreCountsQuery: the per-score label counts of every model are the same", async () => {
    const options = { from: scored, score: "score", label: "is_violation", by: ["model"] };
    const a = await scoreCountsQuery(sample.duck, options);
    const b = await scoreCountsQuery(sample.ch, options);
    expect(b.unlabeled).toBe(a.unlabeled);
    expect(b.groups.map((g) => g.key)).toEqual(a.groups.map((g) => g.key));
    b.groups.forEach((g, i) => {
      expect(g.counts.scores).toEqual(a.groups[i].counts.scores);
      expect(g.counts.positives).toEqual(a.groups[i].counts.positives);
      expect(g.counts.negatives).toEqual(a.groups[i].counts.negatives);
    });
    expect(a.groups.length).toBe(3);
  }, 60_000);

  it("computeKpisFromDataset: every KPI value is the same", async () => {
    const kpis = await loadKpis(sample.duck.definition.kpis!);
    const a = await computeKpisFromDataset(kpis, sample.duck);
    const b = await computeKpisFromDataset(kpis, sample.ch);
    expect(b.values).toEqual(a.values);
    expect(b.dataRange).toEqual(a.dataRange);
    expect(a.values.length).toBeGreaterThan(20);
  }, 120_000);

  it("backtest --engine chdb on a plain --data file reads it through the same checked reader", async () => {
    const rules = await loadRuleFile("data/rules/production-rules.yaml");
    const open = async (engine: "duckdb" | "chdb") => {
      const ds = await openDataset(adHocDefinition(), { engine });
      await ds.attachFile("backtest_input", "data/listings.csv");
      const result = await backtestDataset(ds, rules, { from: "backtest_input", by: ["category"] });
      ds.close();
      return result.backtest;
    };
    expect(await open("chdb")).toEqual(await open("duckdb"));
  }, 120_000);

  describe("on 5,000 seeded adversarial rows (Hangul, zero-width, full-width, nulls, regex edge cases)", () => {
    const schema: RuleFieldSchema = {
      title: "string",
      description: "string",
      category: "string",
      brand: "string",
      price_krw: "number",
      views: "number",
      created_at: "timestamp",
      verified: "boolean",
    };
    it("backtestDataset grouped in ClickHouse equals DuckDB's row by row: segments, days, matches, overlap and examples with nulls", async () => {
      const ruleSet = await loadRuleFile("test/fixtures/rules/rules/adversarial-rules.yaml");
      const rows = adversarialRows(5_000).map((row, i) => ({
        ...row,
        is_violation: i % 3 ? i % 3 === 1 : null,
      }));
      const file = join(tmpDir("chdb-parity"), "adversarial-labelled.parquet");
      await writeParquet(rows, { ...schema, is_violation: "boolean" }, file);
      const run = async (engine: "duckdb" | "chdb") => {
        const ds = await openDataset(adHocDefinition(), { engine });
        await ds.attachFile("adversarial", file, { materialize: true });
        const options = {
          from: "adversarial",
          by: ["category", "verified"],
          time: "created_at",
          grain: "day" as const,
          id: "title",
          match: "first" as const,
        };
        const result = await backtestDataset(ds, ruleSet, options);
        ds.close();
        return result;
      };
      const a = await run("duckdb");
      const b = await run("chdb");
      expect(b.backtest).toEqual(a.backtest);
      expect(b.examples).toEqual(a.examples);
      // Not vacuous: hits, labelled and unlabelled rows, untimed hits and null example ids.
      expect(a.backtest.total.hits).toBeGreaterThan(500);
      expect(a.backtest.labeled).toBeLessThan(a.backtest.rows);
      expect(a.backtest.periods.some((p) => p.period === "(none)")).toBe(true);
      expect(Object.values(a.examples).flat()).toContain(null);
    }, 120_000);

    it("every rule hits the same rows in-process, in DuckDB and in ClickHouse", async () => {
      const ruleSet = await loadRuleFile("test/fixtures/rules/rules/adversarial-rules.yaml");
      const rows = adversarialRows(5_000);
      const compiled = compileRules(ruleSet, schema);
      const inProcess = evaluateRules(compiled, rows);
      const duckHits = await evaluateRulesDuckDb(compiled, rows);
      const file = join(tmpDir("chdb-parity"), "adversarial.parquet");
      await writeParquet(rows, schema, file);
      const ds = await openDataset(adHocDefinition(), { engine: "chdb" });
      await ds.attachFile("adversarial", file);
      const hits = await ds.queryColumns(
        `${ruleHitsColumnSql(compiled, ds.dialect, "adversarial", [])} ORDER BY tns_row`,
      );
      ds.close();
      const lists = hits.array(hitsColumn) as number[][];
      expect(lists.length).toBe(rows.length);
      const differences: [number, string[], string[], string[]][] = [];
      for (let row = 0; row < rows.length; row++) {
        const a = rowRuleIds(inProcess, row);
        const b = rowRuleIds(duckHits, row);
        const c = lists[row].map((r) => compiled.rules[r - 1].id);
        if (a.join() !== c.join() || b.join() !== c.join()) differences.push([row, a, b, c]);
      }
      const shown = differences
        .slice(0, 3)
        .map(([row, ...ids]) => [JSON.stringify(rows[row]), ...ids]);
      expect(shown).toEqual([]);
      // Not vacuous: every rule hits some rows and misses others.
      for (const rule of compiled.rules) {
        const n = lists.filter((l) => l.includes(compiled.rules.indexOf(rule) + 1)).length;
        expect([rule.id, n > 0 && n < rows.length]).toEqual([rule.id, true]);
      }
    }, 120_000);
  });
});

describe("engine choice errors", () => {
  it("openDataset names an unreachable ClickHouse server and the fix (EngineError, exit 2)", async () => {
    const definition = parseDatasetDefinition(
      "engine: clickhouse\nclickhouse: { url: 'http://127.0.0.1:9', database: tns }\ntables:\n  listings: { sql: SELECT * FROM tns.listings }\n",
      { file: "/tmp/cluster/tns.yaml" },
    );
    const error = await openDataset(definition).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(
      /engine clickhouse: http:\/\/127\.0\.0\.1:9 cannot be reached \(.+\); check clickhouse\.url/,
    );
  });

  it("parseDatasetDefinition refuses an unknown engine and a clickhouse engine without a server", () => {
    expect(() =>
      parseDatasetDefinition("engine: spark\ntables: { listings: l.csv }", { file: "t.yaml" }),
    ).toThrow(/engine "spark" is not known; use duckdb .*chdb .*clickhouse/);
    expect(() =>
      parseDatasetDefinition("engine: clickhouse\ntables: { listings: l.csv }", { file: "t.yaml" }),
    ).toThrow(/engine clickhouse needs a clickhouse: block/);
  });

  it("a credential variable the tns.yaml names but the environment lacks is named", async () => {
    const definition = parseDatasetDefinition(
      "engine: clickhouse\nclickhouse: { url: 'http://127.0.0.1:9', password_env: TNS_TEST_UNSET_PASSWORD }\ntables: { listings: { sql: SELECT 1 } }\n",
      { file: "t.yaml" },
    );
    delete process.env.TNS_TEST_UNSET_PASSWORD;
    await expect(openDataset(definition)).rejects.toThrow(
      /names the environment variable TNS_TEST_UNSET_PASSWORD, which is not set/,
    );
  });
});
