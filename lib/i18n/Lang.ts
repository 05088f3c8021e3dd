/** A language the kit writes its reports in: English (the default) or Korean. */
export type Lang = "en" | "ko";

/** Every {@link Lang}, in the order help texts list them. */
export const langs: readonly Lang[] = ["en", "ko"];
