/**
 * What every page, table, chart and message of the kit shows for a missing value (null, undefined,
 * NaN, an empty share): an en dash. The one missing-value symbol: not n/a, not an em dash.
 * @example formatValue(null) === MISSING // true
 */
export const MISSING = "–";
