import { TnsError } from "../errors/TnsError.js";
/** Where a load problem is; every field but `file` is optional (some problems are file-wide). */
export interface DataLoadErrorDetails {
  file: string;
  line?: number;
  row?: number;
  column?: string;
  value?: unknown;
}

/**
 * A file that cannot be loaded as declared: the message names the file, the line (1-based physical
 * line in CSV/JSONL) or row (1-based data row in Parquet), the column and the value, then the fix.
 * @example try { await loadCsv(path, schema); } catch (e) { if (e instanceof DataLoadError) console.error(e.line); }
 */
export class DataLoadError extends TnsError {
  override name = "DataLoadError";
  readonly file: string;
  readonly line?: number;
  readonly row?: number;
  readonly column?: string;
  readonly value?: unknown;

  constructor(message: string, details: DataLoadErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.file = details.file;
    this.line = details.line;
    this.row = details.row;
    this.column = details.column;
    this.value = details.value;
  }
}
