import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/report/markdown.js";

// Found by the fuzz run (test/fuzz/sanitizer.test.ts); Markdown reaches a report from
// Markdown cells and from text/markdown outputs, which can show listing text.
describe("renderMarkdown", () => {
  it("renderMarkdown shows bidi controls as [U+XXXX] instead of letting them reorder the page", () => {
    const { html, headings } = renderMarkdown(
      "## 사진 \u202Egpj.exe\n\ntext \u2066x\u2069",
      new Set(),
    );
    expect(html).toBe(
      '<h2 id="사진-gpjexe">사진 [U+202E]gpj.exe</h2>\n<p>text [U+2066]x[U+2069]</p>\n',
    );
    expect(headings[0].id).toBe("사진-gpjexe");
  });
});
