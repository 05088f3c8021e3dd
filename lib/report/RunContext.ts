/** An input a run read, identified by content. */
export interface DataFileHash {
  /**
   * The file's path relative to the dataset's folder, with forward slashes (the same on every
   * machine and every run); "SQL source" for a table's query whose files are not all named.
   */
  path: string;
  /** What the dataset definition reads it as: "definition", "tables.listings", "lists", "rules", … */
  role: string;
  /** SHA-256 of the file's bytes (of the query's UTF-8 text for a SQL source). */
  sha256: string;
  bytes: number;
}

/**
 * What a rendered report was made from, recorded in the report and in reports/manifest.json so a
 * rerun can be checked: the code (git commit) and the data (a hash of every input the dataset
 * definition reads). Nothing time-dependent, so the same inputs give the same report bytes.
 */
export interface RunContext {
  /** `git rev-parse HEAD`, with " (modified)" when the work tree has uncommitted changes; "unknown" outside git. */
  gitCommit: string;
  data: DataFileHash[];
}
