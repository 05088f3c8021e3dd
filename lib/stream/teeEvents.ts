/** Options for {@link teeEvents}. */
export interface TeeEventsOptions {
  /** Most items one consumer may run ahead of the slowest before it waits. Default 10,000. */
  maxLag?: number;
}

/**
 * Splits one async stream into `count` streams that each see every item, so several consumers
 * (the monitor and the streamed KPIs) share one read of a file. Run the consumers together
 * (`Promise.all`): a consumer more than `maxLag` items ahead waits for the others, so memory is
 * bounded by the lag, not by the stream. An error in the source reaches every consumer.
 * @example const [a, b] = teeEvents(dedupeEvents(jsonlEvents(path)), 2);
 * await Promise.all([monitorStream(a), streamKpis(b, kpis)]);
 */
export function teeEvents<T>(
  source: AsyncIterable<T>,
  count: number,
  options: TeeEventsOptions = {},
): AsyncIterable<T>[] {
  const { maxLag = 10_000 } = options;
  const iterator = source[Symbol.asyncIterator]();
  const queues: T[][] = Array.from({ length: count }, () => []);
  const active = new Set(queues.map((_, i) => i));
  let done = false;
  let failure: { error: unknown } | undefined;
  let pulling: Promise<void> | undefined;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const pull = () =>
    (pulling ??= (async () => {
      try {
        const next = await iterator.next();
        if (next.done) done = true;
        else for (const i of active) queues[i].push(next.value);
      } catch (error) {
        failure = { error };
      } finally {
        pulling = undefined;
        wake();
      }
    })());
  const lagging = (i: number) => [...active].some((j) => j !== i && queues[j].length >= maxLag);

  return queues.map((queue, i) => ({
    [Symbol.asyncIterator]: (): AsyncIterator<T> => ({
      async next(): Promise<IteratorResult<T>> {
        for (;;) {
          if (queue.length) return { value: queue.shift()!, done: false };
          if (failure) throw failure.error;
          if (done) return { value: undefined, done: true };
          if (lagging(i)) await new Promise<void>((resolve) => waiters.push(resolve));
          else await pull();
        }
      },
      async return(): Promise<IteratorResult<T>> {
        // A consumer that stops early no longer holds the others back.
        active.delete(i);
        queue.length = 0;
        wake();
        if (active.size === 0) await iterator.return?.();
        return { value: undefined, done: true };
      },
    }),
  }));
}
