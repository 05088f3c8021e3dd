import { escapeHtml } from "./escapeHtml.js";

/**
 * The Content-Security-Policy every report carries: nothing may load or run except inline styles
 * and data: images, so a hostile string that slipped through escaping still cannot execute.
 */
export const reportContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

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
 * Wraps a report body in the page skeleton: charset, strict CSP, viewport, inline styles.
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
    `<body><div class="page">${parts.body}</div></body>`,
    "</html>",
    "",
  ].join("\n");
  // Hostile text can carry lone UTF-16 surrogates through Markdown or HTML outputs; the file must
  // still be valid UTF-8, so they become U+FFFD.
  return page.toWellFormed();
}
