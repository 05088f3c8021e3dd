import { escapeHtml } from "./escapeHtml.js";
import { interactiveScript, interactiveScriptHash } from "./interactiveScript.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import { koreanReportStyles } from "./reportStyles.js";

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
  /**
   * The language of the kit's words on the page. Other than English, the words the table script
   * writes (filter box, row counts) ride on the body as data attributes, so the script, and the hash
   * the CSP pins, stay the same in every language. The page's `lang` attribute stays "ko": the data
   * it shows (listing titles, queues) is Korean. Default: "en".
   */
  lang?: Lang;
}

/**
 * Wraps a report body in the page skeleton: charset, strict CSP, viewport, inline styles, and the
 * table script (sorting, filtering) the CSP allows by hash.
 * @example reportDocument({ title: "Reports", styles: reportStyles, body: "<p>hi</p>" })
 */
export function reportDocument(parts: ReportDocumentParts): string {
  const page = [
    "<!doctype html>",
    '<html lang="ko">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.styles}${parts.lang === "ko" ? koreanReportStyles : ""}</style>`,
    "</head>",
    `<body${scriptWords(parts.lang ?? "en")}><div class="page">${parts.body}</div><script>${interactiveScript}</script></body>`,
    "</html>",
    "",
  ].join("\n");
  // Hostile text can carry lone UTF-16 surrogates through Markdown or HTML outputs; the file must
  // still be valid UTF-8, so they become U+FFFD.
  return page.toWellFormed();
}

// The table script's words as body attributes; English pages carry none (the script's own defaults).
function scriptWords(lang: Lang): string {
  if (lang === "en") return "";
  const t = messages(lang).table;
  const words = {
    "data-filter-placeholder": t.filterPlaceholder,
    "data-filter-label": t.filterLabel,
    "data-row-count": t.rowCount,
    "data-rows-of": t.rowsOf,
  };
  return Object.entries(words)
    .map(([name, text]) => ` ${name}="${escapeHtml(text)}"`)
    .join("");
}
