import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import { isCsvDataUri } from "../export/csvDataUri.js";
import { csvFileStem } from "./tableDownloadHtml.js";
import { cssIsSafe } from "./cssIsSafe.js";
import { visibleBidi } from "./visibleBidi.js";

type Purifier = ReturnType<typeof createDOMPurify>;
let purifier: Purifier | undefined;

/** Options for {@link sanitizeHtml}. */
export interface SanitizeHtmlOptions {
  /**
   * Names the file of each CSV download link, given the name the link suggests (already reduced to
   * letters, digits and `-`, ending in `.csv`). Default: the suggested name.
   */
  csvFileName?: (suggested: string) => string;
}

// Attributes that make a browser fetch or navigate; only in-page (#) and data: images may stay, and
// CSV downloads (below).
const urlAttributes = new Set([
  "href",
  "xlink:href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "background",
  "ping",
]);
const externalUrl = /^\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)/i;
// Lists of URLs (a later candidate can point outside when the first is in-page); not needed offline.
const urlListAttributes = new Set(["srcset", "imagesrcset", "ping"]);
// Attributes read as CSS: style, and the SVG presentation attributes that take url().
const cssAttributes = new Set([
  "style",
  "fill",
  "stroke",
  "filter",
  "clip-path",
  "mask",
  "marker-start",
  "marker-mid",
  "marker-end",
  "cursor",
]);

// The options of the sanitize call under way (hooks are shared; sanitizing is synchronous).
let current: SanitizeHtmlOptions = {};

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const { window } = new JSDOM("");
  const instance = createDOMPurify(window);
  instance.addHook("uponSanitizeAttribute", (node, data) => {
    // A table's data as a download: an <a href="data:text/csv;…"> made by csvDataUri, nothing else.
    if (
      data.attrName === "href" &&
      node.nodeName.toLowerCase() === "a" &&
      isCsvDataUri(data.attrValue)
    ) {
      data.forceKeepAttr = true;
      return;
    }
    if (urlAttributes.has(data.attrName) && externalUrl.test(data.attrValue)) data.keepAttr = false;
    if (urlListAttributes.has(data.attrName)) data.keepAttr = false;
    if (cssAttributes.has(data.attrName) && !cssIsSafe(data.attrValue)) data.keepAttr = false;
  });
  instance.addHook("afterSanitizeAttributes", (node) => {
    const element = node;
    if (!element.hasAttribute?.("download") && element.nodeName?.toLowerCase() !== "a") return;
    const href = element.getAttribute("href");
    const csv = href !== null && isCsvDataUri(href);
    const download = element.getAttribute("download");
    if (csv && download !== null) {
      const stem = csvFileStem(download.replace(/\.csv$/i, ""));
      element.setAttribute("download", (current.csvFileName ?? ((s) => s))(`${stem}.csv`));
    } else {
      // A download of anything but a CSV link, or a CSV link that is not a download.
      element.removeAttribute("download");
      if (csv) element.removeAttribute("href");
    }
  });
  instance.addHook("uponSanitizeElement", (node) => {
    if (node.nodeName.toLowerCase() === "style" && node.textContent && !cssIsSafe(node.textContent))
      node.textContent = "";
  });
  purifier = instance;
  return instance;
}

/**
 * Cleans HTML or SVG produced by a notebook before it goes into a report: no scripts, no event
 * handlers, no `javascript:` or external URLs (CSS and SVG paint, filter, clip and mask
 * references included; `srcset` and `ping` dropped), no forms or frames, no invisible
 * bidi overrides; styling and inline SVG are kept, and so are a table's CSV download links (an
 * `<a download>` whose `href` is exactly what {@link csvDataUri} makes) — no other `data:` link.
 * @example sanitizeHtml('<b onclick="x()">hi</b>') // "<b>hi</b>"
 */
export function sanitizeHtml(html: string, options: SanitizeHtmlOptions = {}): string {
  const purify = getPurifier();
  current = options;
  try {
    const clean = purify.sanitize(html, {
      USE_PROFILES: { html: true, svg: true, svgFilters: true },
      ADD_TAGS: ["style"],
      FORBID_TAGS: [
        "script",
        "iframe",
        "object",
        "embed",
        "form",
        "input",
        "button",
        "base",
        "link",
        "meta",
        "foreignObject",
      ],
      WHOLE_DOCUMENT: false,
      FORCE_BODY: true,
    });
    return visibleBidi(clean);
  } finally {
    current = {};
  }
}
