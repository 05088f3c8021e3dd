// Only XML namespace identifiers may look like URLs; they are names, not fetched.
const allowedUrl =
  /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|XML\/1998\/namespace)$/;

/**
 * URLs a browser would fetch or navigate to: attribute values and CSS url(). Text that merely
 * mentions a URL (an escaped listing description) is not a request.
 */
export function externalUrls(html: string): string[] {
  const attributes = [
    ...html.matchAll(
      /\s(?:href|src|xlink:href|action|srcset|poster|background|xmlns(?::\w+)?)\s*=\s*["']?([^"'\s>]+)/gi,
    ),
  ].map((m) => m[1]);
  const css = [...html.matchAll(/url\(\s*["']?([^"')]+)/gi)].map((m) => m[1]);
  return [...attributes, ...css].filter(
    (u) => /^\s*(https?:|\/\/)/i.test(u) && !allowedUrl.test(u),
  );
}
