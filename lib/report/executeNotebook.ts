import type { CellPersonalData } from "./withholdPersonalData.js";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { format } from "node:util";
import type { Cell, CodeCell, ErrorOutput, Notebook, Output } from "./Notebook.js";
import { cellSource } from "./cellSource.js";

/** Options for {@link executeNotebook}. */
export interface ExecuteNotebookOptions {
  /** Directory the cells run in, as the tslab kernel does. Default: the notebook's folder. */
  cwd?: string;
  /** The notebook's path, used to find its folder. Default: "./notebook.ipynb". */
  path?: string;
}

/** The outcome of executing a notebook. */
export interface ExecutionResult {
  notebook: Notebook;
  status: "ok" | "failed";
  /** 1-based index among all cells of the first failing cell. */
  failedCell?: number;
  error?: ErrorOutput;
  cellSeconds: number[];
  /** Personal data found (and withheld from `notebook`) by the worker; see withholdPersonalData. */
  personalData?: CellPersonalData[];
}

interface TslabExecutor {
  execute(src: string): Promise<boolean>;
  close(): void;
}
interface TslabConverter {
  close(): void;
}
interface DisplayMessage {
  data: Record<string, string>;
  metadata: Record<string, unknown>;
  transient?: { display_id?: string };
}

const require = createRequire(import.meta.url);

/**
 * Executes a notebook's code cells in this process with tslab's own executor (the compiler and
 * semantics of the tslab Jupyter kernel), capturing stdout, stderr and `tslab.display` outputs per cell.
 * Stops at the first failing cell. The process's stdout is redirected while a cell runs, so callers
 * report through IPC or files, not stdout. Call it once per process: tslab keeps global state.
 * @example const { status } = await executeNotebook(nb, { path: "notebooks/01.ipynb" });
 */
