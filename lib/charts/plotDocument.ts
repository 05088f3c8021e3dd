import { createRequire } from "node:module";
import type { JSDOM as JSDOMClass } from "jsdom";

let shared: Document | undefined;

/**
 * The one jsdom `Document` that charts render into, created on first use.
 *
 * jsdom is loaded lazily (it takes ~0.6 s) so that importing the kit without drawing charts stays fast.
 * @example const svg = Plot.plot({ document: plotDocument(), marks: [] });
 */
export function plotDocument(): Document {
  if (shared === undefined) {
    // createRequire keeps the load synchronous; jsdom is CommonJS.
    const require = createRequire(import.meta.url);
    const { JSDOM } = require("jsdom") as { JSDOM: typeof JSDOMClass };
    shared = new JSDOM("").window.document;
  }
  return shared;
}
