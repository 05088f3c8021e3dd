import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/report/markdown.js";

// Both found by the fuzz run (test/fuzz/sanitizer.test.ts); Markdown reaches a report from
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

  it("renderMarkdown turns an image into a link to its file, so the page loads nothing from outside", () => {
    expect(renderMarkdown("![weekly chart](charts/w1.png) ![](x.png)", new Set()).html).toBe(
      '<p><a href="charts/w1.png">weekly chart</a> <a href="x.png">x.png</a></p>\n',
    );
    // Schemes stay refused, as for links.
    expect(renderMarkdown("![t](https://evil.example/t.png)", new Set()).html).not.toMatch(
      /<a|<img/,
    );
  });
});
