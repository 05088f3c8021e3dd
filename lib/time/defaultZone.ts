/**
 * The dataset's default time zone (IANA name): timestamps written without an offset are
 * wall-clock time here, and days, weeks and months follow its calendar, unless a dataset's `zone`
 * (or a `zone` option) says otherwise. The one place the kit, its scripts and the sample data
 * generator name it.
 * @example periodStart(Date.now(), "day", { zone: DEFAULT_ZONE })
 */
export const DEFAULT_ZONE = "Asia/Seoul";

/**
 * The UTC offset of {@link DEFAULT_ZONE} in milliseconds (+09:00). Korea has kept it without
 * daylight saving since 1988, so day arithmetic in the default zone needs no zone database.
 * @example new Date(Date.UTC(2026, 7, 1) - DEFAULT_ZONE_OFFSET_MS) // midnight of 2026-08-01 in the default zone
 */
export const DEFAULT_ZONE_OFFSET_MS = 9 * 3_600_000;
