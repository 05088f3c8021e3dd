import { describe, expect, it } from "vitest";
import { toTable } from "../../lib/table/toTable.js";
import type { DecisionTableValue } from "../../lib/rules/DecisionTable.js";
import { parseDecisionTable } from "../../lib/rules/parseDecisionTable.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { verifyDecisionTable } from "../../lib/rules/verifyDecisionTable.js";
import { verifyDecisionTableOnData } from "../../lib/rules/verifyDecisionTableOnData.js";

const lists = { luxury: ["Chanel", "Rolex"], bags: ["bags", "watches"] };

/** The findings of a table given as rows under a header: [code, cell, message]. */
function findings(header: string[], rows: DecisionTableValue[][]) {
  const set = parseDecisionTable({ sheet: "rules", cells: [header, ...rows] }, { lists });
  expect(set.diagnostics).toEqual([]);
  return verifyDecisionTable(set.table!, lists).map((d) => [d.code, d.cell, d.message]);
}

describe("verifyDecisionTable", () => {
  it("finds duplicate rows and rows subsumed by another of the same rule (they never hit alone)", () => {
    const out = findings(
      ["id", "policy", "action", "title contains_any", "category in"],
      [
        ["kw", "cf", "review", "replica, 레플리카", null],
        ["kw", null, null, "replica", null], // within row 2: "replica" is one of its words
        ["kw", null, null, "레플리카, replica", null], // the same words in another order
        ["kw", null, null, "cheap replica", null], // contains "replica"
        ["bag", "cf", "review", null, "bags"],
        ["bag", null, null, null, "$bags"], // bags, watches: wider than row 6
      ],
    );
    expect(out).toEqual([
      [
        "subsumed-row",
        "rules!A3",
        "row 3 (rules!A3) never hits alone: every listing it matches, row 2 (rules!A2) of the same rule matches too; delete it or narrow row 2 (rules!A2)",
      ],
      [
        "duplicate-row",
        "rules!A4",
        "row 4 (rules!A4) repeats the conditions of row 2 (rules!A2) of the same rule; delete one",
      ],
      [
        "subsumed-row",
        "rules!A5",
        "row 5 (rules!A5) never hits alone: every listing it matches, row 2 (rules!A2) of the same rule matches too; delete it or narrow row 2 (rules!A2)",
      ],
      [
        "subsumed-row",
        "rules!A6",
        "row 6 (rules!A6) never hits alone: every listing it matches, row 7 (rules!A7) of the same rule matches too; delete it or narrow row 7 (rules!A7)",
      ],
    ]);
  });

  it("decides subsumption from comparisons: values, ranges, null tests; regexes only when equal", () => {
    const codes = (rows: DecisionTableValue[][]) =>
      findings(
        [
          "id",
          "policy",
          "action",
          "price_krw <",
          "price_krw >=",
          "brand =",
          "brand !=",
          "brand is not null",
          "title ~",
        ],
        rows,
      ).map((f) => [f[0], f[1]]);
    // < 100000 lies within < 150000; = Chanel implies != Rolex and is not null.
    expect(
      codes([
        ["a", "p", "review", 100000, null, null, null, null, null],
        ["b", "p", "review", 150000, null, null, null, null, null],
        ["c", "p", "review", null, null, "Chanel", null, null, null],
        ["d", "p", "review", null, null, null, "Rolex", "yes", null],
      ]),
    ).toEqual([
      ["subsumed-row", "rules!A2"],
      ["subsumed-row", "rules!A4"],
    ]);
    // Open ranges that cross, and different regexes, decide nothing.
    expect(
      codes([
        ["a", "p", "review", 100000, 50000, null, null, null, "/rep/"],
        ["b", "p", "review", 150000, 60000, null, null, null, "/rep/i"],
      ]),
    ).toEqual([]);
    // The same regex, and a band inside a band, do.
    expect(
      codes([
        ["a", "p", "review", 100000, 70000, null, null, null, "/rep/"],
        ["b", "p", "review", 150000, 60000, null, null, null, "/rep/"],
      ]),
    ).toEqual([["subsumed-row", "rules!A2"]]);
  });

  it("text conditions compare only under the same normalisation; draft and retired rows are not verified", () => {
    expect(
      findings(
        ["id", "policy", "action", "normalize", "title contains_any", "status"],
        [
          ["a", "p", "review", "all", "replica", null],
          ["b", "p", "review", null, "replica", null],
          ["c", "p", "review", null, "replica", "draft"],
          ["d", "p", "review", null, "replica", "retired"],
        ],
      ),
    ).toEqual([]);
  });

  it("flags rows of one policy with different actions that match the same listings, never across policies", () => {
    const out = findings(
      ["id", "policy", "action", "category =", "price_krw <", "title contains_any"],
      [
        ["block_cheap", "cf", "block", "bags", 50000, null],
        ["review_bags", "cf", "review", "bags", null, null], // contains block_cheap's rows
        ["review_shoes", "cf", "review", "shoes", 50000, null], // disjoint from bags
        ["tag_kw", "cf", "tag", null, null, "replica"], // only text: undecided, not reported
        ["other_policy", "fraud", "block", "bags", null, null], // another policy
        ["same_block", "cf", "tag", "bags", 50000, null], // same conditions as block_cheap
      ],
    );
    expect(out).toEqual([
      [
        "conflicting-rows",
        "rules!A2",
        'row 2 (rules!A2) (block) matches only listings also matched by row 3 (rules!A3) of rule "review_bags" (review) in the same policy, so its listings get both actions (rules!D2, rules!E2, rules!D3); make the conditions exclusive or give the rows one action',
      ],
      [
        "conflicting-rows",
        "rules!A7",
        'row 7 (rules!A7) (tag) has the same conditions as row 2 (rules!A2) of rule "block_cheap" (block) in the same policy, so its listings get both actions (rules!D2, rules!E2, rules!D7, rules!E7); make the conditions exclusive or give the rows one action',
      ],
      [
        "conflicting-rows",
        "rules!A7",
        'row 7 (rules!A7) (tag) matches only listings also matched by row 3 (rules!A3) of rule "review_bags" (review) in the same policy, so its listings get both actions (rules!D3, rules!D7, rules!E7); make the conditions exclusive or give the rows one action',
      ],
    ]);
  });

  it("reports overlapping rows with conflicting actions when a shared field decides they can meet", () => {
    const out = findings(
      ["id", "policy", "action", "category in", "brand in"],
      [
        ["a", "cf", "block", "bags, watches", null],
        ["b", "cf", "review", "watches, shoes", "$luxury"],
        ["c", "cf", "review", "shoes", "$luxury"],
      ],
    );
    // c's shoes with a luxury brand all lie within b's watches or shoes: same action, subsumed.
    expect(out.map((f) => [f[0], f[1]])).toEqual([
      ["conflicting-rows", "rules!A3"],
      ["subsumed-row", "rules!A4"],
    ]);
    expect(out[0][2]).toMatch(
      /row 3 \(rules!A3\) \(review\) overlaps row 2 \(rules!A2\) of rule "a" \(block\)/,
    );
  });

  it("finds gaps and overlaps between numeric bands of one policy's otherwise-alike rows, not at the open ends", () => {
    const out = findings(
      ["id", "policy", "action", "category =", "price_krw >=", "price_krw <"],
      [
        ["t1", "cf", "block", "bags", null, 50000],
        ["t2", "cf", "review", "bags", 50000, 150000], // meets t1 exactly
        ["t3", "cf", "review", "bags", 200000, 400000], // gap 150000–200000
        ["t4", "cf", "tag", "bags", 350000, null], // overlaps t3 from 350000
        ["s1", "cf", "review", "shoes", 0, 10000], // another group: alone, no finding
      ],
    );
    const bands = out.filter((f) => String(f[0]).startsWith("numeric"));
    expect(bands).toEqual([
      [
        "numeric-gap",
        "rules!A4",
        "price_krw from 150000 to below 200000 falls between row 3 (rules!A3) and row 4 (rules!A4), which are otherwise alike: no row of the policy covers it (rules!E3, rules!F3, rules!E4, rules!F4); extend one band or add a row for it",
      ],
      [
        "numeric-overlap",
        "rules!A5",
        "price_krw from 350000 to below 400000 is covered by both row 4 (rules!A4) and row 5 (rules!A5), which are otherwise alike (rules!E4, rules!F4, rules!E5); make the bands meet without overlapping (e.g. < 100000 and >= 100000)",
      ],
    ]);
    // t3 and t4 overlap with different actions: also a conflict; t1 and t2 only meet.
    expect(out.filter((f) => f[0] === "conflicting-rows").map((f) => f[1])).toEqual(["rules!A5"]);
  });

  it("bands of timestamps name the times", () => {
    const out = findings(
      ["id", "policy", "action", "created_at >=", "created_at <"],
      [
        ["early", "p", "review", null, "2026-09-01T00:00:00+09:00"],
        ["late", "p", "review", "2026-09-02T00:00:00+09:00", null],
      ],
    );
    expect(out.map((f) => f[2])).toEqual([
      "created_at from 2026-08-31T15:00:00.000Z to below 2026-09-01T15:00:00.000Z falls between row 2 (rules!A2) and row 3 (rules!A3), which are otherwise alike: no row of the policy covers it (rules!E2, rules!D3); extend one band or add a row for it",
    ]);
  });
});

