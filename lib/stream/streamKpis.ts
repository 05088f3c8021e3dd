import { sampleSchemas } from "../data/sampleSchemas.js";
import { kpiAccumulator } from "../kpi/computeKpis.js";
import { KpiAccumulator, type KpiValuesOptions } from "../kpi/KpiAccumulator.js";
import type { KpiSet } from "../kpi/KpiDefinition.js";
import type { KpiValue } from "../kpi/KpiValue.js";
import { eventRow, eventTables } from "./eventRow.js";
import { EventTimeWindows } from "./EventTimeWindows.js";
import type { StreamEvent } from "./StreamEvent.js";

/** Options for {@link streamKpis}. */
export interface StreamKpisOptions extends KpiValuesOptions {
  /** KPI names. Default: every KPI whose tables all appear in the stream (audits do not). */
  only?: readonly string[];
  /** Window length in ms; closed windows are merged into the result. Default one day. */
  window?: number;
  /** Allowed lateness in ms; later events are counted in `late` and dropped. Default one hour. */
  lateness?: number;
}

/** What {@link streamKpis} returns: the KPI values and what the stream did. */
export interface StreamKpisResult {
  values: KpiValue[];
  events: number;
  late: number;
  kpis: string[];
}

/**
 * KPIs computed from an event stream: each event becomes the table row it stands for
 * ({@link eventRow}) and goes into per-window {@link KpiAccumulator}s, the ones `computeKpis`
 * uses for batch, so on the same rows the two give the same values. Windows close at the
 * watermark and are merged; the stream's end flushes the open ones.
 * @example const { values } = await streamKpis(dedupeEvents(jsonlEvents("data/events.jsonl")), kpis);
 */
export async function streamKpis(
  events: AsyncIterable<StreamEvent>,
  kpiSet: KpiSet,
  options: StreamKpisOptions = {},
): Promise<StreamKpisResult> {
  const { window = 86_400_000, lateness = 3_600_000 } = options;
  const streamed = new Set(Object.values(eventTables).map((t) => t.table));
  const columns: Record<string, string[]> = {};
  for (const schema of Object.values(sampleSchemas))
    if (streamed.has(schema.name)) columns[schema.name] = Object.keys(schema.columns);
  const only =
    options.only ??
    kpiSet.kpis
      .filter((k) => kpiTables(k.formula).every((t) => streamed.has(t)))
      .map((k) => k.name);
  const base = kpiAccumulator(kpiSet, columns, only);
  const windows = new EventTimeWindows({
    size: window,
    lateness,
    create: () => new KpiAccumulator(base.kpis),
  });
  let result = base;
  let count = 0;
  for await (const event of events) {
    count++;
    const mapped = eventRow(event);
    if (!mapped) continue;
    windows.add(Date.parse(event.ts), (acc) => acc.add(mapped.table, mapped.row));
    for (const closed of windows.advance()) result = result.merge(closed.state);
  }
  for (const closed of windows.flush()) result = result.merge(closed.state);
  return { values: result.values(options), events: count, late: windows.late, kpis: [...only] };
}

function kpiTables(f: KpiSet["kpis"][number]["formula"]): string[] {
  const terms = [
    ...(f.count ?? []),
    ...(f.ratio?.numerator ?? []),
    ...(f.ratio?.denominator ?? []),
  ];
  return [...terms, f.quantile, f.freshness, f.backlog]
    .filter((t) => t !== undefined)
    .map((t) => t.table);
}
