// Fuzz run of the report's HTML safety (issue 12): generated hostile HTML and SVG through
// sanitizeHtml, hostile Markdown through renderMarkdown, arbitrary text through escapeHtml. Each
// output is parsed by jsdom as a browser would read the report page, then checked: no script, no
// event handler, no URL or CSS that points outside the page, no raw bidi control. Seeds are fixed.
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../lib/report/escapeHtml.js";
import { renderMarkdown } from "../../lib/report/markdown.js";
import { sanitizeHtml } from "../../lib/report/sanitizeHtml.js";

const { document } = new JSDOM("<!DOCTYPE html><body>").window;
const container = document.createElement("div");
document.body.append(container);

/** An output as the report page holds it (inside a div in the body), parsed as a browser parses it. */
const parsed = (html: string): Element => {
  container.innerHTML = html;
  return container;
};

const bidi = /[\u202A-\u202E\u2066-\u2069]/;

// Elements that run code, load a document or resource, or rewrite an attribute later.
const forbiddenElements = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "link",
  "meta",
  "portal",
  "animate",
  "set",
  "animatemotion",
  "animatetransform",
  "animatecolor",
]);

// Attributes whose value is fetched or navigated to, and how to split it into URLs.
const urlAttributes: Record<string, (value: string) => string[]> = {
  href: (v) => [v],
  "xlink:href": (v) => [v],
  src: (v) => [v],
  action: (v) => [v],
  formaction: (v) => [v],
  poster: (v) => [v],
  background: (v) => [v],
  data: (v) => [v],
  codebase: (v) => [v],
  lowsrc: (v) => [v],
  dynsrc: (v) => [v],
  manifest: (v) => [v],
  icon: (v) => [v],
  srcdoc: (v) => (v ? ["srcdoc:" + v] : []),
  ping: (v) => v.split(/[\t\n\f\r ]+/).filter(Boolean),
  srcset: (v) => v.split(",").map((c) => c.trim().split(/[\t\n\f\r ]+/)[0]),
  imagesrcset: (v) => v.split(",").map((c) => c.trim().split(/[\t\n\f\r ]+/)[0]),
};

// Attributes a browser reads as CSS: style, and SVG presentation attributes that take url().
const cssAttributes = new Set([
  "style",
  "fill",
  "stroke",
  "filter",
  "clip-path",
  "mask",
  "marker-start",
  "marker-mid",
  "marker-end",
  "cursor",
]);

/** As a browser reads a URL attribute: C0 controls and spaces trimmed, tabs and newlines removed. */
const urlText = (value: string) => {
  let from = 0;
  let to = value.length;
  while (from < to && value.charCodeAt(from) <= 0x20) from++;
  while (to > from && value.charCodeAt(to - 1) <= 0x20) to--;
  return value
    .slice(from, to)
    .replace(/[\t\n\r]/g, "")
    .toLowerCase();
};

/** A URL that stays on the page: a fragment, or a data: image in the page itself. */
const inPage = (url: string) => {
  const u = urlText(url);
  return u === "" || u.startsWith("#") || /^data:image\/(png|jpeg|gif|webp)[;,]/.test(u);
};

/** A link from a Markdown cell may also go to another page of the report folder. */
const inSuite = (url: string) => {
  if (inPage(url)) return true;
  const resolved = new URL(urlText(url), "file:///reports/report.html");
  return resolved.protocol === "file:" && resolved.host === "";
};

/**
 * CSS as the browser reads it — comments removed, escapes decoded, lower case — and whether it
 * fetches anything outside the page: @import, url() to other than #id or data:, a string in
 * image-set()/image()/cross-fade()/element()/src(), or expression().
 */
