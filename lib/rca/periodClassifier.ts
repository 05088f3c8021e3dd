import { readAccessor } from "../table/readAccessor.js";
import type { LeafCubeOptions } from "./LeafCubeOptions.js";
import * as msg from "./messages.js";
import { parsePeriodRange } from "./PeriodRange.js";
import { parseTimeValue } from "../time/parseTimeValue.js";
import { RcaError } from "./RcaError.js";
import type { PeriodName } from "./Segment.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/**
 * Classifies rows into periods for {@link leafCube}: the `period` option as is, or `time` checked
 * against the `baseline` and `current` ranges (current wins where they overlap). Also reports the
 * ranges and the span of times seen, for the empty-period message.
 */
export function periodClassifier<Row>(options: LeafCubeOptions<Row>) {
  if (options.period) {
    const classify = options.period;
    return { classify, label: () => undefined, seen: () => undefined };
  }
  if (options.time === undefined || options.baseline === undefined || options.current === undefined)
    throw new RcaError(msg.noPeriod());
  const zone = options.zone ?? DEFAULT_ZONE;
  const ranges = {
    baseline: parsePeriodRange(options.baseline, "baseline", zone),
    current: parsePeriodRange(options.current, "current", zone),
  };
  const time = readAccessor(options.time, "time");
  const parse = parseTimeValue(zone);
  let min = Infinity;
  let max = -Infinity;
  const classify = (row: Row, i: number): PeriodName | null => {
    const raw = time.read(row, i);
    const t = parse(raw);
    if (Number.isNaN(t)) throw new RcaError(msg.badTime(i + 1, time.name, raw));
    if (t < min) min = t;
    if (t > max) max = t;
    if (t >= ranges.current.from && t < ranges.current.to) return "current";
    if (t >= ranges.baseline.from && t < ranges.baseline.to) return "baseline";
    return null;
  };
  const seen = () =>
    min <= max
      ? `${new Date(min).toISOString()} to ${new Date(max).toISOString()}`
      : "(no rows at all)";
  return { classify, label: (name: PeriodName) => ranges[name].label, seen };
}
