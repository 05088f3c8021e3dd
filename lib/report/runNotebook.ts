import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Notebook } from "./Notebook.js";
import type { ExecutionResult } from "./executeNotebook.js";
import * as msg from "./messages.js";
import { engineMemoryVariable } from "../dataset/Dataset.js";
import type { WorkerMemory } from "./workerMemory.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** Options for {@link runNotebook}. */
export interface RunNotebookOptions {
  /** Seconds before the notebook's process is killed. Default: 600. */
  timeoutSeconds?: number;
  /** The worker script. Default: the built scripts/notebook-worker.js. */
  workerPath?: string;
  /** The worker's JavaScript heap and DuckDB limits. Default: 1024 MB heap, 512 MB engine. */
  memory?: WorkerMemory;
}

// Built layout: dist/lib/report/runNotebook.js → dist/scripts/notebook-worker.js. When this file runs
// from source (vitest), the worker still has to be the built one: a child process runs plain Node.
/** A lone notebook's limits: `tns render`, and `tns report` splits its budget with {@link workerMemory}. */
const defaultMemory: WorkerMemory = { heapMb: 1024, engineMb: 512 };

const builtWorker = fileURLToPath(new URL("../../scripts/notebook-worker.js", import.meta.url));
const defaultWorker = existsSync(builtWorker)
  ? builtWorker
  : fileURLToPath(new URL("../../dist/scripts/notebook-worker.js", import.meta.url));

/**
 * Executes a notebook in a fresh child process (tslab's converter keeps a watcher alive and holds
 * global state) and returns the executed notebook. A crash or timeout becomes a failed result.
 * @example const result = await runNotebook(nb, "notebooks/01-detection-overview.ipynb");
 */
export function runNotebook(
  notebook: Notebook,
  path: string,
  options: RunNotebookOptions = {},
): Promise<ExecutionResult> {
  const timeoutSeconds = options.timeoutSeconds ?? 600;
  const memory = options.memory ?? defaultMemory;
  return new Promise((resolvePromise) => {
    const child = fork(options.workerPath ?? defaultWorker, [], {
      // Rows stay in the engine, so a notebook never needs a big JavaScript heap: a cap makes V8
      // collect early instead of growing toward its default limit (the 2M-listing suite's peak).
      execArgv: [...process.execArgv, `--max-old-space-size=${memory.heapMb}`],
      stdio: ["ignore", "inherit", "pipe", "ipc"],
      env: {
        ...process.env,
        TZ: process.env.TZ ?? DEFAULT_ZONE,
        [engineMemoryVariable]: `${memory.engineMb}MB`,
      },
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    let settled = false;
    const finish = (result: ExecutionResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolvePromise(result);
    };
    const failed = (evalue: string): ExecutionResult => ({
      notebook,
      status: "failed",
      error: { output_type: "error", ename: "RunnerError", evalue, traceback: [evalue] },
      cellSeconds: [],
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish(failed(msg.notebookTimeout(path, timeoutSeconds)));
    }, timeoutSeconds * 1000);
    child.on(
      "message",
      (reply: { ok: true; result: ExecutionResult } | { ok: false; message: string }) => {
        finish(reply.ok ? reply.result : failed(msg.workerCrashed(path, reply.message)));
      },
    );
    child.on("exit", (code, signal) => {
      finish(
        failed(
          msg.workerCrashed(
            path,
            `exit code ${code ?? signal}${stderr ? `: ${stderr.trim()}` : ""}`,
          ),
        ),
      );
    });
    child.send({ notebook, path });
  });
}