export function cssPointsOutside(css: string): boolean {
  let text = "";
  for (let i = 0; i < css.length; i++) {
    if (css.startsWith("/*", i)) {
      const close = css.indexOf("*/", i + 2);
      if (close < 0) break;
      i = close + 1;
    } else if (css[i] === "\\") {
      const hex = /^[0-9a-fA-F]{1,6}[ \t\n\r\f]?/.exec(css.slice(i + 1, i + 8));
      if (hex) {
        const code = parseInt(hex[0].trim(), 16);
        text += code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
        i += hex[0].length;
      } else if (css[i + 1] === "\n") i++;
      else if (i + 1 < css.length) text += css[++i];
    } else text += css[i];
  }
  text = text.toLowerCase();
  if (text.includes("@import") || text.includes("expression(")) return true;
  const fetching =
    /(^|[^a-z0-9_-])(-webkit-|-moz-)?(url|image-set|image|cross-fade|element|src)\(/g;
  for (const m of text.matchAll(fetching)) {
    const args = text.slice(m.index + m[0].length);
    if (m[3] === "url") {
      const arg = args.replace(/^[\s'"]+/, "");
      if (!(arg.startsWith("#") || arg.startsWith("data:"))) return true;
      continue;
    }
    const close = args.indexOf(")");
    const inside = close < 0 ? args : args.slice(0, close);
    for (const s of inside.matchAll(/["']([^"']*)["']/g))
      if (!(s[1].trim().startsWith("#") || s[1].trim().startsWith("data:"))) return true;
  }
  return false;
}

/** Every way the parsed page breaks the report's rules; empty when it keeps them. */
function violations(html: string, allowLink: (url: string) => boolean): string[] {
  const found: string[] = [];
  if (bidi.test(html)) found.push("raw bidi control character");
  for (const element of parsed(html).getElementsByTagName("*")) {
    const name = element.localName.toLowerCase();
    if (forbiddenElements.has(name)) found.push(`<${name}> element`);
    if (name === "style" && cssPointsOutside(element.textContent ?? ""))
      found.push(`<style> fetching: ${element.textContent}`);
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith("on")) found.push(`event handler ${attr}`);
      const split = urlAttributes[attr];
      if (split)
        for (const url of split(attribute.value)) {
          const ok = attr === "href" && name === "a" ? allowLink(url) : inPage(url);
          if (!ok) found.push(`${name} ${attr}=${JSON.stringify(attribute.value)}`);
        }
      if (cssAttributes.has(attr) && cssPointsOutside(attribute.value))
        found.push(`${name} ${attr} CSS ${JSON.stringify(attribute.value)}`);
    }
  }
  return found;
}

// ---- Hostile HTML and SVG ----

const tags = [
  "div",
  "span",
  "p",
  "a",
  "img",
  "svg",
  "g",
  "rect",
  "circle",
  "path",
  "text",
  "use",
  "image",
  "feImage",
  "filter",
  "pattern",
  "marker",
  "mask",
  "clipPath",
  "linearGradient",
  "style",
  "script",
  "iframe",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "math",
  "mi",
  "mtext",
  "mglyph",
  "malignmark",
  "annotation-xml",
  "noscript",
  "template",
  "textarea",
  "title",
  "desc",
  "xmp",
  "noembed",
  "noframes",
  "select",
  "option",
  "table",
  "td",
  "video",
  "audio",
  "source",
  "track",
  "picture",
  "link",
  "meta",
  "base",
  "foreignObject",
  "animate",
  "set",
  "area",
  "map",
  "details",
  "summary",
  "body",
  "html",
  "head",
];

const attributeNames = [
  "onclick",
  "onerror",
  "onload",
  "OnMouseOver",
  "onbegin",
  "href",
  "xlink:href",
  "HREF",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "background",
  "ping",
  "data",
  "codebase",
  "lowsrc",
  "srcdoc",
  "style",
  "fill",
  "stroke",
  "filter",
  "clip-path",
  "mask",
  "marker-start",
  "marker-end",
  "cursor",
  "title",
  "alt",
  "id",
  "class",
  "name",
  "attributeName",
  "values",
  "to",
  "begin",
  "is",
  "xmlns",
  "xmlns:xlink",
  "target",
  "rel",
  "width",
];

const urls = [
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "java&#x09;script:alert(1)",
  "&#106;avascript:alert(1)",
  "\u0001javascript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "data:image/png;base64,iVBORw0KGgo=",
  "DATA:image/gif;base64,R0lGOD==",
  "data:image/png ;base64,AAAA",
  "http://evil.example/x.png",
  "https://evil.example/a.css",
  "//evil.example/x",
  "\\\\evil.example\\x",
  "/\\evil.example",
  "file:///etc/passwd",
  "x.png",
  "../secret.html",
  "#",
  "#clip-1",
  "#a 1x, https://evil.example/b.png 2x",
  "data:image/png;base64,AAAA 1x, //evil.example/c 2x",
  "#a https://evil.example/ping",
  "%23a",
  "&#35;x",
  "&#x23;x, http://evil.example/d 2x",
];

const cssValues = [
  "color: red",
  "fill: url(#clip-1)",
  "url(#grad)",
  "url(http://evil.example/a.png)",
  "url( 'https://evil.example/a.png' )",
  "URL(//evil.example/a)",
  "u\\72l(https://evil.example/a.png)",
  "u\\rl(https://evil.example/a.png)",
  "u\\000072l(https://evil.example/a.png)",
  "ur/**/l(https://evil.example/a.png)",
  "background: url(data:image/png;base64,AAAA)",
  "background-image: image-set('https://evil.example/a.png' 1x)",
  "background-image: -webkit-image-set(url(https://evil.example/a.png) 1x)",
  "background: cross-fade(url(#a), url(https://evil.example/b))",
  "background: element(#a)",
  "background: image('https://evil.example/c')",
  "list-style: src('https://evil.example/d')",
  "@import 'https://evil.example/x.css';",
  "@imp\\6frt url(https://evil.example/x.css);",
  "@IMPORT url(x.css);",
  "width: expression(alert(1))",
  "behavior: url(x.htc)",
  "-moz-binding: url(https://evil.example/x.xml#b)",
  "content: 'url(http://evil.example/not-a-fetch)'",
  "font-family: '\\'; background: url(https://evil.example/e)",
  "@font-face { font-family: x; src: url(https://evil.example/f.woff) }",
  "--v: url(https://evil.example/g); background: var(--v)",
];

const texts = [
  "hello",
  "가방 정품",
  "photo\u202Egpj.exe",
  "\u2066isolate\u2069",
  "\u202Aembed\u202C",
  "</style>",
  "</script>",
  "</noscript>",
  "</textarea>",
  "</title>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<img src=x onerror=alert(1)>",
  "&lt;script&gt;",
  "&#x202E;",
  "\u0000",
  "<",
  ">",
  '"',
  "'",
  "`",
];

// Classic mutation-XSS and namespace-confusion payloads, as fragments the generator mixes in.
const payloads = [
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<svg><style>&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;</style></svg>",
  "<svg><style><img src=x onerror=alert(1)></style></svg>",
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  "<svg><a xlink:href=\"javascript:alert(1)\"><text x='20' y='20'>x</text></a></svg>",
  '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
  '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x"/></svg>',
  "<template><script>alert(1)</script></template>",
  "<img src=x:x onerror=alert(1)//>",
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  "<svg><foreignObject><iframe src='https://evil.example'></iframe></foreignObject></svg>",
  '<table background="https://evil.example/t.png"><td>x</td></table>',
  '<svg><rect fill="url(https://evil.example/p.svg#g)" filter="url(//evil.example/f#x)"/></svg>',
  '<img srcset="#a 1x, https://evil.example/b.png 2x">',
  '<svg><style>@import "https://evil.example/x.css";</style></svg>',
  "<svg><style>rect{fill:u\\72l(https://evil.example/y)}</style></svg>",
  '<?xml-stylesheet href="https://evil.example/s.xsl"?>',
  '<div style="background:url(&quot;https://evil.example/q&quot;)">x</div>',
  "<a href=#x ping=https://evil.example/ping>x</a>",
  '<video poster="https://evil.example/p.jpg"><source src="https://evil.example/v.mp4"></video>',
];

const quoted = (value: string) =>
  fc.constantFrom('"', "'", "").map((q) => {
    if (q === '"') return `"${value.replace(/"/g, "&quot;")}"`;
    if (q === "'") return `'${value.replace(/'/g, "&#39;")}'`;
    return value.replace(/[\s>]/g, "");
  });

const attribute = fc
  .tuple(
    fc.constantFrom(...attributeNames),
    fc.oneof(fc.constantFrom(...urls), fc.constantFrom(...cssValues), fc.constantFrom(...texts)),
  )
  .chain(([name, value]) => quoted(value).map((v) => `${name}=${v}`));

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...texts),
    fc.constantFrom(...payloads),
    fc
      .tuple(
        fc.constantFrom(...tags),
        fc.boolean(),
        fc.array(attribute, { maxLength: 3 }),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.constantFrom("close", "close", "open", "self"),
      )
      .map(([tag, upper, attrs, children, end]) => {
        const name = upper ? tag.toUpperCase() : tag;
        const open = `<${name}${attrs.map((a) => " " + a).join("")}`;
        if (end === "self") return `${open}/>`;
        return `${open}>${children.join("")}${end === "close" ? `</${name}>` : ""}`;
      }),
  ),
})).node;

