import { TnsError } from "../errors/TnsError.js";
import { DEFAULT_ZONE } from "./defaultZone.js";

/**
 * Returns `zone` when it is an IANA time zone this runtime knows, and throws a {@link TnsError}
 * (exit 2) naming `option` and the fix otherwise.
 * @example checkZone("Europe/Berlin", "--zone") // "Europe/Berlin"
 */
export function checkZone(zone: string, option: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    throw new TnsError(
      `${option} ${JSON.stringify(zone)}: not a known time zone; use an IANA name like ${DEFAULT_ZONE} or UTC`,
    );
  }
}
