// format: values for reading, with one missing-value symbol: counts, KRW, percentages (with intervals), days.
export { MISSING } from "./missing.js";
export { formatValue, type FormatName } from "./formatValue.js";
export { formatPercent } from "./formatPercent.js";
export { formatInterval } from "./formatInterval.js";
export { formatRange } from "./formatRange.js";
export { formatEstimate } from "./formatEstimate.js";
export { formatPointChange } from "./formatPointChange.js";
export { formatCount } from "./formatCount.js";
export { formatKrw } from "./formatKrw.js";
export { formatDay } from "./formatDay.js";
export { formatWallClock } from "./formatWallClock.js";
export { valueFormatter, type ValueFormat } from "./valueFormatter.js";
