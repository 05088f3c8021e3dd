import type { Dataset } from "../dataset/Dataset.js";
import type { ShadowQueueLoad } from "./ShadowReadout.js";

/** What {@link shadowQueueLoads} needs: the hit tables and the window. */
export interface ShadowQueueLoadsInput {
  /** Temporary table of the shadow hits `(key, day, new, queue, …)`. */
  shadow: string;
  /** Temporary tables of every hit and of the rules' metadata `(rule, status, queue)`. */
  hits: string;
  meta: string;
  since: string;
  asOf: string;
  days: number;
  /** Flags per day each queue can review, by queue name (overrides the reviews table). */
  capacity?: Readonly<Record<string, number>>;
}

/**
 * Per queue, the new flags per day its shadow rules would add (a listing counts once per queue
 * and day), against what it takes in now — reviews enqueued per day in the window when the
 * dataset has reviews, else the active rules' hits of that queue — and its capacity: the given
 * figure, else the most reviews the queue decided in one day up to the as-of day (what it has
 * shown it can do), else unknown. Keyed `queue` (all its shadow rules) and `rule:<index>`.
 * @example const loads = await shadowQueueLoads(ds, { shadow, hits, meta, since, asOf, days: 14 });
 */
export async function shadowQueueLoads(
  ds: Dataset,
  input: ShadowQueueLoadsInput,
): Promise<Map<string, ShadowQueueLoad>> {
  const { shadow, hits, meta, since, asOf, days } = input;
  const { literal, day, text } = ds.dialect;
  const window = (column: string) =>
    `${day(column)} BETWEEN ${literal(since)} AND ${literal(asOf)}`;
  const extra = await ds.query(
    `SELECT group_key, queue, day, count(DISTINCT key) AS n FROM (
       SELECT queue AS group_key, queue, day, key FROM ${shadow} WHERE new
       UNION ALL SELECT 'rule:' || ${text("rule")} AS group_key, queue, day, key FROM ${shadow} WHERE new)
     GROUP BY ALL ORDER BY group_key, n DESC, day`,
  );
  const load = new Map<string, number>();
  let loadSource = "the active rules' hits of the queue";
  if (ds.has("reviews")) {
    loadSource = "reviews enqueued in the window";
    for (const r of (
      await ds.query(
        `SELECT ${text("queue")} AS queue, count(*) AS n FROM reviews WHERE ${window("enqueued_at")} GROUP BY ALL`,
      )
    ).objects() as { queue: string; n: number }[])
      load.set(r.queue, Number(r.n));
  } else
    for (const r of (
      await ds.query(
        `SELECT m.queue AS queue, count(DISTINCT h.key) AS n FROM ${hits} h JOIN ${meta} m USING (rule) WHERE m.status = 'active' GROUP BY ALL`,
      )
    ).objects() as { queue: string; n: number }[])
      load.set(r.queue, Number(r.n));
  const shown = new Map<string, number>();
  if (ds.has("reviews"))
    for (const r of (
      await ds.query(
        `SELECT queue, max(n) AS n FROM (SELECT ${text("queue")} AS queue, ${day("reviewed_at")} AS d, count(*) AS n
         FROM reviews WHERE reviewed_at IS NOT NULL AND ${day("reviewed_at")} <= ${literal(asOf)} GROUP BY ALL) GROUP BY ALL`,
      )
    ).objects() as { queue: string; n: number }[])
      shown.set(r.queue, Number(r.n));

  const groups = new Map<
    string,
    { queue: string; total: number; peak: number; peakDay?: string }
  >();
  for (const r of extra.objects() as {
    group_key: string;
    queue: string;
    day: string;
    n: number;
  }[]) {
    const g = groups.get(r.group_key) ?? { queue: r.queue, total: 0, peak: 0 };
    g.total += Number(r.n);
    if (Number(r.n) > g.peak) [g.peak, g.peakDay] = [Number(r.n), r.day];
    groups.set(r.group_key, g);
  }
  const out = new Map<string, ShadowQueueLoad>();
  const entry = (queue: string, g?: { total: number; peak: number; peakDay?: string }) => {
    const given = input.capacity?.[queue];
    const capacity = given ?? shown.get(queue) ?? NaN;
    const extraPerDay = (g?.total ?? 0) / days;
    const loadPerDay = (load.get(queue) ?? 0) / days;
    const headroom = capacity - loadPerDay - extraPerDay;
    return {
      queue,
      extraPerDay,
      peakExtra: g?.peak ?? 0,
      peakDay: g?.peakDay,
      loadPerDay,
      loadSource,
      capacity,
      capacitySource:
        given !== undefined
          ? "given"
          : shown.has(queue)
            ? `the most reviews the queue decided in one day up to ${asOf}`
            : "unknown: no review of this queue and none given",
      headroom,
      fits: Number.isFinite(capacity) ? headroom >= 0 : undefined,
    } satisfies ShadowQueueLoad;
  };
  for (const [key, g] of groups) out.set(key, entry(g.queue, g));
  // Queues and rules without a new flag still get a row.
  const queues = (
    await ds.query(`SELECT rule, queue FROM ${meta} WHERE status = 'shadow'`)
  ).objects() as {
    rule: number;
    queue: string;
  }[];
  for (const { rule, queue } of queues) {
    if (!out.has(queue)) out.set(queue, entry(queue));
    if (!out.has(`rule:${rule}`)) out.set(`rule:${rule}`, entry(queue));
  }
  return out;
}
