import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import type { ShadowRuleReadout } from "../../lib/rules/ShadowReadout.js";
import { shadowRecommendation } from "../../lib/rules/shadowRecommendation.js";
import { shadowRulesReadout } from "../../lib/rules/shadowRulesReadout.js";
import { tempDir } from "../report/notebookFixture.js";

// A hand-checked example (Asia/Seoul). Window 2026-09-01 to 09-03.
//   L1 09-01 "fake bag"       violation      live_a, shadow_s
//   L2 09-01 "replica watch"  violation      shadow_s (new)
//   L3 09-01 "replica shoes"  not, 500 KRW   shadow_s (new), shadow_t (new)
//   L4 09-02 "replica bag"    violation      shadow_s (new)
//   L5 09-02 "nice bag"       not, 500 KRW   shadow_t (new)
//   L6 09-03 "fake replica"   not            live_a, shadow_s, shadow_u
//   L7 09-03 "ok"             not            —
//   L8 08-31 "replica"        violation      shadow_s, before the window
// Labels by decision time: L1 violation (review 09-01 15:00), L2 violation (review 09-02 09:00),
// L3 no_violation (review 09-03 09:00), L6 violation (review 09-03 12:00) then overturned on
// appeal (09-03 20:00), L4 violation by audit on 09-04 (after the window).
const listings = `listing_id,created_at,title,price_krw,is_violation
L1,2026-09-01T10:00:00+09:00,fake bag,5000,true
L2,2026-09-01T11:00:00+09:00,replica watch,5000,true
L3,2026-09-01T12:00:00+09:00,replica shoes,500,false
L4,2026-09-02T10:00:00+09:00,replica bag,5000,true
L5,2026-09-02T11:00:00+09:00,nice bag,500,false
L6,2026-09-03T10:00:00+09:00,fake replica,5000,false
L7,2026-09-03T11:00:00+09:00,ok,5000,false
L8,2026-08-31T10:00:00+09:00,replica,5000,true
`;
const reviews = `review_id,listing_id,queue,enqueued_at,reviewed_at,decision
R1,L1,q1,2026-09-01T10:05:00+09:00,2026-09-01T15:00:00+09:00,violation
R2,L2,q1,2026-09-01T11:05:00+09:00,2026-09-02T09:00:00+09:00,violation
R3,L3,q1,2026-09-01T12:05:00+09:00,2026-09-03T09:00:00+09:00,no_violation
R4,L6,q1,2026-09-03T10:05:00+09:00,2026-09-03T12:00:00+09:00,violation
`;
const appeals = `appeal_id,listing_id,appealed_at,resolved_at,outcome
A1,L6,2026-09-03T13:00:00+09:00,2026-09-03T20:00:00+09:00,overturned
`;
const audits = `audit_id,listing_id,audited_at,stratum,inclusion_prob,label
U1,L4,2026-09-04T10:00:00+09:00,other,0.1,violation
`;
const rulesYaml = `
- id: live_a
  policy: counterfeit
  action: review
  queue: q1
  when: title contains_any ["fake"]
- id: shadow_s
  policy: counterfeit
  action: review
  queue: q1
  status: shadow
  when: title contains_any ["replica", "fake"]
- id: shadow_t
  policy: fraud
  action: block
  queue: q2
  status: shadow
  when: price_krw < 1000
- id: shadow_u
  policy: counterfeit
  action: review
  queue: q1
  status: shadow
  when: title contains_any ["fake"]
- id: draft_d
  policy: counterfeit
  action: review
  status: draft
  when: title contains_any ["bag"]
`;

