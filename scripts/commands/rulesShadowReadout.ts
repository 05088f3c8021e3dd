import type { Dataset } from "../../lib/dataset/Dataset.js";
import { listingRowsSql } from "../../lib/dataset/listingRowsSql.js";
import { relationColumns } from "../../lib/dataset/relationColumns.js";
import type { CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import type { ShadowReadout } from "../../lib/rules/ShadowReadout.js";
import { shadowRulesReadout } from "../../lib/rules/shadowRulesReadout.js";
import { formatPercent } from "../../lib/format/formatPercent.js";

/** The command-line options of the shadow readout (see `tns backtest`). */
export interface ShadowCommandOptions {
  from?: string;
  id?: string;
  time?: string;
  label: string;
  capacity?: string;
  since?: string;
  asOf?: string;
}

/**
 * The shadow readout `tns backtest` prints: on the same rows as the backtest, keyed by `--id`
 * (default listing_id) and dated by `--time` (default created_at); without those columns, the
 * reason it was skipped.
 */
export async function rulesShadowReadout(
  ds: Dataset,
  compiled: CompiledRuleSet,
  opts: ShadowCommandOptions,
): Promise<ShadowReadout | { skipped: string }> {
  const from = opts.from ?? listingRowsSql(ds);
  const names = (await relationColumns(ds, from)).map((c) => c.name);
  const id = opts.id ?? "listing_id";
  const time = opts.time ?? "created_at";
  const absent = [id, time].filter((c) => !names.includes(c));
  if (absent.length)
    return {
      skipped: `the shadow readout needs a row id and a time column; ${absent.join(" and ")} ${absent.length > 1 ? "are" : "is"} not in the data: pass --id and --time`,
    };
  return shadowRulesReadout(ds, compiled, {
    from,
    id,
    time,
    label: names.includes(opts.label) ? opts.label : false,
    capacity: opts.capacity ? capacities(opts.capacity) : undefined,
    since: opts.since,
    asOf: opts.asOf,
  });
}

/** `queue=n,...` as a map; a bad item is an error naming it. */
function capacities(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of text.split(",")) {
    const at = item.indexOf("=");
    const queue = item.slice(0, at).trim();
    const n = Number(item.slice(at + 1).trim());
    if (at < 1 || !queue || !(n > 0))
      throw new RuleError(
        `--capacity: ${JSON.stringify(item.trim())} is not queue=flags per day; write e.g. --capacity counterfeit=40,contact=30`,
      );
    out[queue] = n;
  }
  return out;
}

const num = (x: number) =>
  Number.isFinite(x) ? (Number.isInteger(x) ? String(x) : x.toFixed(1)) : "?";

/** The readout as the lines `tns backtest` prints after its table. */
export function shadowLines(readout: ShadowReadout): string[] {
  const lines = [
    `shadow readout ${readout.since} to ${readout.asOf} (${readout.days} days, ${readout.rows} listings); labels: ${readout.labelSource}`,
  ];
  for (const note of readout.notes) lines.push(`  note: ${note}`);
  for (const r of readout.rules) {
    const k = r.known;
    const q = r.queueLoad;
    lines.push(
      `${r.id}: ${r.hits} hits, ${r.newHits} new against the active rules; newly caught ${k.newlyCaught}, newly flagged non-violations ${k.newlyFlaggedClean} (${r.newHits - k.newLabeled} new hits unlabeled)`,
      `  precision ${formatPercent(k.precision.estimate)} (95% ${formatPercent(k.precision.lower)}–${formatPercent(k.precision.upper)}, ${k.labeled} labeled); queue ${q.queue}: +${num(q.extraPerDay)}/day (peak ${q.peakExtra}) on ${num(q.loadPerDay)}/day, capacity ${num(q.capacity)}/day`,
      `  overlap: ${
        r.overlap
          .filter((o) => o.shared > 0)
          .map((o) => `${o.rule} ${o.shared} (${formatPercent(o.shareOfShadow)})`)
          .join(", ") || "none"
      }`,
      `  → ${r.recommendation.decision}: ${r.recommendation.reasons.join(" ")}`,
    );
  }
  return lines;
}
