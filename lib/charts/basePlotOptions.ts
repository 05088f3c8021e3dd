import type { PlotOptions } from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { theme } from "./theme.js";

/**
 * The Plot options every chart helper shares: title, subtitle, caption, accessible name and
 * description (the helper's sentence unless `ariaDescription` is given), size and theme margins.
 * @example renderPlot({ ...basePlotOptions(options, "Bar chart of recall by queue."), marks })
 */
export function basePlotOptions(options: ChartOptions, description: string): PlotOptions {
  return {
    title: options.title,
    subtitle: options.subtitle,
    caption: options.caption,
    ariaLabel: options.title,
    ariaDescription: options.ariaDescription ?? description,
    width: options.width ?? theme.width,
    height: options.height ?? theme.height,
    marginTop: theme.marginTop,
    marginRight: theme.marginRight,
    marginBottom: theme.marginBottom,
    marginLeft: theme.marginLeft,
  };
}
