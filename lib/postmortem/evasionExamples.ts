import type { Dataset } from "../dataset/Dataset.js";
import type { CompiledRuleSet } from "../rules/CompiledRuleSet.js";
import { evaluateRules } from "../rules/evaluateRules.js";
import { formatValue } from "../format/formatValue.js";
import type { PostMortem } from "./PostMortem.js";
import { MISSING } from "../format/missing.js";

/**
 * The first `limit` affected listings no detector flagged (a LIMIT query), with their seller and
 * whether the normalised rules would catch them (evaluated on those rows only).
 * @example await evasionExamples(ds, incidentListingsSql(ds), "seller_id IN ('S1')", normalized, 8)
 */
export async function evasionExamples(
  ds: Dataset,
  listings: string,
  affected: string,
  normalized: CompiledRuleSet | undefined,
  limit: number,
): Promise<PostMortem["examples"]> {
  if (!ds.has("flags")) return { caption: "", rows: [] };
  const shown = ["listing_id", "title", "seller_id", "seller_tier", "seller_country", "price_krw"];
  const read = [...new Set([...shown, ...(normalized?.fields ?? [])])];
  const table = await ds.query(
    `SELECT ${read.map(ds.dialect.ident).join(", ")} FROM ${listings} WHERE ${affected} AND missed = 1 ORDER BY rn LIMIT ${limit}`,
  );
  const hits = normalized ? evaluateRules(normalized, table) : undefined;
  const caught = (row: number) =>
    hits
      ? hits.bits.some((bits) => (bits[row >>> 5] >>> (row & 31)) & 1)
        ? "yes"
        : "no"
      : MISSING;
  const rows = (table.objects() as Record<string, unknown>[]).map((l, row) => ({
    listing_id: l.listing_id,
    title: l.title,
    seller: `${String(l.seller_id)} (${[l.seller_tier, l.seller_country].filter((v) => v != null).join(", ") || "seller unknown"})`,
    price: formatValue(l.price_krw, "krw"),
    caught_by_fix: caught(row),
  }));
  return {
    caption:
      "Affected listings no detector flagged (titles as written by sellers, escaped); caught_by_fix: the normalised rules hit them.",
    rows,
  };
}
