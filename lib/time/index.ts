// time: calendar periods, zones and strict timestamp parsing.
export { checkZone } from "./checkZone.js";
export { periodStart, type GrainName, type PeriodStartOptions } from "./periodStart.js";
export { periodEnd } from "./periodEnd.js";
export { isCalendarDay } from "./isCalendarDay.js";
export { strictTimestampParser } from "./strictTimestampParser.js";
export { timestampProblem } from "./timestampProblem.js";
