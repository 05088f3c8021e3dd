import type { Lang } from "../i18n/Lang.js";

/** Options every chart helper accepts. */
export interface ChartOptions {
  /** Visible title and accessible name of the chart; required. */
  title: string;
  /** Line under the title; default none. */
  subtitle?: string;
  /** Caption under the chart, e.g. the data source and n; default none. */
  caption?: string;
  /** Accessible description read by screen readers; default a sentence the helper writes from the data. */
  ariaDescription?: string;
  /** Width in px; default `theme.width` (640). */
  width?: number;
  /** Height in px; default `theme.height` (320), or grown to fit categories in horizontal bar charts. */
  height?: number;
  /** Label of the x axis; default the x column name, none when x is a function. */
  xLabel?: string | null;
  /** Label of the y axis; default the y column name, none when y is a function. */
  yLabel?: string | null;
  /** The language of the words the chart writes itself ("Show the numbers", "No data"); default "en". */
  lang?: Lang;
}
