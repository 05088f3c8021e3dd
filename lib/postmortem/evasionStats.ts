import type { Dataset } from "../dataset/Dataset.js";
import type { AffectedListings } from "./affectedListingsCondition.js";
import type { EvasionStats } from "./evasionSections.js";
import type { IncidentWindow } from "./incidentWindow.js";
import { sqlBetween, sqlTime } from "./sqlTime.js";

/**
 * The statistics of an evasion incident, each one aggregate query in the engine over the listings
 * relation (`incidentListingsSql`): the affected listings, what detection missed of them, the
 * policy's recall before and during the window, and the audits that found them.
 * @example await evasionStats(ds, incidentListingsSql(ds), affected, window, "category = bags")
 */
export async function evasionStats(
  ds: Dataset,
  listings: string,
  affected: AffectedListings,
  w: IncidentWindow,
  segment: string,
): Promise<EvasionStats> {
  const { countIf, sumOf, minOf, firstBy, mostFrequent } = ds.dialect;
  // No alias names a column: ClickHouse reads an alias anywhere in the query (missed = 1 would be the sum).
  const s = (
    await ds.query(`SELECT count(*) AS listings, count(DISTINCT seller_id) AS sellers,
    ${countIf("is_violation")} AS violations, coalesce(sum(missed), 0) AS missed_listings,
    ${sumOf("views", "missed = 1")} AS views, ${sumOf("price_krw", "missed = 1")} AS gmv,
    ${minOf("created_at")} AS first_listing, ${minOf("first_flagged_at")} AS first_flag,
    ${firstBy("first_detector", "first_flagged_at")} AS first_detector, ${mostFrequent("violation_policy", "is_violation")} AS policy
    FROM ${listings} WHERE ${affected.sql}`)
  ).object(0) as Record<string, unknown>;
  const policy = (s.policy as string | null) ?? "";
  const flagsNote = ds.missing("flags", "which listings detection missed is not known");
  const auditsNote = ds.missing("audits", "no audit finding is known");
  const audit = auditsNote
    ? undefined
    : ((
        await ds.query(`SELECT ${minOf("audited_at", "label = 'violation'")} AS first_finding, ${mostFrequent("stratum")} AS stratum
      FROM audits WHERE listing_id IN (SELECT listing_id FROM ${listings} WHERE ${affected.sql})`)
      ).object(0) as { first_finding: Date | null; stratum: string | null });
  return {
    affected: affected.description,
    segment,
    listings: Number(s.listings),
    sellers: Number(s.sellers),
    violations: Number(s.violations),
    policy,
    missed: flagsNote
      ? undefined
      : {
          listings: Number(s.missed_listings),
          views: s.views as number | null,
          gmv: s.gmv as number | null,
        },
    firstListing: (s.first_listing as Date | null) ?? undefined,
    firstFlag: (s.first_flag as Date | null) ?? undefined,
    firstDetector: (s.first_detector as string | null) ?? undefined,
    recall: flagsNote ? undefined : await policyRecall(ds, listings, policy, w),
    firstFinding: audit?.first_finding ?? undefined,
    stratum: audit?.stratum ?? undefined,
    auditsNote,
    flagsNote,
  };
}

/** The policy's violations any detector flagged, [flagged, all], before and during the window. */
async function policyRecall(ds: Dataset, listings: string, policy: string, w: IncidentWindow) {
  const { literal, countIf } = ds.dialect;
  const during = `created_at >= ${sqlTime(ds.dialect, w.start)}`;
  const focus = policy ? `violation_policy = ${literal(policy)}` : "coalesce(is_violation, false)";
  const r = (
    await ds.query(`SELECT ${countIf(`flagged AND NOT ${during}`)} AS k0, ${countIf(`NOT ${during}`)} AS n0,
    ${countIf(`flagged AND ${during}`)} AS k1, ${countIf(during)} AS n1
    FROM ${listings} WHERE ${focus} AND ${sqlBetween(ds.dialect, "created_at", w.baselineStart, w.end)}`)
  ).object(0) as Record<string, number>;
  const pair = (k: string, n: string): [number, number] => [Number(r[k]), Number(r[n])];
  return { before: pair("k0", "n0"), during: pair("k1", "n1") };
}