describe("fuzz: HTML sanitiser, Markdown and escaping", () => {
  const numRuns = 2_000;
  it(`sanitizeHtml output, parsed as the page, has no script, handler, outside URL or raw bidi (${numRuns} generated documents)`, () => {
    fc.assert(
      fc.property(fc.array(html, { minLength: 1, maxLength: 4 }), (parts) => {
        const out = sanitizeHtml(parts.join(""));
        expect(violations(out, inPage), out).toEqual([]);
      }),
      { seed: 1241, numRuns },
    );
  });

  const markdownPieces = [
    "# Title\n",
    "## 소제목 \u202Egpj.exe\n",
    "text \u202E reversed \u2066 isolated\u2069\n",
    "[link](https://evil.example)",
    "[link](//evil.example)",
    "[link](javascript:alert(1))",
    "[link](JAVASCRIPT:alert(1))",
    "[link](<javascript:alert(1)>)",
    "[link](\\/\\/evil.example)",
    "[link](/\\evil.example)",
    "[link](other-report.html#x)",
    "[link](#section)",
    "[ref]\n\n[ref]: https://evil.example/r\n",
    "<https://evil.example/auto>",
    "<javascript:alert(1)>",
    "![img](https://evil.example/i.png)",
    "![img](x.png)",
    "![img](data:image/png;base64,AAAA)",
    "![img](data:image/svg+xml,<svg onload=alert(1)>)",
    "![img](#a)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="https://evil.example">x</a>',
    "`code <b>`",
    "```\n</pre><script>alert(1)</script>\n```\n",
    "| a | b |\n|---|---|\n| <i>x</i> | [y](https://evil.example) |\n",
    "> quote <style>@import 'https://evil.example/x.css'</style>\n",
    "*em* **strong** ~~del~~",
    "\n\n",
    " ",
    "&#x202E; &lt;script&gt; &#106;avascript:",
    "[a](&#106;avascript:alert(1))",
    "[a](java\nscript:alert(1))",
  ];
  // What markdown-it itself writes; anything else came from raw HTML in the source.
  const markdownTags = new Set(
    "p h1 h2 h3 h4 h5 h6 a em strong code pre ul ol li blockquote hr br table thead tbody tr th td s".split(
      " ",
    ),
  );
  const numRunsMarkdown = 2_000;
  it(`renderMarkdown output has no raw HTML, script, outside URL or raw bidi (${numRunsMarkdown} generated cells)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...markdownPieces), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const out = renderMarkdown(parts.join(""), new Set()).html;
          expect(violations(out, inSuite), out).toEqual([]);
          const tags = [...container.getElementsByTagName("*")].map((e) => e.localName);
          expect(
            tags.filter((tag) => !markdownTags.has(tag)),
            out,
          ).toEqual([]);
        },
      ),
      { seed: 1242, numRuns: numRunsMarkdown },
    );
  });

  const numRunsEscape = 2_000;
  it(`escapeHtml text reads back as itself in element content and in an attribute (${numRunsEscape} arbitrary strings)`, () => {
    const characters = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc
        .array(fc.constantFrom(...texts, "&amp;", "&", "\r\n", "\r", "\uD800", "\uDFFF"), {
          maxLength: 8,
        })
        .map((p) => p.join("")),
    );
    // What the HTML parser makes of text itself: CR and CRLF become LF; NUL is dropped from
    // content and becomes U+FFFD in an attribute. Lone surrogates are U+FFFD, bidi controls shown.
    const shown = (s: string) =>
      s
        .toWellFormed()
        .replace(/\r\n?/g, "\n")
        .replace(
          /[\u202A-\u202E\u2066-\u2069]/g,
          (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`,
        );
    fc.assert(
      fc.property(characters, (s) => {
        const out = `<p title="${escapeHtml(s)}">${escapeHtml(s)}</p><p title='${escapeHtml(s)}'>x</p>`;
        expect(violations(out, inPage)).toEqual([]);
        const ps = container.children;
        expect(ps.length).toBe(2);
        expect(container.getElementsByTagName("*").length).toBe(2);
        expect(ps[0].textContent).toBe(shown(s).replaceAll("\0", ""));
        expect(ps[0].getAttribute("title")).toBe(shown(s).replaceAll("\0", "\uFFFD"));
        expect(ps[1].getAttribute("title")).toBe(shown(s).replaceAll("\0", "\uFFFD"));
      }),
      { seed: 1243, numRuns: numRunsEscape },
    );
  });
});
