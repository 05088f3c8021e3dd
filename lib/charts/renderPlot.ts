import * as Plot from "@observablehq/plot";
import type { PlotOptions, ScaleOptions } from "@observablehq/plot";
import { chartNumbersElement } from "./chartNumbersElement.js";
import type { Lang } from "../i18n/Lang.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { missingAccessibleName } from "./messages.js";
import { plotDocument } from "./plotDocument.js";
import { serializeWithStableIds } from "./stableIds.js";
import { theme } from "./theme.js";
import { themedPlotOptions } from "./themedPlotOptions.js";

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const PLOT_FONT = "system-ui, sans-serif";
const SEQUENTIAL_TYPES = new Set([
  ...["linear", "pow", "sqrt", "log", "symlog", "sequential"],
  ...["utc", "time", "threshold", "quantile", "quantize"],
]);
const ORDINAL_TYPES = new Set(["ordinal", "categorical"]);
const ORDINAL_POSITION_TYPES = new Set(["band", "point", "ordinal"]);

type Rendered = ReturnType<typeof Plot.plot>;

/** Colour options that apply the theme palette, or undefined when the user chose colours already. */
function themedColor(
  color: ScaleOptions | undefined,
  rendered: Rendered,
): ScaleOptions | undefined {
  if (color?.scheme !== undefined || color?.range !== undefined) return undefined;
  if (color?.interpolate !== undefined) return undefined;
  const type = rendered.scale("color")?.type;
  if (type == null) return undefined;
  if (ORDINAL_TYPES.has(type)) return { ...color, range: [...theme.categorical] };
  if (SEQUENTIAL_TYPES.has(type)) return { ...color, scheme: theme.sequentialScheme as "viridis" };
  return undefined;
}

function isOrdinalPosition(rendered: Rendered, name: "y" | "fy"): boolean {
  const type = rendered.scale(name)?.type;
  return type != null && ORDINAL_POSITION_TYPES.has(type);
}

function applyFonts(root: Element, className: string): void {
  const document = root.ownerDocument;
  const svgs = root.localName === "svg" ? [root] : [...root.querySelectorAll("svg")];
  for (const svg of svgs) {
    if (svg.getAttribute("font-family") === PLOT_FONT) {
      svg.setAttribute("font-family", theme.fontFamily);
      svg.setAttribute("font-size", String(theme.fontSize));
    }
    // An explicit namespace keeps each SVG valid on its own (a file or a data: URL), not only inline.
    if (svg.parentElement?.namespaceURI !== SVG_NAMESPACE) svg.setAttribute("xmlns", SVG_NAMESPACE);
  }
  if (root.localName !== "figure") return;
  // Plot styles its figure text (title, legend) at 10px with zero-specificity rules; these win.
  const style = document.createElement("style");
  const figure = `.${className}-figure`;
  style.textContent = [
    `${figure} { font-family: ${theme.fontFamily}; font-size: ${theme.fontSize}px; margin: 0 0 1em; }`,
    `${figure} h2 { font-size: ${theme.titleFontSize}px; font-weight: 600; margin: 0 0 0.25em; }`,
    `${figure} h3 { font-size: ${theme.fontSize}px; font-weight: 400; color: #555; margin: 0 0 0.5em; }`,
    `${figure} .${className}-swatches { font: inherit; }`,
    `${figure} figcaption { font-size: ${theme.fontSize - 1}px; color: #555; }`,
    `${figure} .${className}-numbers summary { color: #555; cursor: pointer; }`,
  ].join("\n");
  root.prepend(style);
}

/**
 * Renders Observable Plot options to an SVG (or, with a title, subtitle, caption or legend, a
 * `<figure>`) HTML string, in Node, with the kit theme applied.
 *
 * Theme defaults fill in what `options` leaves unset: size 640×320 (height stays automatic for
 * categorical y axes), the Okabe–Ito palette for categorical colour, viridis for sequential colour,
 * the system font stack at 12px, and `ariaLabel`/`ariaDescription` from a string
 * `title`/`subtitle`/`caption`. The output is deterministic: element ids are derived from the
 * chart's content. Plot shows `Date` values in UTC; the chart helpers place dates in
 * `theme.timeZone` with `wallClockTime`. Text from data is escaped by the serialiser.
 * With `numbers`, a closed "Show the numbers" `<details>` table follows the chart (inside its
 * figure): the values the marks encode, readable without a mouse or JavaScript.
 * Throws when the chart would have no accessible name (no `ariaLabel` and no string `title`).
 * @example const svg = renderPlot({ title: "Flags by queue", marks: [Plot.barY(rows, { x: "queue", y: "n" })] });
 */
export function renderPlot(
  options: PlotOptions,
  numbers?: ChartNumbers,
  lang: Lang = "en",
): string {
  const themed = themedPlotOptions(options);
  if (themed.ariaLabel == null || themed.ariaLabel === "") {
    throw new Error(missingAccessibleName("renderPlot"));
  }
  const document = plotDocument();
  let rendered = Plot.plot({ ...themed, document });
  // Scale types are known only after Plot infers them from the data, hence the second pass.
  const color = themedColor(options.color, rendered);
  const autoHeight =
    options.height === undefined &&
    (isOrdinalPosition(rendered, "y") || isOrdinalPosition(rendered, "fy"));
  if (color !== undefined || autoHeight) {
    const height = autoHeight ? undefined : themed.height;
    rendered = Plot.plot({ ...themed, color: color ?? options.color, height, document });
  }
  const className = themed.className ?? theme.className;
  applyFonts(rendered, className);
  if (numbers === undefined) return serializeWithStableIds(rendered, className);
  const details = chartNumbersElement(document, numbers, className, lang);
  if (rendered.localName === "figure") {
    rendered.append(details);
    return serializeWithStableIds(rendered, className);
  }
  return serializeWithStableIds(rendered, className) + details.outerHTML;
}
