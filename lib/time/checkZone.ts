import { TnsError } from "../errors/TnsError.js";

/**
 * Returns `zone` when it is an IANA time zone this runtime knows, and throws a {@link TnsError}
 * (exit 2) naming `option` and the fix otherwise.
 * @example checkZone("Asia/Seoul", "--zone") // "Asia/Seoul"
 */
export function checkZone(zone: string, option: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    throw new TnsError(
      `${option} ${JSON.stringify(zone)}: not a known time zone; use an IANA name like Asia/Seoul or UTC`,
    );
  }
}
