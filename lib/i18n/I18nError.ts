import { TnsError, type TnsErrorOptions } from "../errors/TnsError.js";

/** A language the kit does not write (`--param lang=fr`): bad input, exit 2. */
export class I18nError extends TnsError {
  override name = "I18nError";

  constructor(message: string, options: TnsErrorOptions = {}) {
    super(message, options);
  }
}
