import { StreamError } from "./StreamError.js";
import { badClock } from "./messages.js";
import type { QuarantineKind } from "./QuarantineKind.js";

/** Options for {@link StreamClock}. */
export interface StreamClockOptions {
  /** How far ahead of the clock an event may be, in ms, before it needs confirming. Default 3,600,000 (1 h). */
  maxFuture?: number;
  /** How far behind the clock an event may be, in ms, before it is quarantined as "past". Default 604,800,000 (7 d). */
  maxPast?: number;
  /** Events that settle a jump ahead: this many events beyond `maxFuture` confirm it (a gap in the stream) unless half as many in range came with them; this many in range outvote it. Default 10. */
  confirm?: number;
}

/**
 * The event-time clock of a stream, robust to events with a wrong clock: the latest time among
 * admitted events, anchored on the median of the first `confirm` events. An event more than
 * `maxFuture` ahead is held: once `confirm` such events have arrived, with fewer than `confirm / 2`
 * in range among them, the stream really jumped (a gap) and the clock re-anchors on their median;
 * otherwise (`confirm` in range first, or mixed traffic) the held events that came before the
 * latest event in range are quarantined as "future", and the clock stays with the events in range.
 * An event more than `maxPast` behind is quarantined as "past", an invalid time (NaN) as
 * "invalid". So one event dated 2099 never moves the clock, nor any watermark fed from `admit`.
 * Admitted events keep their order; a held one waits at most 2 × `confirm` events. Memory:
 * `confirm` held events.
 * @example const clock = new StreamClock({}, (e, t) => windows.add(t, …), (e, t, kind) => counts[kind]++);
 * for await (const e of events) clock.offer(e, parse(e.ts)); clock.flush();
 */
export class StreamClock<T> {
  readonly maxFuture: number;
  readonly maxPast: number;
  readonly confirm: number;
  private clock = NaN;
  private readonly heldItems: T[] = [];
  private readonly heldTimes: number[] = [];
  private inRange = 0;
  // Held events that arrived before the latest event in range: the ones that event outvotes.
  private settled = 0;

  constructor(
    options: StreamClockOptions,
    private readonly admit: (item: T, time: number) => void,
    private readonly quarantine: (item: T, time: number, kind: QuarantineKind) => void,
  ) {
    const { maxFuture = 3_600_000, maxPast = 604_800_000, confirm = 10 } = options;
    for (const [name, value] of [
      ["maxFuture", maxFuture],
      ["maxPast", maxPast],
    ] as const)
      if (!(value >= 0)) throw new StreamError(badClock(name, value, "a duration ≥ 0"));
    if (!Number.isInteger(confirm) || confirm < 1)
      throw new StreamError(badClock("confirm", confirm, "a whole number ≥ 1"));
    this.maxFuture = maxFuture;
    this.maxPast = maxPast;
    this.confirm = confirm;
  }

  /** The clock in epoch ms: the latest admitted event time; NaN until the first events anchor it. */
  get now(): number {
    return this.clock;
  }

  /** Events waiting for a decision. */
  get held(): number {
    return this.heldTimes.length;
  }

  /** Admits, holds or quarantines one event with its time (epoch ms, NaN when it had none). */
  offer(item: T, time: number): void {
    const now = this.clock;
    if (time > now + this.maxFuture || Number.isNaN(now)) {
      if (Number.isNaN(time)) this.quarantine(item, time, "invalid");
      else this.hold(item, time);
      return;
    }
    if (time < now - this.maxPast) return this.quarantine(item, time, "past");
    if (Number.isNaN(time)) return this.quarantine(item, time, "invalid");
    if (time > now) this.clock = time;
    this.admit(item, time);
    if (this.heldTimes.length !== 0) {
      this.settled = this.heldTimes.length;
      if (++this.inRange >= this.confirm) this.reject(this.settled);
    }
  }

  /** Settles the held events at the end of the stream: anchors on them if nothing else came, else quarantines them. */
  flush(): void {
    if (Number.isNaN(this.clock) && this.heldTimes.length !== 0) this.anchor();
    this.reject(this.heldTimes.length);
  }

  private hold(item: T, time: number): void {
    this.heldItems.push(item);
    this.heldTimes.push(time);
    if (this.heldTimes.length < this.confirm) return;
    if (this.inRange * 2 < this.confirm) this.anchor();
    else this.reject(this.settled);
  }

  // Re-anchors on the lower median of the held times and offers the held events again, in order:
  // the half at or below the median is admitted, so this never recurses more than once.
  private anchor(): void {
    const items = this.heldItems.splice(0);
    const times = this.heldTimes.splice(0);
    this.inRange = 0;
    this.settled = 0;
    const sorted = Float64Array.from(times).sort();
    this.clock = sorted[(sorted.length - 1) >> 1];
    for (let i = 0; i < items.length; i++) this.offer(items[i], times[i]);
  }

  // Quarantines the first `count` held events; the ones after the latest event in range stay held.
  private reject(count: number): void {
    const items = this.heldItems.splice(0, count);
    const times = this.heldTimes.splice(0, count);
    this.inRange = 0;
    this.settled = 0;
    for (let i = 0; i < items.length; i++) this.quarantine(items[i], times[i], "future");
  }
}
