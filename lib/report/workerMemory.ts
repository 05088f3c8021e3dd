import { NotebookError } from "./readNotebook.js";
import * as msg from "./messages.js";

/** What one notebook worker may use: its JavaScript heap and its DuckDB engine, in MB. */
export interface WorkerMemory {
  /** V8's old-space limit (`--max-old-space-size`). */
  heapMb: number;
  /** DuckDB's `memory_limit`; beyond it the engine spills to disk. */
  engineMb: number;
}

/** What `tns report` itself holds while its workers run (measured: about 120–180 MB). */
const parentMb = 200;
/** Node, tslab's TypeScript compiler and DuckDB's code, outside both limits (measured ~150 MB). */
const nativeMb = 150;
/** Below this a worker cannot compile a notebook and hold a chunk of rows. */
const minimumWorkerMb = 640;

/**
 * Splits a report run's memory budget among its concurrent notebook workers: each gets an equal
 * share, of which about 60% is JavaScript heap and the rest DuckDB's engine (which spills to disk
 * past its limit, so the engine's share bounds memory, not the data it can scan).
 * Throws a {@link NotebookError} when the share is too small to run a notebook.
 * @example workerMemory(2048, 2) // { heapMb: 494, engineMb: 280 }
 */
export function workerMemory(budgetMb: number, concurrency: number): WorkerMemory {
  const share = Math.floor((budgetMb - parentMb) / concurrency);
  if (!(share >= minimumWorkerMb))
    throw new NotebookError(
      msg.memoryBudget(budgetMb, concurrency, minimumWorkerMb * concurrency + parentMb),
    );
  const usable = share - nativeMb;
  const heapMb = Math.floor(usable * 0.64);
  return { heapMb, engineMb: usable - heapMb };
}
