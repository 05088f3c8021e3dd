import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { ColumnTable } from "arquero";
import { loadDataset } from "../../lib/data/loadDataset.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { backtestRules } from "../../lib/rules/backtestRules.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import type { CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { compareRuleSets } from "../../lib/rules/compareRuleSets.js";
import { evaluateRules } from "../../lib/rules/evaluateRules.js";
import { hitRows } from "../../lib/rules/hitRows.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import type { RuleBacktest } from "../../lib/rules/RuleBacktest.js";

const golden = "test/fixtures/rules/sample-backtest.json";
const round = (x: unknown): unknown =>
  typeof x === "number"
    ? Number(x.toFixed(4))
    : Array.isArray(x)
      ? x.map(round)
      : x && typeof x === "object"
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round(v)]))
        : x;

describe("backtestRules on the sample data", () => {
  let listings: ColumnTable;
  let flags: ColumnTable;
  let compiled: CompiledRuleSet;
  let result: RuleBacktest;
  beforeAll(async () => {
    ({ listings, flags } = await loadDataset("data", {
      tables: ["listings", "flags", "sellers"],
    }).then(async (d) => {
      const joined = d.listings.join_left(
        d.sellers.select("seller_id", "tier", "country"),
        "seller_id",
      );
      return { listings: joined, flags: d.flags };
    }));
    compiled = compileRules(
      await loadRuleFile("data/rules/production-rules.yaml"),
      ruleFieldSchema(sampleSchemas.listings),
    );
    result = backtestRules(compiled, listings, {
      label: "is_violation",
      by: ["category", "tier"],
      time: "created_at",
    });
  });

  it("hits exactly the listings the generator flagged with each rule (contact_phone outside its broken window)", () => {
    const ids = listings.array("listing_id") as string[];
    const created = listings.array("created_at") as Date[];
    const hits = evaluateRules(compiled, listings);
    const brokenFrom = Date.parse("2026-10-10T10:12:00+09:00");
    const brokenTo = Date.parse("2026-10-13T15:40:00+09:00");
    const flagged = flags.objects() as { listing_id: string; detector: string }[];
    for (const id of hits.ruleIds) {
      const generator = new Set(
        flagged.filter((f) => f.detector === `rule:${id}`).map((f) => f.listing_id),
      );
      let ours = hitRows(hits, id);
      let theirs = [...generator];
      if (id === "contact_phone") {
        const outside = (row: number) =>
          created[row].getTime() < brokenFrom || created[row].getTime() >= brokenTo;
        ours = ours.filter(outside);
        const rowOf = new Map(ids.map((x, i) => [x, i]));
        theirs = theirs.filter((x) => outside(rowOf.get(x)!));
      }
      // Rules fire seconds after creation; listings created at the very end of the period have no flag yet.
      const missing = ours.map((r) => ids[r]).filter((x) => !generator.has(x));
      expect(missing.length, id).toBeLessThanOrEqual(1);
      const oursIds = new Set(ours.map((r) => ids[r]));
      expect(
        theirs.filter((x) => !oursIds.has(x)),
        id,
      ).toEqual([]);
    }
  });

  it("matches the hand-checked precision of README's rules and the golden backtest", async () => {
    const byId = Object.fromEntries(result.rules.map((r) => [r.id, r]));
    expect(byId.cf_keywords).toMatchObject({ hits: 504 });
    expect(byId.cf_keywords.precision).toBeCloseTo(0.64, 2);
    expect(byId.cf_luxury_low_price).toMatchObject({ hits: 5, tp: 5, fp: 0, precision: 1 });
    expect(byId.prohibited_keywords).toMatchObject({ hits: 62, precision: 1 });
    expect(byId.contact_messenger.precision).toBeCloseTo(0.79, 2);
    expect(byId.fraud_prepay.precision).toBeCloseTo(0.54, 2);
    // Totals: a row counts once however many rules hit it.
    expect(result.total.hits).toBeLessThan(result.rules.reduce((s, r) => s + r.hits, 0));
    expect(result.total.tp).toBe(result.total.hits - result.total.fp - result.total.unlabeled);
    expect(result.positives).toBe(539 + 350 + 100 + 98);
    for (const r of result.rules) {
      expect(r.precision_low).toBeLessThanOrEqual(r.precision);
      expect(r.unique_tp).toBeLessThanOrEqual(r.tp);
      expect(r.recall_lost).toBeCloseTo(r.unique_tp / result.positives, 10);
      expect(
        result.overlap.matrix[result.overlap.ruleIds.indexOf(r.id)][
          result.overlap.ruleIds.indexOf(r.id)
        ],
      ).toBe(r.hits);
    }
    const snapshot = round({
      total: result.total,
      rules: result.rules,
      overlap: result.overlap,
      segments: result.segments.filter((s) => s.column === "tier"),
    });
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      await mkdir("test/fixtures/rules", { recursive: true });
      await writeFile(golden, `${JSON.stringify(snapshot, null, 1)}\n`);
    }
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(
      JSON.parse(await readFile(golden, "utf8")),
    );
  });

  it("breaks hits down by segment and period, summing back to the rule totals", () => {
    const cf = result.rules.find((r) => r.id === "cf_keywords")!;
    const byCategory = result.segments.filter(
      (s) => s.column === "category" && s.rule === "cf_keywords",
    );
    expect(byCategory.reduce((s, r) => s + r.hits, 0)).toBe(cf.hits);
    expect(byCategory.reduce((s, r) => s + r.rows, 0)).toBe(20_000);
    const weeks = result.periods.filter((p) => p.rule === "cf_keywords");
    expect(weeks.reduce((s, p) => s + p.tp, 0)).toBe(cf.tp);
    expect(weeks[0].period).toBe("2026-07-27");
  });
});