describe("shadowRulesReadout on a hand-checked example", { timeout: 300_000 }, () => {
  let dir: string;
  let ds: Dataset;
  const rules = parseRuleFile(rulesYaml, { file: "rules.yaml" });
  const rule = (readout: { rules: ShadowRuleReadout[] }, id: string) =>
    readout.rules.find((r) => r.id === id)!;
  beforeAll(async () => {
    dir = await tempDir("shadow-readout");
    await writeFile(join(dir, "listings.csv"), listings);
    await writeFile(join(dir, "reviews.csv"), reviews);
    await writeFile(join(dir, "appeals.csv"), appeals);
    await writeFile(join(dir, "audits.csv"), audits);
    await writeFile(join(dir, "rules.yaml"), rulesYaml);
    await writeFile(
      join(dir, "tns.yaml"),
      "zone: Asia/Seoul\ntables:\n  listings: { path: listings.csv }\n  reviews: { path: reviews.csv }\n  appeals: { path: appeals.csv }\n  audits: { path: audits.csv }\nrules: rules.yaml\n",
    );
    ds = await openDataset(join(dir, "tns.yaml"));
  });
  afterAll(() => ds?.close());

  it("counts new catches and new false flags against the active rules, by labels known at the end of the as-of day", async () => {
    const readout = await shadowRulesReadout(ds, rules, { since: "2026-09-01" });
    expect(readout).toMatchObject({
      since: "2026-09-01",
      asOf: "2026-09-03",
      days: 3,
      rows: 7,
      datedLabels: true,
      activeRules: ["live_a"],
    });
    expect(readout.rules.map((r) => r.id)).toEqual(["shadow_s", "shadow_t", "shadow_u"]);
    const s = rule(readout, "shadow_s");
    expect([s.hits, s.newHits]).toEqual([5, 3]);
    // Known on 09-03: L1 and L2 violations, L3 not, L6 overturned on appeal; L4's audit is on 09-04.
    expect(s.known).toMatchObject({
      labeled: 4,
      tp: 2,
      fp: 2,
      newLabeled: 2,
      newlyCaught: 1,
      newlyFlaggedClean: 1,
    });
    expect(s.known.precision).toEqual(wilsonInterval(2, 4));
    // Hindsight by the is_violation column: L1, L2, L4 violations; L3, L6 not.
    expect(s.truth).toMatchObject({ tp: 3, fp: 2, newlyCaught: 2, newlyFlaggedClean: 1 });
    const t = rule(readout, "shadow_t");
    expect([t.hits, t.newHits, t.known.labeled, t.known.fp, t.truth?.fp]).toEqual([2, 2, 1, 1, 2]);
  });

  it("gives precision as labels arrived, one row per day, each with only that day's knowledge", async () => {
    const s = rule(await shadowRulesReadout(ds, rules, { since: "2026-09-01" }), "shadow_s");
    expect(
      s.arrival.map((a) => [a.day, a.hits, a.newHits, a.labeled, a.tp, a.fp, a.newLabeled]),
    ).toEqual([
      ["2026-09-01", 3, 2, 1, 1, 0, 0],
      ["2026-09-02", 4, 3, 2, 2, 0, 1],
      ["2026-09-03", 5, 3, 4, 2, 2, 2],
    ]);
    expect(s.arrival[1].precision).toEqual(wilsonInterval(2, 2));
    // A readout as of 09-02 knows nothing decided later.
    const early = rule(
      await shadowRulesReadout(ds, rules, { since: "2026-09-01", asOf: "2026-09-02" }),
      "shadow_s",
    );
    expect([early.hits, early.known.labeled, early.known.tp, early.known.fp]).toEqual([4, 2, 2, 0]);
  });

  it("measures overlap with each live rule and the extra flags per day per queue against capacity", async () => {
    const readout = await shadowRulesReadout(ds, rules, { since: "2026-09-01" });
    const s = rule(readout, "shadow_s");
    expect(s.overlap).toEqual([
      { rule: "live_a", shared: 2, shareOfShadow: 0.4, liveHits: 2, shareOfLive: 1 },
    ]);
    // New flags into q1: 2 on 09-01 (L2, L3), 1 on 09-02 (L4): 1 a day. q1 took in 4 reviews
    // over 3 days and decided at most 2 in one day (09-03): 2 − 4/3 − 1 < 0.
    expect(s.queueLoad).toMatchObject({
      queue: "q1",
      extraPerDay: 1,
      peakExtra: 2,
      peakDay: "2026-09-01",
      capacity: 2,
      fits: false,
    });
    expect(s.queueLoad.loadPerDay).toBeCloseTo(4 / 3, 10);
    expect(s.queueLoad.headroom).toBeCloseTo(2 - 4 / 3 - 1, 10);
    const t = rule(readout, "shadow_t");
    expect(t.queueLoad).toMatchObject({ queue: "q2", extraPerDay: 2 / 3, loadPerDay: 0 });
    expect(t.queueLoad.capacity).toBeNaN();
    expect(t.queueLoad.fits).toBeUndefined();
    const given = await shadowRulesReadout(ds, rules, {
      since: "2026-09-01",
      capacity: { q1: 10 },
    });
    expect(rule(given, "shadow_s").queueLoad).toMatchObject({
      capacity: 10,
      capacitySource: "given",
      fits: true,
    });
  });

  it("recommends from the evidence only: retire what adds nothing, keep what is unproven", async () => {
    const readout = await shadowRulesReadout(ds, rules, { since: "2026-09-01", minLabeled: 2 });
    expect(rule(readout, "shadow_u").recommendation).toEqual({
      decision: "retire",
      reasons: [
        "Every one of its 2 hits is already flagged by a live rule (most with live_a): promoting it adds no listing to review.",
      ],
    });
    const s = rule(readout, "shadow_s").recommendation;
    expect(s.decision).toBe("keep in shadow");
    expect(s.reasons[0]).toMatch(
      /^Its precision 50\.0% \(95% 15\.0%–85\.0%, 2 violations of 4 labeled hits, as of 2026-09-03\): the interval still reaches under the bar of 60\.0%/,
    );
    expect(s.reasons[1]).toMatch(/queue q1.*over capacity by 0\.3 a day/);
    const t = rule(readout, "shadow_t").recommendation;
    expect(t.decision).toBe("keep in shadow");
    expect(t.reasons[0]).toBe(
      "Only 1 of its 2 hits have a label as of 2026-09-03 (2 needed to judge precision); 0 of them are violations.",
    );
  });

  it("shadowRecommendation promotes only when precision, new catches and the queue all hold", () => {
    const base: Omit<ShadowRuleReadout, "recommendation"> = {
      id: "r",
      name: "r",
      policy: "p",
      action: "review",
      queue: "q",
      hits: 100,
      newHits: 40,
      known: {
        labeled: 60,
        tp: 54,
        fp: 6,
        precision: wilsonInterval(54, 60),
        newLabeled: 20,
        newlyCaught: 17,
        newlyFlaggedClean: 3,
        newPrecision: wilsonInterval(17, 20),
      },
      overlap: [{ rule: "live", shared: 60, shareOfShadow: 0.6, liveHits: 80, shareOfLive: 0.75 }],
      queueLoad: {
        queue: "q",
        extraPerDay: 2,
        peakExtra: 5,
        loadPerDay: 10,
        loadSource: "x",
        capacity: 20,
        capacitySource: "given",
        headroom: 8,
        fits: true,
      },
      arrival: [],
    };
    const options = { asOf: "2026-09-30", days: 20, datedLabels: true };
    const promote = shadowRecommendation(base, options);
    expect(promote.decision).toBe("promote");
    expect(promote.reasons).toEqual([
      "Its precision 90.0% (95% 79.9%–95.3%, 54 violations of 60 labeled hits, as of 2026-09-30) clears the bar of 60.0%.",
      "17 of its 40 new hits are labeled violations the live rules miss (3 labeled non-violations, 20 not labeled yet).",
      "60.0% of its 100 hits are already flagged by live rules (most with live: 60), so it adds 40.",
      "It would add 2 flags a day (peak 5) to queue q, which takes in 10 a day against a capacity of 20 (given).",
    ]);
    const bad = {
      ...base,
      known: { ...base.known, tp: 6, fp: 54, precision: wilsonInterval(6, 60) },
    };
    expect(shadowRecommendation(bad, options).decision).toBe("retire");
    expect(shadowRecommendation({ ...base, hits: 0, newHits: 0 }, options).reasons).toEqual([
      "It hit no listing in the 20 days of the window.",
    ]);
    const full = { ...base, queueLoad: { ...base.queueLoad, headroom: -3, fits: false } };
    expect(shadowRecommendation(full, options).decision).toBe("keep in shadow");
  });

  it("tns backtest counts only active rules in total and gives each shadow rule its readout", () => {
    const out = spawnSync(
      process.execPath,
      [
        "bin/tns.js",
        "backtest",
        "--dataset",
        join(dir, "tns.yaml"),
        "--since",
        "2026-09-01",
        "--json",
        "-",
      ],
      { encoding: "utf8" },
    );
    expect(out.status, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout);
    // live_a hits L1 and L6 (L1 a violation); the shadow rules' hits are not flags.
    expect(report.total).toMatchObject({ hits: 2, tp: 1, fp: 1 });
    const status = Object.fromEntries(
      report.rules.map((r: { id: string; status: string }) => [r.id, r.status]),
    );
    expect(status).toEqual({
      live_a: "active",
      shadow_s: "shadow",
      shadow_t: "shadow",
      shadow_u: "shadow",
    });
    const s = report.rules.find((r: { id: string }) => r.id === "shadow_s");
    expect(s.shadow).toMatchObject({ hits: 5, newHits: 3, known: { labeled: 4, tp: 2, fp: 2 } });
    expect(report.rules.find((r: { id: string }) => r.id === "live_a").shadow).toBeUndefined();
    expect(report.shadow_readout).toMatchObject({
      since: "2026-09-01",
      as_of: "2026-09-03",
      days: 3,
    });
  });

  it("refuses a day that is not YYYY-MM-DD and a window that ends before it starts", async () => {
    await expect(shadowRulesReadout(ds, rules, { asOf: "3 Sept" })).rejects.toThrow(
      /asOf "3 Sept" is not a day; write it as YYYY-MM-DD/,
    );
    await expect(
      shadowRulesReadout(ds, rules, { since: "2026-09-03", asOf: "2026-09-01" }),
    ).rejects.toThrow(/starts on 2026-09-03, after its last day 2026-09-01/);
  });
});