describe("verifyDecisionTableOnData", () => {
  it("finds rows that hit nothing, rows that never hit alone and conflicting rows that hit the same listings", async () => {
    const data = toTable({
      title: ["replica bag", "replica", "shoes", "레플리카 시계"],
      category: ["bags", "bags", "shoes", "watches"],
      price_krw: [10, 20, 30, 40],
    });
    const set = parseDecisionTable(
      {
        sheet: "rules",
        cells: [
          ["id", "policy", "action", "title contains_any", "category =", "price_krw >"],
          ["kw", "cf", "review", "replica", null, null], // rows 0, 1 — each also hit by row 3
          ["kw", null, null, "레플리카", null, null], // row 3 alone
          ["bag", "cf", "block", null, "bags", null], // rows 0, 1: with kw, another action
          ["none", "cf", "review", null, null, 100], // nothing
          ["toys", "cf", "review", null, "toys", null, null], // nothing
        ],
      },
      { lists },
    );
    expect(set.diagnostics).toEqual([]);
    const out = await verifyDecisionTableOnData(set.table!, data, {
      lists,
      schema: ruleFieldSchema(data),
    });
    expect(out.map((d) => [d.code, d.cell, d.message])).toEqual([
      [
        "row-never-alone",
        "rules!A2",
        "row 2 (rules!A2) never hits alone on the data: each of its 2 hit(s) among 4 rows is also hit by another row; it adds nothing there",
      ],
      [
        "row-never-alone",
        "rules!A4",
        "row 4 (rules!A4) never hits alone on the data: each of its 2 hit(s) among 4 rows is also hit by another row; it adds nothing there",
      ],
      [
        "row-never-hits",
        "rules!A5",
        "row 5 (rules!A5) matched none of the 4 rows of the data; check its conditions or retire it",
      ],
      [
        "row-never-hits",
        "rules!A6",
        "row 6 (rules!A6) matched none of the 4 rows of the data; check its conditions or retire it",
      ],
      [
        "rows-co-hit",
        "rules!A4",
        "row 4 (rules!A4) (block) and row 2 (rules!A2) (review) of the same policy both hit 2 row(s) of the data, which then get both actions; make the conditions exclusive or give the rows one action",
      ],
    ]);
    // Chunks give the same counts as one table.
    const chunks = (async function* () {
      yield toTable({
        title: ["replica bag", "replica"],
        category: ["bags", "bags"],
        price_krw: [10, 20],
      });
      yield toTable({
        title: ["shoes", "레플리카 시계"],
        category: ["shoes", "watches"],
        price_krw: [30, 40],
      });
    })();
    expect(
      await verifyDecisionTableOnData(set.table!, chunks, { lists, schema: ruleFieldSchema(data) }),
    ).toEqual(out);
  });
});
