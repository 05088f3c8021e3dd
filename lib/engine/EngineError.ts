import { TnsError } from "../errors/TnsError.js";

/**
 * An engine that cannot be used as asked: an unknown name, an unreachable server, missing
 * credentials, or a query the engine refused; the message names the engine and the fix.
 * @example throw new EngineError("engine clickhouse: http://ch:8123 is unreachable (ECONNREFUSED); check the url");
 */
export class EngineError extends TnsError {
  override name = "EngineError";
}
