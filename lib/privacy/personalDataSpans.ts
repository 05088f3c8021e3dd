import type { PersonalDataKind } from "./PersonalDataKind.js";
import { normalizedView, type NormalizedView } from "./normalizedView.js";

/** One piece of personal data located in a text. */
export interface PersonalDataSpan {
  kind: PersonalDataKind;
  /** Start and end (exclusive) in the original text. */
  start: number;
  end: number;
  /** The original span with the identifying part masked. */
  masked: string;
}

// Every scanner below is hand-written and linear in the text's length: the text is untrusted
// (listing titles are written by adversaries) and a backtracking regex on it can hang a report.

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAlnum = (c: number) => isDigit(c) || isLetter(c);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
// e-mail local part [A-Za-z0-9._%+-] and domain [A-Za-z0-9.-]
const isLocal = (c: number) =>
  isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number) => isAlnum(c) || c === 46 || c === 45;
const isHandle = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 45;

interface Found {
  kind: PersonalDataKind;
  /** Normalised start and end. */
  from: number;
  to: number;
  /** Which digits stay readable (by position among the span's digits). */
  keep: (digitIndex: number, digitCount: number) => boolean;
  /** For e-mail and messenger: masked from this normalised index on (the masked text is normalised). */
  maskFrom?: number;
}

/**
 * Finds personal data — Korean mobile numbers, resident registration numbers, card numbers (Luhn),
 * e-mail addresses and messenger handles next to their app — after undoing the evasions the rule
 * engine undoes (full-width forms, zero-width characters, dash and space variants, ` - ` separators).
 * Linear in the text's length. Spans are sorted and do not overlap.
 * @example personalDataSpans("０１０-1234-5678")[0].masked // "***-****-5678"
 */
export function personalDataSpans(text: string): PersonalDataSpan[] {
  const view = normalizedView(text);
  const t = view.text;
  const taken = new Uint8Array(t.length);
  const kept: Found[] = [];
  const take = (found: Found) => {
    for (let k = found.from; k < found.to; k++) if (taken[k]) return;
    taken.fill(1, found.from, found.to);
    kept.push(found);
  };
  for (const found of digitSpans(t)) take(found);
  for (const found of emailSpans(t)) take(found);
  for (const found of messengerSpans(t)) take(found);
  return kept
    .sort((a, b) => a.from - b.from)
    .map((found) => ({
      kind: found.kind,
      start: view.start[found.from],
      end: view.end[found.to - 1],
      masked: maskSpan(view, found),
    }));
}

function maskSpan(view: NormalizedView, found: Found): string {
  const t = view.text;
  let digits = 0;
  for (let k = found.from; k < found.to; k++) if (isDigit(t.charCodeAt(k))) digits++;
  let out = "";
  let seen = 0;
  for (let k = found.from; k < found.to; k++) {
    const c = t.charCodeAt(k);
    if (found.maskFrom !== undefined) {
      if (k === found.maskFrom)
        return out + "***" + (found.kind === "email" ? emailDomain(view, k, found.to) : "");
    } else if (isDigit(c)) {
      out += found.keep(seen++, digits) ? t[k] : "*";
      continue;
    }
    out += t[k];
  }
  return out;
}

function emailDomain(view: NormalizedView, from: number, to: number): string {
  let at = from;
  while (view.text[at] !== "@") at++;
  return view.text.slice(at, to);
}

// Digits: maximal digit groups joined by one separator (a space, or a dash or dot with at most one
// space each side) form a run; from each group, the longest sequence of whole groups (≤ 19 digits)
// that spells a resident registration, card or mobile number is taken.
function digitSpans(t: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isDigit(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: [number, number][] = [];
    let k = i;
    for (;;) {
      const s = k;
      while (k < t.length && isDigit(t.charCodeAt(k))) k++;
      groups.push([s, k]);
      const next = separatorEnd(t, k);
      if (next < 0) break;
      k = next;
    }
    found.push(...numbersInRun(t, groups));
    i = k;
  }
  return found;
}

// Where the digits after a separator at `k` start, or -1 when no separator joins two groups there.
function separatorEnd(t: string, k: number): number {
  let j = k;
  if (t.charCodeAt(j) === 32) j++;
  const c = t.charCodeAt(j);
  if (c === 45 || c === 46) {
    j++;
    if (t.charCodeAt(j) === 32) j++;
  }
  return j > k && isDigit(t.charCodeAt(j)) ? j : -1;
}

function numbersInRun(t: string, groups: [number, number][]): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < groups.length) {
    let best: Found | undefined;
    let bestEnd = i;
    let digits = "";
    const lengths: number[] = [];
    for (let j = i; j < groups.length; j++) {
      const [s, e] = groups[j];
      digits += t.slice(s, e);
      lengths.push(e - s);
      if (digits.length > 19) break;
      const kind = numberKind(t, groups[i][0], digits, lengths);
      if (!kind) continue;
      const plus = kind === "phone" && t.charCodeAt(groups[i][0] - 1) === 43 ? 1 : 0;
      best = {
        kind,
        from: groups[i][0] - plus,
        to: e,
        keep: kind === "rrn" ? (d) => d < 7 : (d, n) => d >= n - 4,
      };
      bestEnd = j;
    }
    if (best) {
      found.push(best);
      i = bestEnd + 1;
    } else i++;
  }
  return found;
}

