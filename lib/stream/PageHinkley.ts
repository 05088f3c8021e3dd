/** Options for {@link PageHinkley}. */
export interface PageHinkleyOptions {
  /** Change smaller than this is tolerated (same unit as the values). Default 0.005. */
  delta?: number;
  /** Alarm when the cumulative deviation exceeds this. Default 50. */
  threshold?: number;
  /** Values seen before an alarm is possible. Default 30. */
  minInstances?: number;
}

/**
 * The Page–Hinkley test for an upward shift in the mean of a sequence (e.g. hourly hit counts of
 * a rule): m_t = Σ (x − mean_t − delta), alarm when m_t − min m ≥ threshold. O(1) memory. After an
 * alarm call `reset()` to learn the new level.
 * @example const ph = new PageHinkley({ threshold: 20 }); for (const x of hourly) if (ph.add(x)) alert();
 */
export class PageHinkley {
  private readonly delta: number;
  private readonly threshold: number;
  private readonly minInstances: number;
  private n = 0;
  private mean = 0;
  private sum = 0;
  private minimum = 0;

  constructor(options: PageHinkleyOptions = {}) {
    this.delta = options.delta ?? 0.005;
    this.threshold = options.threshold ?? 50;
    this.minInstances = options.minInstances ?? 30;
  }

  /** The current statistic m_t − min m. */
  get statistic(): number {
    return this.sum - this.minimum;
  }

  /** The running mean of the values since the last reset. */
  get level(): number {
    return this.mean;
  }

  /** Adds a value; true when the test signals a shift. */
  add(x: number): boolean {
    this.n++;
    this.mean += (x - this.mean) / this.n;
    this.sum += x - this.mean - this.delta;
    this.minimum = Math.min(this.minimum, this.sum);
    return this.n >= this.minInstances && this.statistic >= this.threshold;
  }

  /** Forgets everything (after an alarm, to learn the new level). */
  reset(): void {
    this.n = 0;
    this.mean = 0;
    this.sum = 0;
    this.minimum = 0;
  }
}
