import { TnsError } from "../errors/TnsError.js";
/**
 * A stream input or option that cannot be used (a malformed line under `malformed: "stop"`, a bad
 * window size): the message names the source, line and fix. `tns monitor` maps it to exit 2.
 * @example try { for await (const e of jsonlEvents(path, { malformed: "stop" })) {} } catch (e) { if (e instanceof StreamError) console.error(e.line); }
 */
export class StreamError extends TnsError {
  override name = "StreamError";
  /** 1-based line of the source, when the problem is on one line. */
  readonly line?: number;

  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}
