import { escapeHtml } from "./escapeHtml.js";
import { interactiveScript, interactiveScriptHash } from "./interactiveScript.js";

/**
 * The Content-Security-Policy every report carries: nothing may load or run except inline styles,
 * data: images and the kit's own table script, pinned by its hash — so a hostile string that
 * slipped through escaping still cannot execute, and no script may fetch anything.
 */
export const reportContentSecurityPolicy = `default-src 'none'; script-src ${interactiveScriptHash}; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'`;

/** Parts of a report page. */
export interface ReportDocumentParts {
  title: string;
  styles: string;
  /** Trusted, already-escaped HTML for the page body. */
  body: string;
  /** Default: "ko". */
  lang?: string;
}

/**
 * Wraps a report body in the page skeleton: charset, strict CSP, viewport, inline styles, and the
 * table script (sorting, filtering) the CSP allows by hash.
 * @example reportDocument({ title: "Reports", styles: reportStyles, body: "<p>hi</p>" })
 */
export function reportDocument(parts: ReportDocumentParts): string {
  const page = [
    "<!doctype html>",
    `<html lang="${escapeHtml(parts.lang ?? "ko")}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.styles}</style>`,
    "</head>",
    `<body><div class="page">${parts.body}</div><script>${interactiveScript}</script></body>`,
    "</html>",
    "",
  ].join("\n");
  // Hostile text can carry lone UTF-16 surrogates through Markdown or HTML outputs; the file must
  // still be valid UTF-8, so they become U+FFFD.
  return page.toWellFormed();
}
