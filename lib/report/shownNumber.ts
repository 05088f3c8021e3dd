/** A number as a report shows it, read back by {@link shownNumber}. */
export interface ShownNumber {
  value: number;
  /** Digits after the decimal point. */
  decimals: number;
  /** Whether it ends in `%` (`value` is then the percentage, e.g. 58.3). */
  percent: boolean;
}

/**
 * Reads text that is only a number as the page shows it: an optional sign (`-`, `+` or the minus
 * sign `−`), digits with optional `,` thousands separators, an optional fraction and an optional
 * `%`; anything else (a unit, an interval, words) is undefined. A linear scan, no regex.
 * @example shownNumber("−1,204.5%") // { value: -1204.5, decimals: 1, percent: true }
 */
export function shownNumber(text: string): ShownNumber | undefined {
  let at = 0;
  let sign = 1;
  if (text[at] === "-" || text[at] === "\u2212") {
    sign = -1;
    at++;
  } else if (text[at] === "+") at++;
  let digits = "";
  let decimals = -1;
  for (; at < text.length; at++) {
    const c = text[at];
    if (c >= "0" && c <= "9") {
      digits += c;
      if (decimals >= 0) decimals++;
    } else if (c === "," && decimals < 0 && digits !== "") continue;
    else if (c === "." && decimals < 0 && digits !== "") {
      digits += c;
      decimals = 0;
    } else break;
  }
  const percent = text[at] === "%";
  if (percent) at++;
  if (at !== text.length || digits === "" || decimals === 0) return undefined;
  return { value: sign * Number(digits), decimals: Math.max(0, decimals), percent };
}
