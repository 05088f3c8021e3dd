import { createHash } from "node:crypto";
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

/**
 * Why a page's scripts are not exactly the kit's one: the empty list when the page carries no
 * script, or one inline script with no attributes whose SHA-256 is the only `script-src` its CSP
 * allows (no 'unsafe-inline', no 'unsafe-eval', no URL) and whose text is the kit's.
 */
export function scriptProblems(html: string, kitScript: string): string[] {
  const { document } = new JSDOM(html).window;
  const scripts = [...document.querySelectorAll("script")];
  if (scripts.length === 0) return [];
  const problems: string[] = [];
  if (scripts.length > 1) problems.push(`${scripts.length} scripts, not one`);
  const csp =
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ??
    "";
  const scriptSrc = csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith("script-src "));
  for (const script of scripts) {
    if (script.attributes.length > 0)
      problems.push(`a script with attributes: ${script.outerHTML.slice(0, 80)}`);
    const text = script.textContent ?? "";
    if (text !== kitScript) problems.push(`a script that is not the kit's: ${text.slice(0, 80)}`);
    const hash = `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    if (scriptSrc !== `script-src ${hash}`)
      problems.push(`the CSP's script-src is "${scriptSrc}", not "script-src ${hash}"`);
  }
  return problems;
}
