/** A data file a run read, identified by content. */
export interface DataFileHash {
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * What a rendered report was made from, recorded in the report and in reports/manifest.json so a
 * rerun can be checked: the code (git commit) and the data (file hashes). Nothing time-dependent,
 * so the same inputs give the same report bytes.
 */
export interface RunContext {
  /** `git rev-parse HEAD`, with " (modified)" when the work tree has uncommitted changes; "unknown" outside git. */
  gitCommit: string;
  data: DataFileHash[];
}
