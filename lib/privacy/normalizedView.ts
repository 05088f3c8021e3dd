/**
 * A text as the personal-data scanners see it, with the way back to the original: NFKC per code point
 * (full-width `０１０` and `＠` become ASCII), dash variants folded to `-`, whitespace variants to a
 * space, zero-width and bidi control characters removed — the evasions the rule engine's `nfkc` and
 * `zero_width` steps undo.
 */
export interface NormalizedView {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 index of `text`, where its original character starts in the source. */
  start: Int32Array;
  /** For each UTF-16 index of `text`, where its original character ends in the source. */
  end: Int32Array;
}

// Characters a reader does not see: zero-width, soft hyphen, word joiner, BOM, bidi controls.
function invisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e
  );
}

function isDash(cp: number): boolean {
  return (
    (cp >= 0x2010 && cp <= 0x2015) ||
    cp === 0x2212 ||
    cp === 0xfe58 ||
    cp === 0xfe63 ||
    cp === 0xff0d ||
    cp === 0x30fc ||
    cp === 0x2043
  );
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x00a0 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/**
 * Builds the normalised view of a text in one pass (linear in its length).
 * @example normalizedView("０１０\u200B-1").text // "010-1"
 */
export function normalizedView(source: string): NormalizedView {
  const parts: string[] = [];
  let start: Int32Array = new Int32Array(source.length + 16);
  let end: Int32Array = new Int32Array(source.length + 16);
  let length = 0;
  let copied = 0; // source[copied, i) is unchanged and not yet in parts
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let out: string | undefined;
    if (cp < 0x80 || (cp >= 0xac00 && cp <= 0xd7a3)) out = undefined;
    else if (invisible(cp)) out = "";
    else if (isDash(cp)) out = "-";
    else if (isSpace(cp)) out = " ";
    else {
      const nfkc = String.fromCodePoint(cp).normalize("NFKC");
      out = nfkc.length === width && nfkc === source.slice(i, i + width) ? undefined : nfkc;
    }
    const produced = out === undefined ? width : out.length;
    if (length + produced > start.length) {
      start = grow(start, length + produced);
      end = grow(end, length + produced);
    }
    for (let k = 0; k < produced; k++) {
      start[length] = i;
      end[length++] = i + width;
    }
    if (out !== undefined) {
      parts.push(source.slice(copied, i), out);
      copied = i + width;
    }
    i += width;
  }
  parts.push(source.slice(copied));
  return { text: parts.join(""), start: start.subarray(0, length), end: end.subarray(0, length) };
}

function grow(array: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
