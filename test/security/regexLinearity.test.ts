// Every pattern the kit runs on untrusted text (cells, titles, outputs, rule files, stream lines),
// timed on adversarial input at two sizes: the growth must be linear. Each shape is one that makes
// a backtracking pattern of that place quadratic or worse.
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { cellParser } from "../../lib/data/cellParser.js";
import { isDecimalNumber } from "../../lib/data/isDecimalNumber.js";
import { timestampParser } from "../../lib/time/timestampParser.js";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";
import { maskPersonalData } from "../../lib/privacy/maskPersonalData.js";
import { markupText } from "../../lib/report/markupText.js";
import { cssIsSafe } from "../../lib/report/cssIsSafe.js";
import { sanitizeHtml } from "../../lib/report/sanitizeHtml.js";
import { escapeHtml } from "../../lib/report/escapeHtml.js";
import { notebookSummary } from "../../lib/report/notebookSummary.js";
import { renderNotebookHtml } from "../../lib/report/renderNotebookHtml.js";
import { serializeWithStableIds } from "../../lib/charts/stableIds.js";
import { tokenizeRuleExpression } from "../../lib/rules/tokenizeRuleExpression.js";
import { normalizeText } from "../../lib/rules/normalizeText.js";
import type { Notebook } from "../../lib/report/Notebook.js";
import { linearGrowthRatio, linearBound } from "../support/growth.js";

const markdownNotebook = (source: string): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [{ cell_type: "markdown", source, metadata: {} }],
});

const { document } = new JSDOM("").window;
const svgWithLabel = (label: string) => {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
  text.setAttribute("aria-label", label);
  svg.append(text);
  return svg;
};

const number = cellParser({ type: "number" }, "Asia/Seoul")!;
const timestamp = timestampParser("Asia/Seoul")!;

// [where the pattern runs, adversarial input of size n, the call]
const cases: [string, (n: number) => string, (s: string) => unknown][] = [
  ["number cell: long digits ending badly", (n) => "1".repeat(n) + "x", number],
  [
    "number cell: digits, dot, digits ending badly",
    (n) => "1".repeat(n / 2) + "." + "1".repeat(n / 2) + "e",
    isDecimalNumber,
  ],
  ["number cell: trailing spaces then junk", (n) => "1" + " ".repeat(n) + "x", isDecimalNumber],
  ["timestamp cell: long fraction", (n) => "2026-10-29T10:00:00." + "1".repeat(n) + "x", timestamp],
  [
    "timestamp cell: spaces before the zone",
    (n) => "2026-10-29T10:00:00" + " ".repeat(n) + "x",
    timestamp,
  ],
  [
    "personal data: messenger keyword then spaces",
    (n) => "카톡" + " ".repeat(n) + "!",
    findPersonalData,
  ],
  ["personal data: e-mail local part", (n) => "a".repeat(n) + "@a", maskPersonalData],
  ["personal data: digit groups", (n) => "1 ".repeat(n / 2), maskPersonalData],
  ["output text: unclosed tags", (n) => "<a".repeat(n / 2), markupText],
  ["output text: unclosed style", (n) => "<style>".repeat(n / 7), markupText],
  ["sanitiser CSS: url( without )", (n) => "url(".repeat(n / 4), cssIsSafe],
  ["sanitiser CSS: url( and spaces", (n) => "url(" + " ".repeat(n), cssIsSafe],
  [
    "sanitiser: style attribute with url(",
    (n) => `<b style="${"url(#".repeat(n / 5)}">x</b>`,
    sanitizeHtml,
  ],
  ["escapeHtml: bidi and markup characters", (n) => "\u202E<&".repeat(n / 3), escapeHtml],
  [
    "chart ids: url(# without )",
    (n) => "url(#".repeat(n / 5),
    (s) => serializeWithStableIds(svgWithLabel(s), "p"),
  ],
  [
    "report summary: unclosed links",
    (n) => "Intro " + "[".repeat(n),
    (s) => notebookSummary(markdownNotebook(s)),
  ],
  [
    "report page: headings without end",
    (n) => "# T\n\n" + "x ".repeat(n / 2),
    (s) => renderNotebookHtml(markdownNotebook(s), { source: "t.ipynb" }),
  ],
  [
    "rule expression: many numbers",
    (n) => "price > 1 or ".repeat(n / 13) + "price > 1",
    tokenizeRuleExpression,
  ],
  [
    "rule normalisation: all steps",
    (n) => "r3p\u200Bl1ca 가 품 ".repeat(n / 12),
    (s) => normalizeText(s, ["nfkc", "zero_width", "confusables", "leet", "spaces"]),
  ],
];

describe("no super-linear pattern on untrusted text", () => {
  for (const [name, make, call] of cases) {
    it(`${name} grows linearly`, () => {
      const { ratio, factor } = linearGrowthRatio(make, call, { small: 4_000, factor: 16 });
      expect(ratio).toBeLessThan(linearBound(factor));
    });
  }
});
