// stream: event streams — JSONL reading, de-duplication, event-time windows, drift and the monitor.
export type { StreamEvent } from "./StreamEvent.js";
export { StreamError } from "./StreamError.js";
export { jsonlEvents, type JsonlEventsOptions, type JsonlStats } from "./jsonlEvents.js";
export { dedupeEvents, type DedupeEventsOptions, type DedupeStats } from "./dedupeEvents.js";
export type { EventBatch, BatchedEventStream } from "./EventBatch.js";
export { eventBatches } from "./eventBatches.js";
export { StreamClock, type StreamClockOptions } from "./StreamClock.js";
export type { QuarantineKind } from "./QuarantineKind.js";
export {
  quarantineRecorder,
  type QuarantineReport,
  type QuarantinedEvent,
} from "./QuarantineReport.js";
export { parseDropLimit, type DropLimit } from "./parseDropLimit.js";
export { teeEvents, type TeeEventsOptions } from "./teeEvents.js";
export { eventRow, eventTables } from "./eventRow.js";
export { parseDuration } from "./parseDuration.js";
export { CountAccumulator } from "./CountAccumulator.js";
export { ScoreHistogram } from "./ScoreHistogram.js";
export {
  EventTimeWindows,
  type EventTimeWindowsOptions,
  type ClosedWindow,
} from "./EventTimeWindows.js";
export {
  populationStabilityIndex,
  type PopulationStabilityIndexOptions,
} from "./populationStabilityIndex.js";
export { PageHinkley, type PageHinkleyOptions } from "./PageHinkley.js";
export { streamKpis, type StreamKpisOptions, type StreamKpisResult } from "./streamKpis.js";
export { monitorStream, type MonitorStreamOptions } from "./monitorStream.js";
export type {
  MonitorWindow,
  MonitorAlert,
  MonitorAlertKind,
  MonitorResult,
} from "./MonitorTypes.js";
export { replayEvents, type ReplayEventsOptions, type EventsReplay } from "./replayEvents.js";
export {
  dailyWindowTotals,
  type DailyWindowTotal,
  type DailyWindowTotalsOptions,
} from "./dailyWindowTotals.js";
export { dailyEventCounts, type DailyEventCount } from "./dailyEventCounts.js";
export { dailyPrecision, type DailyPrecision } from "./dailyPrecision.js";
export { eventSpan, type EventSpan } from "./eventSpan.js";
export { psiSeries, type PsiPoint } from "./psiSeries.js";
export { driftAlarms, type DriftAlarms } from "./driftAlarms.js";
export { alertIncident } from "./alertIncident.js";
export { lowestDailyPrecision } from "./lowestDailyPrecision.js";
