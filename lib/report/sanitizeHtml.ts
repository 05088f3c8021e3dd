import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import { cssIsSafe } from "./cssIsSafe.js";
import { visibleBidi } from "./visibleBidi.js";

type Purifier = ReturnType<typeof createDOMPurify>;
let purifier: Purifier | undefined;

// Attributes that make a browser fetch or navigate; only in-page (#) and data: images may stay.
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

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const { window } = new JSDOM("");
  const instance = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  instance.addHook("uponSanitizeAttribute", (_node, data) => {
    if (urlAttributes.has(data.attrName) && externalUrl.test(data.attrValue)) data.keepAttr = false;
    if (urlListAttributes.has(data.attrName)) data.keepAttr = false;
    if (cssAttributes.has(data.attrName) && !cssIsSafe(data.attrValue)) data.keepAttr = false;
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
 * bidi overrides; styling and inline SVG are kept.
 * @example sanitizeHtml('<b onclick="x()">hi</b>') // "<b>hi</b>"
 */
export function sanitizeHtml(html: string): string {
  const clean = getPurifier().sanitize(html, {
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
}
