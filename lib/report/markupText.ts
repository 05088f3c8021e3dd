/**
 * The text a reader sees of HTML or SVG markup: tags and `<style>` elements dropped (each replaced
 * by a space) but for the `title` and `alt` attributes a reader sees as a tooltip or in place of an
 * image, numeric character references decoded, named ones replaced by a space. A hand-written
 * scanner, linear in the markup's length (the markup carries adversarial listing text; a lazy
 * `<style[\s\S]*?</style>` or `<[^>]*>` regex is quadratic on an unclosed `<`).
 * @example markupText("<b>010</b>&#45;1234") // " 010 -1234"
 */
export function markupText(markup: string): string {
  const parts: string[] = [];
  let kept = 0; // start of the text not yet copied to parts
  let nextGt = -2; // memoised position of the next ">" (-1: none left)
  let nextStyleClose = -2; // memoised position of the next "</style" (-1: none left)
  const replace = (from: number, to: number, text: string) => {
    parts.push(markup.slice(kept, from), text);
    kept = to;
  };
  let i = 0;
  while (i < markup.length) {
    const c = markup.charCodeAt(i);
    if (c === 60 /* < */) {
      if (nextGt !== -1 && nextGt < i) nextGt = markup.indexOf(">", i);
      if (nextGt === -1) {
        i++;
        continue;
      }
      let end = nextGt;
      if (startsWithIgnoreCase(markup, i + 1, "style")) {
        if (nextStyleClose !== -1 && nextStyleClose <= i)
          nextStyleClose = findStyleClose(markup, i + 1);
        const close = nextStyleClose === -1 ? -1 : markup.indexOf(">", nextStyleClose);
        if (close !== -1) end = close;
      }
      const shown = shownAttributes(markup, i + 1, nextGt);
      replace(i, end + 1, shown.length ? ` ${shown.join(" ")} ` : " ");
      i = end + 1;
    } else if (c === 38 /* & */) {
      const [text, length] = entity(markup, i);
      if (length > 1) replace(i, i + length, text);
      i += length;
    } else i++;
  }
  parts.push(markup.slice(kept));
  return parts.join("");
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

// The decoded values of the title and alt attributes of the tag in markup[from, to) (after its
// "<", before its ">"); each character is looked at once.
function shownAttributes(markup: string, from: number, to: number): string[] {
  const shown: string[] = [];
  let k = from;
  while (k < to && !isSpace(markup.charCodeAt(k))) k++; // the tag name
  while (k < to) {
    while (k < to && (isSpace(markup.charCodeAt(k)) || markup[k] === "/")) k++;
    const nameStart = k;
    while (k < to && !isSpace(markup.charCodeAt(k)) && markup[k] !== "=" && markup[k] !== "/") k++;
    const name = markup.slice(nameStart, k).toLowerCase();
    while (k < to && isSpace(markup.charCodeAt(k))) k++;
    if (markup[k] !== "=" || k >= to) continue;
    k++;
    while (k < to && isSpace(markup.charCodeAt(k))) k++;
    const quote = markup[k] === '"' || markup[k] === "'" ? markup[k++] : "";
    const valueStart = k;
    while (k < to && (quote ? markup[k] !== quote : !isSpace(markup.charCodeAt(k)))) k++;
    if (name === "title" || name === "alt")
      shown.push(decodeReferences(markup.slice(valueStart, k)));
    if (quote) k++;
  }
  return shown;
}

function decodeReferences(text: string): string {
  if (!text.includes("&")) return text;
  let out = "";
  for (let i = 0; i < text.length;) {
    const [decoded, length] = text[i] === "&" ? entity(text, i) : [text[i], 1];
    out += decoded;
    i += length;
  }
  return out;
}

function startsWithIgnoreCase(text: string, at: number, word: string): boolean {
  return text.slice(at, at + word.length).toLowerCase() === word;
}

function findStyleClose(text: string, from: number): number {
  for (let at = text.indexOf("</", from); at !== -1; at = text.indexOf("</", at + 2))
    if (startsWithIgnoreCase(text, at + 2, "style")) return at;
  return -1;
}

// A character reference at `at`: [its text, its length]; bounded look-ahead keeps this O(1).
function entity(text: string, at: number): [string, number] {
  let k = at + 1;
  if (text[k] === "#") {
    k++;
    const hex = text[k] === "x" || text[k] === "X";
    if (hex) k++;
    const digitsStart = k;
    while (k - digitsStart < 8 && isDigit(text.charCodeAt(k), hex)) k++;
    if (k > digitsStart && text[k] === ";") {
      const code = parseInt(text.slice(digitsStart, k), hex ? 16 : 10);
      const char = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      return [char, k + 1 - at];
    }
    return ["&", 1];
  }
  while (k - at < 32 && (isDigit(text.charCodeAt(k), true) || isLetter(text.charCodeAt(k)))) k++;
  return k > at + 1 && text[k] === ";" ? [" ", k + 1 - at] : ["&", 1];
}

const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isDigit = (c: number, hex: boolean) =>
  (c >= 48 && c <= 57) || (hex && (c | 0x20) >= 97 && (c | 0x20) <= 102);
