import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "../../lib/report/sanitizeHtml.js";
import { escapeHtml } from "../../lib/report/escapeHtml.js";
import { cssIsSafe } from "../../lib/report/cssIsSafe.js";
import { csvDataUri } from "../../lib/export/csvDataUri.js";

describe("sanitizeHtml", () => {
  it("sanitizeHtml drops style attributes that reach an external URL through CSS escapes or image-set", () => {
    for (const css of [
      "background: u\\72l(https://evil.example/a.png)",
      "background: u\\rl(https://evil.example/a.png)",
      "background-image: image-set('https://evil.example/a.png' 1x)",
      "background-image: -webkit-image-set(url(https://evil.example/a.png) 1x)",
      "background: ur/**/l(https://evil.example/a.png)",
      "background: URL( 'https://evil.example/a.png' )",
      "background: url(//evil.example/a.png)",
    ]) {
      const clean = sanitizeHtml(`<div style="${css.replace(/"/g, "&quot;")}">x</div>`);
      expect(clean, css).not.toMatch(/evil/);
      expect(clean, css).toBe("<div>x</div>");
    }
  });

  it("sanitizeHtml drops SVG paint, filter, clip and mask references to outside the page", () => {
    // Found by the fuzz run (test/fuzz/sanitizer.test.ts): only style attributes were checked.
    const clean = sanitizeHtml(
      '<svg><rect fill="url(https://evil.example/p.svg#g)" filter="u\\72l(//evil.example/f#x)" mask="url(x.svg#m)" stroke="url(#ok)" clip-path="url(#clip-1)"/></svg>',
    );
    expect(clean).toBe('<svg><rect stroke="url(#ok)" clip-path="url(#clip-1)"></rect></svg>');
  });

  it("sanitizeHtml drops srcset and ping, whose later entries can point outside the page", () => {
    // Found by the fuzz run: only the start of the value was checked ("#a 1x, https://… 2x").
    expect(
      sanitizeHtml(
        '<img src="data:image/png;base64,AA" srcset="#a 1x, https://evil.example/b.png 2x"><a href="#x" ping="#y https://evil.example/p">x</a>',
      ),
    ).toBe('<img src="data:image/png;base64,AA"><a href="#x">x</a>');
  });

  it("sanitizeHtml empties a <style> element that imports or fetches", () => {
    const clean = sanitizeHtml(
      "<style>@imp\\6frt 'https://evil.example/x.css'; .a{color:red}</style><p>x</p>",
    );
    expect(clean).not.toMatch(/evil/);
    expect(clean).toContain("<p>x</p>");
  });

  it("sanitizeHtml keeps in-page url(#id) and plain styling", () => {
    expect(sanitizeHtml('<div style="clip-path: url(#clip-1); color: red">x</div>')).toBe(
      '<div style="clip-path: url(#clip-1); color: red">x</div>',
    );
    expect(cssIsSafe(".tick { stroke: currentColor }")).toBe(true);
  });

  it("sanitizeHtml and escapeHtml show a right-to-left override instead of applying it", () => {
    expect(sanitizeHtml("<b>photo\u202Egpj.exe</b>")).toBe("<b>photo[U+202E]gpj.exe</b>");
    expect(escapeHtml("photo\u202Egpj.exe\u2066")).toBe("photo[U+202E]gpj.exe[U+2066]");
  });
});

describe("sanitizeHtml and CSV download links", () => {
  const uri = csvDataUri("queue,precision\r\nbags,0.87\r\n");

  it("sanitizeHtml keeps a table's CSV download link and names its file", () => {
    const html = `<a class="csv" download="queues.csv" href="${uri}" title="t">CSV</a>`;
    expect(sanitizeHtml(html)).toBe(html);
    expect(sanitizeHtml(html, { csvFileName: (s) => `01-overview-${s}` })).toBe(
      html.replace('download="queues.csv"', 'download="01-overview-queues.csv"'),
    );
  });

  it("sanitizeHtml reduces a CSV link's file name to letters, digits and dashes", () => {
    const clean = sanitizeHtml(`<a download="../../etc/passwd .exe" href="${uri}">x</a>`);
    expect(clean).toContain('download="etc-passwd-exe.csv"');
  });

  it("sanitizeHtml drops every other data: link and every other download", () => {
    const cases: [string, string][] = [
      [`<a download="x.html" href="data:text/html;base64,PHNjcmlwdD4=">x</a>`, "<a>x</a>"],
      [`<a download="x.csv" href="data:text/csv,a,b">x</a>`, "<a>x</a>"],
      [`<a download="x.csv" href="data:text/csv;charset=utf-8,%EF%BB%BFa b">x</a>`, "<a>x</a>"],
      [`<a href="${uri}">no download</a>`, "<a>no download</a>"],
      [`<a download="x.csv" href="https://evil.example/x.csv">x</a>`, "<a>x</a>"],
      [`<a download="x.csv" href="#top">x</a>`, '<a href="#top">x</a>'],
      [`<img src="${uri}" download="x.csv">`, "<img>"],
      [`<svg><image href="${uri}"></image></svg>`, "<svg><image></image></svg>"],
    ];
    for (const [dirty, clean] of cases) expect(sanitizeHtml(dirty), dirty).toBe(clean);
  });
});