export async function executeNotebook(
  notebook: Notebook,
  options: ExecuteNotebookOptions = {},
): Promise<ExecutionResult> {
  const cwd = resolve(options.cwd ?? dirname(options.path ?? "./notebook.ipynb"));
  // tslab's internals have no published types: these are the parts of them used here.
  const { createConverter } = require("tslab/dist/converter.js") as {
    createConverter: (options: { isJS: boolean; isBrowser: boolean }) => TslabConverter;
  };
  const { createExecutor } = require("tslab/dist/executor.js") as {
    createExecutor: (
      cwd: string,
      converters: { readonly node: TslabConverter; readonly browser: unknown; close(): void },
      console: { log(...args: unknown[]): void; error(...args: unknown[]): void },
    ) => TslabExecutor;
  };
  const jupyter = require("tslab/dist/jupyter.js") as {
    lastWriteDisplayData: (message: DisplayMessage, update: boolean) => void;
  };
  const previousCwd = process.cwd();
  process.chdir(cwd);

  let outputs: Output[] = [];
  let errors: unknown[][] = [];
  const displays = new Map<string, number>();
  const stream = (name: "stdout" | "stderr", text: string) => {
    const last = outputs[outputs.length - 1];
    if (last?.output_type === "stream" && last.name === name)
      last.text = `${String(last.text)}${text}`;
    else outputs.push({ output_type: "stream", name, text });
  };
  let converter: TslabConverter | undefined;
  const converters = {
    get node() {
      return (converter ??= createConverter({ isJS: false, isBrowser: false }));
    },
    get browser() {
      throw new Error("browser-mode cells are not supported by the headless runner");
    },
    close: () => converter?.close(),
  };
  const executor: TslabExecutor = createExecutor(cwd, converters, {
    log: (...args: unknown[]) => stream("stdout", format(...args) + "\n"),
    error: (...args: unknown[]) => errors.push(args),
  });
  jupyter.lastWriteDisplayData = (message: DisplayMessage, update: boolean) => {
    const id = message.transient?.display_id;
    const output: Output = {
      output_type: "display_data",
      data: message.data,
      metadata: message.metadata ?? {},
    };
    if (update && id !== undefined && displays.has(id)) outputs[displays.get(id)!] = output;
    else {
      if (id !== undefined) displays.set(id, outputs.length);
      outputs.push(output);
    }
  };
  const onAsyncError = (error: unknown) => errors.push([error]);
  process.on("uncaughtException", onAsyncError);
  process.on("unhandledRejection", onAsyncError);

  // Kept unbound on purpose: they are put back as they were after each cell, not called here.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const stdoutWrite = process.stdout.write;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const stderrWrite = process.stderr.write;
  const cells: Cell[] = notebook.cells.map((cell) => structuredClone(cell));
  const cellSeconds: number[] = [];
  let count = 0;
  let failure: { index: number; error: ErrorOutput } | undefined;
  try {
    for (const [index, cell] of cells.entries()) {
      if (cell.cell_type !== "code") continue;
      if (failure) {
        resetCell(cell);
        continue;
      }
      outputs = [];
      errors = [];
      displays.clear();
      const capture = (name: "stdout" | "stderr") =>
        ((chunk: string | Uint8Array) => {
          stream(name, typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
          return true;
        }) as typeof process.stdout.write;
      process.stdout.write = capture("stdout");
      process.stderr.write = capture("stderr");
      const started = performance.now();
      let ok: boolean;
      try {
        ok = await executor.execute(cellSource(cell));
      } catch (error) {
        errors.push([error]);
        ok = false;
      } finally {
        process.stdout.write = stdoutWrite;
        process.stderr.write = stderrWrite;
      }
      cellSeconds.push((performance.now() - started) / 1000);
      cell.execution_count = ++count;
      if (!ok) {
        const error = errorOutput(errors);
        outputs.push(error);
        failure = { index, error };
      } else if (errors.length > 0) {
        for (const args of errors) stream("stderr", formatError(args) + "\n");
      }
      cell.outputs = outputs;
    }
  } finally {
    process.off("uncaughtException", onAsyncError);
    process.off("unhandledRejection", onAsyncError);
    executor.close();
    process.chdir(previousCwd);
  }
  return {
    notebook: { ...notebook, cells },
    status: failure ? "failed" : "ok",
    failedCell: failure ? failure.index + 1 : undefined,
    error: failure?.error,
    cellSeconds,
  };
}

function resetCell(cell: CodeCell): void {
  cell.execution_count = null;
  cell.outputs = [];
}

function formatError(args: unknown[]): string {
  return args[0] instanceof Error ? (args[0].stack ?? String(args[0])) : format(...args);
}

// tslab reports a runtime error as one Error and compile errors as "%d:%d - %s" lines.
function errorOutput(errors: unknown[][]): ErrorOutput {
  const thrown = errors.find((args) => args[0] instanceof Error)?.[0] as Error | undefined;
  if (thrown) {
    return {
      output_type: "error",
      ename: thrown.name,
      evalue: thrown.message,
      traceback: traceback(thrown),
    };
  }
  if (errors.length === 0) {
    return {
      output_type: "error",
      ename: "Error",
      evalue: "the cell failed without a message",
      traceback: [],
    };
  }
  const lines = errors.map((args) =>
    args[0] === "%s%d:%d - %s"
      ? `${String(args[1])}line ${String(args[2])}, column ${String(args[3])}: ${String(args[4])}`
      : formatError(args),
  );
  return {
    output_type: "error",
    ename: "TypeScriptError",
    evalue: lines.join("\n"),
    traceback: lines,
  };
}

// V8 prefixes a vm error's stack with the offending source line and a caret, and the frames below the
// cell belong to the runner; keep the message and the frames that are the notebook's or the library's.
const runnerFrame =
  /\(node:|node:internal|node:vm|tslab[\\/]dist|notebook-worker|executeNotebook|processTicksAndRejections/;
function traceback(error: Error): string[] {
  const lines = (error.stack ?? "").split("\n");
  const frames = lines.filter((line) => /^\s+at /.test(line) && !runnerFrame.test(line));
  return [
    `${error.name}: ${error.message}`,
    ...frames.map((f) => f.replace("evalmachine.<anonymous>", "cell")),
  ];
}
