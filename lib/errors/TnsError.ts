/** Options for {@link TnsError}. */
export interface TnsErrorOptions {
  /** What to do about it. Default: the part of the message after its first "; ". */
  fix?: string;
  /** The command line's exit code: 2 for bad input (default), 1 for a check that failed. */
  exitCode?: 1 | 2;
  cause?: unknown;
}

/**
 * The base of every expected failure of the kit — bad arguments, files, data, rules, zones, dates:
 * the message says what is invalid, the value, and the fix. `tns` prints the message (no stack
 * trace) and exits with `exitCode`; anything else is a bug.
 * @example throw new TnsError("--zone Mars/Base: unknown time zone; use an IANA name like UTC");
 */
export class TnsError extends Error {
  override name = "TnsError";
  readonly fix: string;
  readonly exitCode: 1 | 2;

  constructor(message: string, options: TnsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const semicolon = message.indexOf("; ");
    this.fix = options.fix ?? (semicolon >= 0 ? message.slice(semicolon + 2) : "");
    this.exitCode = options.exitCode ?? 2;
  }
}
