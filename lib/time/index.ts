// time: the dataset's default zone, calendar periods and days, and reading and converting timestamps.
export { DEFAULT_ZONE } from "./defaultZone.js";
export { checkZone } from "./checkZone.js";
export { periodStart, type GrainName, type PeriodStartOptions } from "./periodStart.js";
export { periodEnd } from "./periodEnd.js";
export { periodKeys } from "./periodKeys.js";
export { periodRange } from "./periodRange.js";
export { nextPeriod } from "./nextPeriod.js";
export { periodStartMs } from "./periodStartMs.js";
export { addDays } from "./addDays.js";
export { dayCount } from "./dayCount.js";
export { isCalendarDay } from "./isCalendarDay.js";
export { strictTimestampParser } from "./strictTimestampParser.js";
export { timestampProblem } from "./timestampProblem.js";
export { timestampParser } from "./timestampParser.js";
export { parseTimeValue } from "./parseTimeValue.js";
export { wallClockTime } from "./wallClockTime.js";