describe("backtestRules on small hand-checked tables", () => {
  const set = parseRuleFile("- id: a\n  when: t ~ /x/\n- id: b\n  when: t ~ /y/\n");
  const compiled = compileRules(set, { t: "string" });

  it("counts TP, FP, unique catches and recall lost by hand", () => {
    const rows = [
      { t: "x", label: true },
      { t: "xy", label: true },
      { t: "y", label: false },
      { t: "x", label: false },
      { t: "z", label: true },
      { t: "y", label: null },
    ];
    const r = backtestRules(compiled, rows, { label: "label" });
    expect(
      r.rules.map(({ id, hits, tp, fp, unlabeled, unique_hits, unique_tp }) => ({
        id,
        hits,
        tp,
        fp,
        unlabeled,
        unique_hits,
        unique_tp,
      })),
    ).toEqual([
      { id: "a", hits: 3, tp: 2, fp: 1, unlabeled: 0, unique_hits: 2, unique_tp: 1 },
      { id: "b", hits: 3, tp: 1, fp: 1, unlabeled: 1, unique_hits: 2, unique_tp: 0 },
    ]);
    expect(r.positives).toBe(3);
    expect(r.rules[0].recall).toBeCloseTo(2 / 3, 12);
    expect(r.rules[0].recall_lost).toBeCloseTo(1 / 3, 12);
    expect(r.total).toMatchObject({ hits: 5, tp: 2, fp: 2, unlabeled: 1 });
    // Wilson 95 % for 2 of 3, as scipy/statsmodels give it: (0.2077, 0.9385).
    expect(r.rules[0].precision_low).toBeCloseTo(0.2077, 4);
    expect(r.rules[0].precision_high).toBeCloseTo(0.9385, 4);
    expect(r.overlap.matrix).toEqual([
      [3, 1],
      [1, 3],
    ]);
  });

  it('accepts labels as booleans, 0/1 and "true"/"false" alike', () => {
    const t = ["x", "x", "y"];
    const expected = backtestRules(compiled, { t, l: [true, false, true] }, { label: "l" }).rules;
    expect(backtestRules(compiled, { t, l: [1, 0, 1] }, { label: "l" }).rules).toEqual(expected);
    expect(
      backtestRules(compiled, { t, l: ["true", "FALSE", "True"] }, { label: "l" }).rules,
    ).toEqual(expected);
  });

  it("names a missing or non-boolean label column, and warns when nothing is labeled", () => {
    expect(() => backtestRules(compiled, [{ t: "x", lable: true }], { label: "label" })).toThrow(
      /label column "label" is not in the data; did you mean "lable"\?/,
    );
    expect(() => backtestRules(compiled, [{ t: "x", l: "maybe" }], { label: "l" })).toThrow(
      /label column "l" has "maybe" at row 1; labels must be true\/false, 1\/0 or "true"\/"false"/,
    );
    expect(() => backtestRules(compiled, [{ t: "x", l: 2 }], { label: "l" })).toThrow(
      /has 2 at row 1/,
    );
    expect(() =>
      backtestRules(compiled, [{ t: "x", l: true }], { label: "l", by: ["tier"] }),
    ).toThrow(/--by column "tier" is not in the data/);
    const none = backtestRules(compiled, [{ t: "x", l: null }], { label: "l" });
    expect(none.warnings).toEqual([
      `label column "l" has no labeled row; precision and recall are NaN`,
    ]);
    expect(none.total.precision).toBeNaN();
  });

  it("compareRuleSets lists newly caught, newly missed and new false positives with examples", () => {
    const after = compileRules(parseRuleFile("- id: a\n  when: t ~ /x|z/\n"), { t: "string" });
    const rows = [
      { id: 1, t: "x", label: true },
      { id: 2, t: "y", label: true },
      { id: 3, t: "z", label: true },
      { id: 4, t: "z", label: false },
      { id: 5, t: "y", label: false },
    ];
    const change = compareRuleSets(compiled, after, rows, { label: "label", columns: ["id", "t"] });
    expect(change).toMatchObject({
      newlyCaught: 1,
      newlyMissed: 1,
      newFalsePositives: 1,
      removedFalsePositives: 1,
    });
    expect(change.examples.newlyCaught).toEqual([{ id: 3, t: "z" }]);
    expect(change.examples.newlyMissed).toEqual([{ id: 2, t: "y" }]);
    expect(change.before).toEqual({ hits: 3, tp: 2 });
    expect(change.after).toEqual({ hits: 3, tp: 2 });
  });
});
