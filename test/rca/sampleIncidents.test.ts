import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../lib/data/loadDataset.js";
import { rootCause } from "../../lib/rca/rootCause.js";
import { adtributor } from "../../lib/rca/adtributor.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { drillDown } from "../../lib/rca/drillDown.js";

interface Incident {
  id: string;
  kind: string;
  start: string;
  end: string;
  segment: Record<string, string | string[]>;
}
type Row = Record<string, unknown>;

const day = (iso: string, offset = 0) =>
  new Date(Date.parse(iso) + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe("rca finds the sample data's incidents", () => {
  let incidents: Incident[];
  let listings: Row[];
  let flags: Row[];
  beforeAll(async () => {
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as Incident[];
    const data = await loadDataset("data", { tables: ["listings", "sellers", "flags"] });
    const sellers = new Map(
      (data.sellers.objects() as Row[]).map((s) => [s.seller_id as string, s as Row]),
    );
    const flagged = new Set((data.flags.objects() as Row[]).map((f) => f.listing_id as string));
    listings = (data.listings.objects() as Row[]).map((l) => {
      const seller = sellers.get(l.seller_id as string)!;
      const missed = l.is_violation === true && !flagged.has(l.listing_id as string);
      return {
        ...l,
        seller_tier: seller.tier,
        seller_country: seller.country,
        verified: seller.verified,
        missed,
      };
    });
    const byId = new Map(listings.map((l) => [l.listing_id as string, l]));
    flags = (data.flags.objects() as Row[]).map((f) => {
      const l = byId.get(f.listing_id as string)!;
      return {
        ...f,
        category: l.category,
        seller_tier: l.seller_tier,
        seller_country: l.seller_country,
        hit: l.is_violation,
        false_positive: !l.is_violation,
      };
    });
  }, 300_000);

  it("evasion wave: missed violations rose in bags from new CN and HK sellers", () => {
    const wave = incidents.find((i) => i.kind === "evasion")!;
    const current = `${day(wave.start)}..${day(wave.end, -1)}`;
    const result = rootCause(listings, {
      dims: ["category", "seller_tier", "seller_country", "verified"],
      measure: "missed",
      time: "created_at",
      baseline: `${day(wave.start, -14)}..${day(wave.start, -1)}`,
      current,
      baselineScale: 14 / 15,
    });
    const [first, second] = result.causes;
    expect(first.segment).toMatchObject({ category: "bags" });
    expect(second.segment).toMatchObject({ category: "bags" });
    const countries = result.causes
      .slice(0, 2)
      .map((c) => c.segment.seller_country)
      .sort();
    expect(countries).toEqual([...(wave.segment.seller_country as string[])].sort());
    expect(first.segment.seller_tier).toBe(wave.segment.seller_tier);
    expect(first.explanatoryPower + second.explanatoryPower).toBeGreaterThan(0.9);
  });

  it("rule change: precision of flags collapsed in rule:contact_phone; adtributor's best set is the contact queue only after surprise ranking", () => {
    const change = incidents.find((i) => i.kind === "rule_change")!;
    const options = {
      dims: ["queue", "detector", "category", "seller_tier", "seller_country"],
      numerator: "hit",
      denominator: () => 1,
      time: "flagged_at",
      baseline: `${day(change.start, -10)}..${day(change.start, -1)}`,
      current: `${change.start}..${change.end}`,
    };
    const result = rootCause(flags, options);
    expect(result.causes[0].segment).toEqual({ detector: `rule:${change.segment.rule}` });
    expect(result.causes[0].current!).toBeLessThan(0.15);
    const adt = adtributor(leafCube(flags, options));
    expect(adt.causes.map((c) => c.segment)).toContainEqual({ queue: change.segment.queue });
    const drill = drillDown(flags, { ...options, segment: { queue: "contact" }, by: "detector" });
    expect(drill.ratio!.segments[0].value).toBe(`rule:${change.segment.rule}`);
  });

  it("calibration shift: false-positive flags rose with model:counterfeit_v4", () => {
    const shift = incidents.find((i) => i.kind === "calibration_shift")!;
    const result = rootCause(flags, {
      dims: ["queue", "detector", "category", "seller_tier", "seller_country"],
      measure: "false_positive",
      time: "flagged_at",
      baseline: `${day(shift.start, -15)}..${day(shift.start, -2)}`,
      current: `${day(shift.start, 1)}..${day(shift.start, 14)}`,
    });
    expect(result.causes[0].segment).toEqual({ detector: `model:${shift.segment.model}` });
    expect(result.causes[0].baseline).toBe(0);
  });
});
