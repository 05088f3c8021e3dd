/** One run of a word diff: text both sides share, or text only the old or only the new side has. */
export interface WordDiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

/** Tokens compared at most; longer texts are compared as two whole texts. */
const MAX_TOKENS = 4000;

/**
 * The difference between two texts word by word (runs of spaces stay with the word before them),
 * as git's --word-diff shows it: a longest common subsequence of the words, the rest removed or
 * added. `formatWordDiff` writes it as `[-old-]{+new+}`.
 * @example wordDiff("price_krw < 150000", "price_krw < 200000"); // same "price_krw < ", removed "150000", added "200000"
 */
export function wordDiff(before: string, after: string): WordDiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > (MAX_TOKENS * MAX_TOKENS) / 4)
    return [
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ];
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: WordDiffPart[] = [];
  const push = (kind: WordDiffPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1]))
      push("removed", a[i++]);
    else push("added", b[j++]);
  }
  return parts;
}

/** Words with the spaces that follow them; a scanner, no regex. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const space = i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\t");
    const nextSpace =
      i + 1 < text.length && (text[i + 1] === " " || text[i + 1] === "\n" || text[i + 1] === "\t");
    if (i === text.length || (space && !nextSpace)) {
      if (i + (i < text.length ? 1 : 0) > start)
        out.push(text.slice(start, i + (i < text.length ? 1 : 0)));
      start = i + 1;
    }
  }
  return out;
}
