import type { PlotOptions } from "@observablehq/plot";
import { theme } from "./theme.js";

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/**
 * Plot options with the kit theme's defaults filled in; options already set win.
 *
 * Fills `className`, `width`, `height` (theme 640×320), `ariaLabel` (from a string `title`) and
 * `ariaDescription` (from a string `subtitle` or `caption`). Margins stay Plot's automatic ones.
 * @example Plot.plot(themedPlotOptions({ title: "Flags by queue", marks }))
 */
export function themedPlotOptions(options: PlotOptions): PlotOptions {
  return {
    className: theme.className,
    width: theme.width,
    height: theme.height,
    ...options,
    ariaLabel: options.ariaLabel ?? text(options.title),
    ariaDescription:
      options.ariaDescription ?? text(options.subtitle) ?? text(options.caption) ?? undefined,
  };
}