function numberKind(
  t: string,
  start: number,
  d: string,
  lengths: number[],
): PersonalDataKind | undefined {
  const n = d.length;
  const cuts = new Set<number>();
  let sum = 0;
  for (let g = 0; g < lengths.length - 1; g++) cuts.add((sum += lengths[g]));
  const cutsWithin = (allowed: number[]) => [...cuts].every((c) => allowed.includes(c));
  if (n === 13 && cutsWithin([6]) && isBirthDate(d) && d[6] >= "1" && d[6] <= "8") return "rrn";
  if (n >= 13 && n <= 19 && luhn(d)) {
    const grouped =
      (lengths.length === 4 && lengths[0] === 4 && lengths[1] === 4 && lengths[2] === 4) ||
      (lengths.length === 3 && lengths[0] === 4 && lengths[1] === 6);
    if (lengths.length === 1 || grouped) return "card";
  }
  if ((n === 10 || n === 11) && /^01[016789]/.test(d) && cutsWithin([3, n - 4])) return "phone";
  if (
    (n === 11 || n === 12) &&
    t.charCodeAt(start - 1) === 43 &&
    /^821[016789]/.test(d) &&
    cutsWithin([2, 4, n - 4])
  )
    return "phone";
  return undefined;
}

function isBirthDate(d: string): boolean {
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

// E-mail: from each @, the local part to the left and the domain to the right, ending at the last
// dot followed by two or more letters. Each character is scanned at most twice.
function emailSpans(t: string): Found[] {
  const found: Found[] = [];
  for (let at = t.indexOf("@"); at >= 0; at = t.indexOf("@", at + 1)) {
    let from = at;
    while (from > 0 && isLocal(t.charCodeAt(from - 1))) from--;
    if (from === at) continue;
    let domainEnd = at + 1;
    while (domainEnd < t.length && isDomain(t.charCodeAt(domainEnd))) domainEnd++;
    let to = -1;
    for (let k = at + 2; k < domainEnd; k++) {
      if (t.charCodeAt(k) !== 46) continue;
      let m = k + 1;
      while (m < domainEnd && isLetter(t.charCodeAt(m))) m++;
      if (m - k - 1 >= 2) to = m;
      k = m - 1;
    }
    if (to < 0) continue;
    found.push({ kind: "email", from, to, keep: () => true, maskFrom: from + 1 });
  }
  return found;
}

const messengerApps = [
  "카카오톡",
  "카톡",
  "오픈채팅",
  "텔레그램",
  "텔레",
  "라인",
  "위챗",
  "kakaotalk",
  "kakao",
  "telegram",
  "wechat",
  "line",
];

function startsWithAt(t: string, at: number, word: string): boolean {
  if (at + word.length > t.length) return false;
  for (let k = 0; k < word.length; k++) {
    const a = t.charCodeAt(at + k);
    const b = word.charCodeAt(k);
    if (a !== b && !(isLetter(a) && (a | 0x20) === b)) return false;
  }
  return true;
}

function skipSpaces(t: string, k: number): number {
  while (k < t.length && isSpace(t.charCodeAt(k))) k++;
  return k;
}

// The end of a handle (@?, a letter or digit, then 2+ of [A-Za-z0-9._-]) starting at k, or -1.
function handleEnd(t: string, k: number): number {
  const body = t.charCodeAt(k) === 64 ? k + 1 : k;
  if (!isAlnum(t.charCodeAt(body))) return -1;
  let e = body + 1;
  while (e < t.length && isHandle(t.charCodeAt(e))) e++;
  return e - body >= 3 ? e : -1;
}

// Messenger handle next to its app: 카톡 ID abc123, 텔레그램 @abc, kakao: abc, line id abc. A Latin
// app name is a word of its own: "kakaofriends" or the domain of j***@kakaocorp.com is no handle
// (Hangul is written without spaces: 카톡abc123 is one).
function messengerSpans(t: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < t.length) {
    const app = messengerApps.find((word) => startsWithAt(t, i, word));
    const latin = app !== undefined && isLetter(app.charCodeAt(0));
    if (!app || (latin && isAlnum(t.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let k = i + app.length;
    if (app === "line") {
      k = skipSpaces(t, k);
      if (!startsWithAt(t, k, "id")) {
        i++;
        continue;
      }
      k += 2;
    }
    k = skipSpaces(t, k);
    // A label, when written, is a label: 카톡 idk*** (masked from 카톡 idkakao) has no handle "idk".
    const label = ["id", "아이디"].find((word) => startsWithAt(t, k, word)) ?? "";
    let handle = skipSpaces(t, k + label.length);
    if (t.charCodeAt(handle) === 58) handle = skipSpaces(t, handle + 1);
    const end = latin && handle === i + app.length ? -1 : handleEnd(t, handle);
    if (end < 0) {
      i = k > i ? k : i + 1;
      continue;
    }
    const maskFrom = handle + (t.charCodeAt(handle) === 64 ? 2 : 1);
    found.push({ kind: "messenger", from: i, to: end, keep: () => true, maskFrom });
    i = end;
  }
  return found;
}
