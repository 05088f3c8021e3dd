import type { Dataset } from "../dataset/Dataset.js";
import { listingRowsSql } from "../dataset/listingRowsSql.js";
import { relationColumns } from "../dataset/relationColumns.js";
import { closestName } from "../data/closestName.js";
import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleSet } from "./RuleDefinition.js";
import { RuleError } from "./RuleError.js";
import type {
  ShadowArrivalRow,
  ShadowLabelCounts,
  ShadowReadout,
  ShadowRuleReadout,
} from "./ShadowReadout.js";
import { compileRules } from "./compileRules.js";
import { labelEventsSql } from "./labelEventsSql.js";
import { ruleFieldSchemaOf } from "./ruleFieldSchemaOf.js";
import { shadowQueueLoads } from "./shadowQueueLoads.js";
import { shadowRecommendation, type ShadowRecommendationOptions } from "./shadowRecommendation.js";
import { writeRuleHitsTable } from "./writeRuleHitsTable.js";
import * as msg from "./messages.js";
import { addDays } from "../time/addDays.js";
import { dayCount } from "../time/dayCount.js";

/** Options for {@link shadowRulesReadout}. */
export interface ShadowRulesReadoutOptions extends ShadowRecommendationOptions {
  /** The relation the rules run on. Default: the listings with seller columns. */
  from?: string;
  /** Key column of a listing (default "listing_id") and its time (default "created_at"). */
  id?: string;
  time?: string;
  /** A label column of the rows (hindsight, e.g. ground truth); false for none. Default "is_violation" when present. */
  label?: string | false;
  /** First day of the window (`YYYY-MM-DD`, the dataset's zone). Default: `days` before `asOf`, else the first day of data. */
  since?: string;
  /** Last day of the window: the readout shows what was known at its end. Default: the newest day of data. */
  asOf?: string;
  /** Window length in days when `since` is not given. Default: all the data up to `asOf`. */
  days?: number;
  /** Flags per day each queue can review, by queue (default: from the reviews table). */
  capacity?: Readonly<Record<string, number>>;
  /** Use the dataset's dated labels (reviews, audits, appeals) when it has them (default true). */
  datedLabels?: boolean;
  /** Rows per chunk. Default 100,000. */
  chunkRows?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The shadow readout of a rule set on a dataset: for each shadow rule (status `shadow`), against
 * the active rules over a window of days — the violations it newly catches and the
 * non-violations it newly flags, its overlap with each live rule, the new flags per day it adds
 * to its queue against the queue's capacity, its precision with a Wilson interval as labels
 * arrived (each day's row joins only the labels decided by the end of that day: reviews, audits,
 * appeals), and a recommendation (promote, keep in shadow, retire) with its reasons. The rules
 * run in process over the engine's chunks; only hits go back into the engine, where the joins
 * and counts run as SQL. Without dated labels the label column decides (said in `labelSource`).
 * @example const readout = await shadowRulesReadout(ds, await loadRuleFile("rules.xlsx"), { days: 14 });
 */
export async function shadowRulesReadout(
  ds: Dataset,
  rules: RuleSet | CompiledRuleSet,
  options: ShadowRulesReadoutOptions = {},
): Promise<ShadowReadout> {
  const from = options.from ?? listingRowsSql(ds);
  const { id = "listing_id", time = "created_at" } = options;
  const columns = await relationColumns(ds, from);
  const names = columns.map((c) => c.name);
  for (const [column, option] of [
    [id, "id"],
    [time, "time"],
  ])
    if (!names.includes(column))
      throw new RuleError(msg.missingColumn(column, option, closestName(column, names)));
  if (typeof options.label === "string" && !names.includes(options.label))
    throw new RuleError(msg.missingLabel(options.label, names, closestName(options.label, names)));
  const label =
    options.label === false
      ? undefined
      : (options.label ?? (names.includes("is_violation") ? "is_violation" : undefined));
  const compiled = "channels" in rules ? rules : compileRules(rules, ruleFieldSchemaOf(columns));
  for (const [name, value] of [
    ["since", options.since],
    ["asOf", options.asOf],
  ])
    if (value !== undefined && value !== "" && !DAY.test(value))
      throw new RuleError(msg.badDay(name!, value));

  const {
    bool,
    ident,
    literal,
    day,
    minOf,
    maxOf,
    countIf,
    maxBy,
    createTable,
    createTableAs,
    daySeries,
  } = ds.dialect;
  const span = (
    await ds.query(
      `SELECT ${minOf(day(ident(time)))} AS first, ${maxOf(day(ident(time)))} AS last FROM ${from}`,
    )
  ).objects()[0] as { first: string | null; last: string | null };
  const asOf = options.asOf || span.last || "";
  const since =
    options.since || (options.days ? addDays(asOf, 1 - options.days) : span.first || asOf);
  if (!asOf) throw new RuleError(msg.emptyData());
  if (since > asOf) throw new RuleError(msg.badWindow(since, asOf));
  const days = dayCount(since, asOf);

  const hits = await writeRuleHitsTable(ds, compiled, {
    from,
    where: `${day(ident(time))} BETWEEN ${literal(since)} AND ${literal(asOf)}`,
    id,
    time,
    label,
    chunkRows: options.chunkRows,
  });
  const meta = `${hits.table}_rules`;
  const shadow = `${hits.table}_shadow`;
  const queueOf = (r: CompiledRuleSet["rules"][number]) => {
    const q = r.definition.extra.queue;
    return typeof q === "string" && q ? q : r.definition.policy;
  };
  await ds.query(createTable(meta, { rule: "integer", status: "string", queue: "string" }));
  if (compiled.rules.length)
    await ds.query(
      `INSERT INTO ${meta} VALUES ${compiled.rules
        .map(
          (r, k) => `(${k}, ${literal(r.definition.status ?? "active")}, ${literal(queueOf(r))})`,
        )
        .join(", ")}`,
    );
  // Every column named with AS, the CTE's key renamed: ClickHouse would call h.key "h.key".
  await ds.query(
    createTableAs(
      shadow,
      `WITH act AS (SELECT DISTINCT h.key AS act_key FROM ${hits.table} h JOIN ${meta} m USING (rule) WHERE m.status = 'active')
     SELECT h.key AS key, h.t AS t, h.day AS day, h.truth AS truth, h.rule AS rule, m.queue AS queue, ${bool("act.act_key IS NULL")} AS new
     FROM ${hits.table} h JOIN ${meta} m USING (rule) LEFT JOIN act ON act.act_key = h.key
     WHERE m.status = 'shadow'`,
    ),
  );

  const counts = await ds.query(
    `SELECT rule, count(*) AS hits, ${countIf("new")} AS new_hits,
       count(truth) AS labeled, ${countIf("truth")} AS tp, ${countIf("NOT truth")} AS fp,
       ${countIf("new AND truth IS NOT NULL")} AS new_labeled, ${countIf("new AND truth")} AS new_tp, ${countIf("new AND NOT truth")} AS new_fp
     FROM ${shadow} GROUP BY rule`,
  );
  const byRule = new Map(
    (counts.objects() as Record<string, number>[]).map((r) => [Number(r.rule), r]),
  );
  const overlap = (
    await ds.query(
      `WITH live_rules AS (SELECT h.rule AS live_rule, count(*) AS live_hits FROM ${hits.table} h JOIN ${meta} m USING (rule) WHERE m.status = 'active' GROUP BY ALL),
       common AS (SELECT s.rule AS shadow_rule, h.rule AS common_rule, count(*) AS n
         FROM ${shadow} s JOIN ${hits.table} h ON h.key = s.key JOIN ${meta} m ON m.rule = h.rule AND m.status = 'active' GROUP BY ALL)
       SELECT s.shadow_rule AS shadow, live_rules.live_rule AS live, coalesce(common.n, 0) AS shared, live_rules.live_hits AS live_hits
       FROM (SELECT DISTINCT rule AS shadow_rule FROM ${meta} WHERE status = 'shadow') s CROSS JOIN live_rules
       LEFT JOIN common ON common.shadow_rule = s.shadow_rule AND common.common_rule = live_rules.live_rule
       ORDER BY shadow, shared DESC, live`,
    )
  ).objects() as { shadow: number; live: number; shared: number; live_hits: number }[];

  const events = options.datedLabels === false ? undefined : labelEventsSql(ds);
  const arrival = new Map<number, ShadowArrivalRow[]>();
  if (events)
    for (const r of (
      await ds.query(
        `WITH known AS (
           SELECT d.day AS as_of, s.rule AS rule, s.key AS key, s.new AS new, ${maxBy("l.violation", "l.at")} AS v
           FROM ${daySeries(since, asOf)} d JOIN ${shadow} s ON s.day <= d.day
           LEFT JOIN ${events.sql} l ON l.key = s.key AND l.day <= d.day
           GROUP BY ALL)
         SELECT as_of, rule, count(*) AS hits, ${countIf("new")} AS new_hits,
           count(v) AS labeled, ${countIf("v")} AS tp, ${countIf("NOT v")} AS fp,
           ${countIf("new AND v IS NOT NULL")} AS new_labeled, ${countIf("new AND v")} AS new_tp, ${countIf("new AND NOT v")} AS new_fp
         FROM known GROUP BY ALL ORDER BY rule, as_of`,
      )
    ).objects() as Record<string, number & string>[]) {
      const rows = arrival.get(Number(r.rule)) ?? [];
      rows.push({
        day: String(r.as_of),
        hits: Number(r.hits),
        newHits: Number(r.new_hits),
        ...labelCounts(r),
      });
      arrival.set(Number(r.rule), rows);
    }
  const loads = await shadowQueueLoads(ds, {
    shadow,
    hits: hits.table,
    meta,
    since,
    asOf,
    days,
    capacity: options.capacity,
  });
  const shadowIndexes = compiled.rules.flatMap((r, k) =>
    r.definition.status === "shadow" ? [k] : [],
  );
  const activeIndexes = compiled.rules.flatMap((r, k) =>
    (r.definition.status ?? "active") === "active" ? [k] : [],
  );
  const empty = labelCounts({});
  const datedLabels = events !== undefined;
  const readouts: ShadowRuleReadout[] = shadowIndexes.map((k) => {
    const rule = compiled.rules[k];
    const c = byRule.get(k) ?? {};
    const truth = label
      ? { ...labelCounts(c), unlabeled: Number(c.hits ?? 0) - Number(c.labeled ?? 0) }
      : undefined;
    const curve = arrival.get(k) ?? [];
    const last = curve.at(-1);
    const base = {
      id: rule.id,
      name: rule.definition.name,
      policy: rule.definition.policy,
      action: rule.definition.action,
      queue: queueOf(rule),
      hits: Number(c.hits ?? 0),
      newHits: Number(c.new_hits ?? 0),
      known: datedLabels ? (last ? stripArrival(last) : empty) : (truth ?? empty),
      truth: datedLabels ? truth : undefined,
      overlap: overlap
        .filter((o) => o.shadow === k)
        .map((o) => ({
          rule: compiled.rules[o.live].id,
          shared: Number(o.shared),
          shareOfShadow: Number(c.hits ?? 0) > 0 ? Number(o.shared) / Number(c.hits) : NaN,
          liveHits: Number(o.live_hits),
          shareOfLive: Number(o.shared) / Number(o.live_hits),
        })),
      queueLoad: loads.get(`rule:${k}`)!,
      arrival: curve,
    };
    return {
      ...base,
      recommendation: shadowRecommendation(base, { ...options, asOf, days, datedLabels }),
    };
  });
  const notes: string[] = [];
  if (shadowIndexes.length === 0) notes.push(msg.noShadowRules());
  if (!datedLabels) notes.push(label ? msg.noDatedLabels(label) : msg.noLabelsAtAll());
  for (const t of [hits.table, meta, shadow]) await ds.query(`DROP TABLE IF EXISTS ${t}`);
  return {
    since,
    asOf,
    days,
    rows: hits.rows,
    labelSource: datedLabels
      ? `${events.tables.join(", ")}, each label as decided by the end of the day`
      : label
        ? `the ${label} column (not dated: what is known today)`
        : "none",
    datedLabels,
    activeRules: activeIndexes.map((k) => compiled.rules[k].id),
    rules: readouts,
    queues: [...new Set(readouts.map((r) => r.queue))].map((q) => loads.get(q)!),
    notes,
  };
}

function labelCounts(r: Record<string, unknown>): ShadowLabelCounts {
  const n = (key: string) => Number(r[key] ?? 0);
  return {
    labeled: n("labeled"),
    tp: n("tp"),
    fp: n("fp"),
    precision: wilsonInterval(n("tp"), n("tp") + n("fp")),
    newLabeled: n("new_labeled"),
    newlyCaught: n("new_tp"),
    newlyFlaggedClean: n("new_fp"),
    newPrecision: wilsonInterval(n("new_tp"), n("new_tp") + n("new_fp")),
  };
}

function stripArrival(row: ShadowArrivalRow): ShadowLabelCounts {
  const { day: _day, hits: _hits, newHits: _new, ...counts } = row;
  return counts;
}
