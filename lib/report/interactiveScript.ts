import { createHash } from "node:crypto";
import { chartScript } from "./chartScript.js";
import { tableScript } from "./tableScript.js";

/**
 * The one script a report carries: sortable tables, a filter box on long ones, and chart values on
 * hover. It reads the page's own text and moves existing nodes; it never builds markup from data
 * (no innerHTML), loads nothing and sends nothing, and a page reads completely without it. Its
 * SHA-256 is pinned in the Content-Security-Policy, so no other script (an injected one included)
 * can run.
 */
export const interactiveScript = `${tableScript}\n${chartScript}`;

/** The script's hash as the Content-Security-Policy names it: `'sha256-…'`. */
export const interactiveScriptHash = `'sha256-${createHash("sha256").update(interactiveScript).digest("base64")}'`;
