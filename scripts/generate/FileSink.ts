import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { csvField, type CsvValue } from "./csvField.js";

const FLUSH_BYTES = 1 << 20;

/**
 * A buffered, synchronous text file writer with bounded memory: lines collect up to ~1 MB and are
 * written out; the data goes to a temporary file renamed over the target on {@link FileSink.close}.
 * @example const sink = new FileSink("data/x.csv"); sink.csvRow(["a", 1]); sink.close();
 */
export class FileSink {
  readonly path: string;
  readonly #temporary: string;
  readonly #fd: number;
  #chunks: string[] = [];
  #pending = 0;
  /** Lines written so far (a CSV header counts). */
  lines = 0;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.path = path;
    this.#temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.#fd = openSync(this.#temporary, "w");
  }

  /** Appends one line (a newline is added). */
  line(text: string): void {
    this.#chunks.push(text, "\n");
    this.#pending += text.length + 1;
    this.lines += 1;
    if (this.#pending >= FLUSH_BYTES) this.#flush();
  }

  /** Appends one CSV record. */
  csvRow(values: readonly CsvValue[]): void {
    this.line(values.map(csvField).join(","));
  }

  /** Writes what is buffered and moves the file into place. */
  close(): void {
    this.#flush();
    closeSync(this.#fd);
    renameSync(this.#temporary, this.path);
  }

  /** Closes and deletes the temporary file, leaving any previous target untouched. */
  abort(): void {
    closeSync(this.#fd);
    rmSync(this.#temporary, { force: true });
  }

  #flush(): void {
    if (this.#chunks.length === 0) return;
    writeSync(this.#fd, this.#chunks.join(""));
    this.#chunks = [];
    this.#pending = 0;
  }
}
