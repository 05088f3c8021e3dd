// User-facing messages of the time module: what is invalid, the value, and the fix.
import { DEFAULT_ZONE } from "./defaultZone.js";

/** The time zone is not one Intl knows. */
export const unknownTimeZone = (zone: string): string =>
  `wallClockTime: time zone ${JSON.stringify(zone)} is unknown; pass an IANA name such as "${DEFAULT_ZONE}" or "UTC"`;
