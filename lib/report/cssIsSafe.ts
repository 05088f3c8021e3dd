// Functions that fetch a resource when the CSS applies (url() is checked by its argument instead).
const fetchingFunctions = [
  "image-set(",
  "image(",
  "cross-fade(",
  "element(",
  "src(",
  "expression(",
];

/**
 * Whether CSS from a notebook output (a `style` attribute or a `<style>` element) is safe to keep
 * in an offline report: no `@import`, no `url()` other than in-page `url(#id)` or a `data:image/`
 * URL, no other fetching function (`image-set()`, `image()`, …), no escapes (`u\72l(` spells
 * `url(`) and no comments (`ur/**\/l(`). A linear scan (indexOf), never a backtracking regex.
 * @example cssIsSafe("fill: url(#clip-1)") // true
 */
export function cssIsSafe(css: string): boolean {
  const text = css.toLowerCase();
  if (text.includes("\\") || text.includes("/*") || text.includes("@import")) return false;
  if (fetchingFunctions.some((f) => text.includes(f))) return false;
  for (let at = text.indexOf("url("); at >= 0; at = text.indexOf("url(", at + 4)) {
    let k = at + 4;
    while (k < text.length && /[\s'"]/.test(text[k])) k++;
    if (!(text.startsWith("#", k) || text.startsWith("data:image/", k))) return false;
  }
  return true;
}
