import { JSDOM } from "jsdom";

// Only XML namespace identifiers may look like URLs; they are names, not fetched.
const allowedUrl =
  /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|XML\/1998\/namespace)$/;
const urlAttributes =
  /^(href|src|xlink:href|action|formaction|srcset|poster|background|data|xmlns(:\w+)?)$/i;
const cssUrl = /url\(\s*["']?([^"')]+)|@import\s+["']?([^"';\s]+)/gi;

/**
 * URLs a browser would fetch or navigate to: URL attributes, CSS in style attributes and <style>
 * elements. Text that merely mentions a URL (an escaped listing description) is not a request.
 */
export function externalUrls(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (urlAttributes.test(attribute.name)) found.push(attribute.value);
      if (attribute.name === "style")
        for (const m of attribute.value.matchAll(cssUrl)) found.push(m[1] ?? m[2]);
    }
    if (element.localName === "style")
      for (const m of (element.textContent ?? "").matchAll(cssUrl)) found.push(m[1] ?? m[2]);
  }
  return found.filter((u) => /^\s*(https?:|\/\/)/i.test(u) && !allowedUrl.test(u.trim()));
}
