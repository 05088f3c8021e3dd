import type { KpiSet } from "../kpi/KpiDefinition.js";
import { dedupeEvents, type DedupeStats } from "./dedupeEvents.js";
import { jsonlEvents, type JsonlStats } from "./jsonlEvents.js";
import type { MonitorResult } from "./MonitorTypes.js";
import { monitorStream, type MonitorStreamOptions } from "./monitorStream.js";
import type { StreamClockOptions } from "./StreamClock.js";
import { streamKpis, type StreamKpisResult } from "./streamKpis.js";
import { teeEvents } from "./teeEvents.js";

/** Options for {@link replayEvents}. */
export interface ReplayEventsOptions {
  /** KPIs to compute from the same read of the stream ({@link streamKpis}). Default: none. */
  kpis?: KpiSet;
  /** IANA zone of a `ts` without an offset: the dataset's zone. Default `DEFAULT_ZONE` (lib/time/defaultZone.ts). */
  zone?: string;
  /** The stream clock's bounds (see {@link StreamClockOptions}). Default: its defaults. */
  clock?: StreamClockOptions;
  /** Window length in ms for the monitor. Default 3,600,000 (1 h). */
  window?: number;
  /** Allowed lateness in ms for the monitor. Default 600,000 (10 min). */
  lateness?: number;
  /** The monitor's drift alarm (see {@link MonitorStreamOptions}). Default: its defaults. */
  drift?: MonitorStreamOptions["drift"];
}

/** What {@link replayEvents} returns: the monitor's result, the streamed KPIs, and what was read. */
export interface EventsReplay {
  monitor: MonitorResult;
  /** KPI values from the stream; absent without `kpis` or without events. */
  stream?: StreamKpisResult;
  /** Lines read, events, malformed and invalid lines. */
  stats: JsonlStats;
  /** Events dropped as duplicates. */
  duplicates: DedupeStats;
  /** Events the stream clock kept out: future + past + invalid. */
  quarantined: number;
}

/**
 * Replays a JSON Lines event file as `tns monitor` does: malformed lines skipped and counted,
 * duplicates dropped, then one read feeds both {@link monitorStream} and, with `kpis`,
 * {@link streamKpis}. Without a file (`path` undefined or "") it returns an empty replay: no
 * window, no alert, nothing counted.
 * @example const { monitor, quarantined } = await replayEvents("data/events.jsonl", { zone: DEFAULT_ZONE });
 */
export async function replayEvents(
  path: string | undefined,
  options: ReplayEventsOptions = {},
): Promise<EventsReplay> {
  const { kpis, zone, clock } = options;
  const stats: JsonlStats = { lines: 0, events: 0, malformed: 0, invalid: 0 };
  const duplicates: DedupeStats = { duplicates: 0, evicted: 0, peakKeys: 0 };
  if (!path) {
    const quarantine = { future: 0, past: 0, invalid: 0, examples: [] };
    const monitor = { windows: [], alerts: [], events: 0, late: 0, quarantine: quarantine };
    return { monitor, stats, duplicates, quarantined: 0 };
  }
  const events = jsonlEvents(path, { malformed: "skip", stats, zone, clock });
  const replay = teeEvents(dedupeEvents(events, { stats: duplicates, zone, clock }), kpis ? 2 : 1);
  const [monitor, stream] = await Promise.all([
    monitorStream(replay[0], {
      window: options.window,
      lateness: options.lateness,
      zone,
      clock,
      drift: options.drift,
    }),
    kpis ? streamKpis(replay[1], kpis, { zone, clock }) : undefined,
  ]);
  const q = monitor.quarantine;
  return { monitor, stream, stats, duplicates, quarantined: q.future + q.past + q.invalid };
}
