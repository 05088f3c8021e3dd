import { sampleSchemas } from "../data/sampleSchemas.js";
import { kpiAccumulator } from "../kpi/computeKpis.js";
import { KpiAccumulator, type KpiValuesOptions } from "../kpi/KpiAccumulator.js";
import type { KpiSet } from "../kpi/KpiDefinition.js";
import type { KpiValue } from "../kpi/KpiValue.js";
import { eventRow, eventTables } from "./eventRow.js";
import { EventTimeWindows } from "./EventTimeWindows.js";
import type { StreamEvent } from "./StreamEvent.js";
import { StreamClock, type StreamClockOptions } from "./StreamClock.js";
import { StreamError } from "./StreamError.js";
import { quarantineRecorder, type QuarantineReport } from "./QuarantineReport.js";
import { pastWithinWindows } from "./messages.js";
import { strictTimestampParser } from "../time/strictTimestampParser.js";

/** Options for {@link streamKpis}. */
export interface StreamKpisOptions extends KpiValuesOptions {
  /** KPI names. Default: every KPI whose tables all appear in the stream (audits do not). */
  only?: readonly string[];
  /** Window length in ms; closed windows are merged into the result. Default one day. */
  window?: number;
  /** Allowed lateness in ms; later events are counted in `late` and dropped. Default one hour. */
  lateness?: number;
  /** Events far ahead of or behind the stream's clock are quarantined (see {@link StreamClock}). Default: its defaults. */
  clock?: StreamClockOptions;
  /** IANA zone of a `ts` without an offset: the dataset's zone. Default `DEFAULT_ZONE`. */
  zone?: string;
}

/** What {@link streamKpis} returns: the KPI values and what the stream did. */
export interface StreamKpisResult {
  values: KpiValue[];
  events: number;
  late: number;
  /** Events the stream clock kept out (far future, far past, invalid ts), with examples. */
  quarantine: QuarantineReport;
  kpis: string[];
}

/**
 * KPIs computed from an event stream: each event becomes the table row it stands for
 * ({@link eventRow}) and goes into per-window {@link KpiAccumulator}s, the ones `computeKpis`
 * uses for batch, so on the same rows the two give the same values. Windows close at the
 * watermark and are merged; the stream's end flushes the open ones. Event times go through a
 * {@link StreamClock}, as in {@link monitorStream}: an event dated 2099 is quarantined, not counted.
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
  const [quarantine, record] = quarantineRecorder();
  const clock = new StreamClock<StreamEvent>(
    options.clock ?? {},
    (event, t) => {
      const mapped = eventRow(event, t);
      if (!mapped) return;
      windows.add(t, (acc) => acc.add(mapped.table, mapped.row));
      for (const closed of windows.advance()) result = result.merge(closed.state);
    },
    record,
  );
  if (clock.maxPast < window + lateness)
    throw new StreamError(pastWithinWindows(clock.maxPast, window, lateness));
  const parse = strictTimestampParser(options.zone);
  for await (const event of events) {
    count++;
    clock.offer(event, parse(event.ts));
  }
  clock.flush();
  for (const closed of windows.flush()) result = result.merge(closed.state);
  return {
    values: result.values(options),
    events: count,
    late: windows.late,
    quarantine,
    kpis: [...only],
  };
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
