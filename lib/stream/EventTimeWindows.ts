import { StreamError } from "./StreamError.js";
import { badWindow } from "./messages.js";

/** Options for {@link EventTimeWindows}. */
export interface EventTimeWindowsOptions<A> {
  /** Window length in ms; required. */
  size: number;
  /** Distance between window starts in ms; equal to `size` (tumbling, the default) or a divisor of it (sliding). */
  slide?: number;
  /** How long after a window's end (in event time) late events are still accepted, in ms. Default 0. */
  lateness?: number;
  /** Makes the empty state of a new window; required. */
  create: () => A;
}

const none: readonly never[] = [];

/** A closed window: its bounds in epoch ms and its state. */
export interface ClosedWindow<A> {
  start: number;
  end: number;
  state: A;
}

/**
 * Tumbling or sliding windows over event time with allowed lateness. The watermark is the latest
 * event time minus `lateness`; a window closes once the watermark passes its end. An event whose
 * windows have all closed is late: it is counted in `late` and dropped. Memory holds the open
 * windows only.
 * @example const w = new EventTimeWindows({ size: 3_600_000, lateness: 300_000, create: () => new CountAccumulator() });
 */
export class EventTimeWindows<A> {
  readonly size: number;
  readonly slide: number;
  readonly lateness: number;
  /** Events dropped because every window they belong to had closed. */
  late = 0;
  private readonly create: () => A;
  private readonly open = new Map<number, A>();
  private watermark = -Infinity;
  private closedBefore = -Infinity;
  // The earliest end among the open windows: advance() has nothing to do until the watermark passes it.
  private firstEnd = Infinity;

  constructor(options: EventTimeWindowsOptions<A>) {
    const { size, slide = size, lateness = 0, create } = options;
    if (!(slide > 0) || !(size > 0) || size % slide !== 0)
      throw new StreamError(badWindow(size, slide));
    this.size = size;
    this.slide = slide;
    this.lateness = lateness;
    this.create = create;
  }

  /**
   * Updates the state of every open window containing `time` with `update`; returns false (and
   * counts the event as late) when they have all closed.
   */
  add(time: number, update: (state: A, windowStart: number) => void): boolean {
    const last = Math.floor(time / this.slide) * this.slide;
    let accepted = false;
    for (let start = last; start > time - this.size; start -= this.slide) {
      if (start + this.size <= this.closedBefore) break;
      let state = this.open.get(start);
      if (!state) {
        this.open.set(start, (state = this.create()));
        if (start + this.size < this.firstEnd) this.firstEnd = start + this.size;
      }
      update(state, start);
      accepted = true;
    }
    if (!accepted) this.late++;
    if (time - this.lateness > this.watermark) this.watermark = time - this.lateness;
    return accepted;
  }

  /** Closes and returns, oldest first, the windows whose end the watermark has passed. */
  advance(): readonly ClosedWindow<A>[] {
    // Called after every event: nothing due is the common case, and allocates nothing.
    if (this.firstEnd > this.watermark) return none;
    return this.close((end) => end <= this.watermark);
  }

  /** Closes and returns every open window (the stream ended mid-window). */
  flush(): ClosedWindow<A>[] {
    return this.close(() => true);
  }

  /** Open windows (for memory checks). */
  get openCount(): number {
    return this.open.size;
  }

  private close(due: (end: number) => boolean): ClosedWindow<A>[] {
    const closed: ClosedWindow<A>[] = [];
    this.firstEnd = Infinity;
    for (const [start, state] of this.open) {
      const end = start + this.size;
      if (!due(end)) {
        if (end < this.firstEnd) this.firstEnd = end;
        continue;
      }
      closed.push({ start, end, state });
      this.open.delete(start);
      if (end > this.closedBefore) this.closedBefore = end;
    }
    return closed.sort((a, b) => a.start - b.start);
  }
}
