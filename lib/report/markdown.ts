import MarkdownIt from "markdown-it";
import { escapeHtml } from "./escapeHtml.js";
import { visibleBidi } from "./visibleBidi.js";

/** A heading found while rendering Markdown, for the table of contents. */
export interface Heading {
  level: number;
  text: string;
  id: string;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// External links would leave the report (and the CSP forbids nothing about navigation), so
// Markdown links are kept only when they point inside the report suite.
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) =>
  defaultValidate(url) && !/^\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

// An image would load a file from outside the page (the CSP blocks it: a broken image), so a
// Markdown image becomes a link to its file, labelled with its alt text.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const src = token.attrGet("src") ?? "";
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  return `<a href="${escapeHtml(src)}">${escapeHtml(alt || src)}</a>`;
};

/**
 * Slug for a heading id: letters of any script, digits and dashes.
 * @example headingSlug("Precision by queue (주간)") // "precision-by-queue-주간"
 */
export function headingSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .trim()
      .replace(/\s+/g, "-") || "section"
  );
}

/**
 * Renders notebook Markdown to HTML with raw HTML disabled (it is shown as text), images as links
 * to their files (a report loads nothing from outside) and bidi controls shown as `[U+202E]`,
 * giving every heading a stable id. `usedIds` keeps ids unique across the cells of one report.
 * @example renderMarkdown("## Volumes", new Set()) // { html: '<h2 id="volumes">Volumes</h2>\n', headings: [...] }
 */
export function renderMarkdown(
  source: string,
  usedIds: Set<string>,
): { html: string; headings: Heading[] } {
  const tokens = md.parse(source, {});
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const text = tokens[i + 1]?.content ?? "";
    const base = headingSlug(text);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    token.attrSet("id", id);
    headings.push({ level: Number(token.tag.slice(1)), text, id });
  });
  return { html: visibleBidi(md.renderer.render(tokens, md.options, {})), headings };
}
