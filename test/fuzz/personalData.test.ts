// Fuzz run of the personal-data scanner and masking (issue 12): generated phone, resident
// registration, card numbers, e-mail addresses and messenger handles in evasive spellings inside
// Hangul noise, arbitrary text, and adversarial repeats for time. Seeds are fixed: a failure
// prints its seed and counterexample, and the same run reproduces it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";
import { maskPersonalData } from "../../lib/privacy/maskPersonalData.js";
import { normalizedView } from "../../lib/privacy/normalizedView.js";
import { personalDataSpans } from "../../lib/privacy/personalDataSpans.js";
import type { PersonalDataKind } from "../../lib/privacy/PersonalDataKind.js";
import { withholdPersonalData } from "../../lib/report/withholdPersonalData.js";
import type { Notebook } from "../../lib/report/Notebook.js";
import { linearBound, linearGrowthRatio } from "../support/growth.js";

/** What a reader sees: NFKC, zero-width characters removed (as the scanner normalises). */
const seen = (text: string) => normalizedView(text).text;
/** The letters (lower case) and digits of a text as a reader sees it. */
const alnum = (text: string) =>
  seen(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const zeroWidth = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];
const fullWidth = (digit: string) => String.fromCharCode(0xff10 + Number(digit));

/** One generated piece of personal data: how it is written and what masking must keep visible. */
interface Planted {
  kind: PersonalDataKind;
  text: string;
  /**
   * The letters and digits a reader may still see after masking, in order: the last four digits
   * of a phone or card number, the birth date and sex digit of a resident registration number,
   * the first letter and the domain of an e-mail address, the app, label and first letter of a
   * messenger handle.
   */
  visible: string;
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));

// Each digit ASCII or full-width, a zero-width character after any character, as evaders write.
const disguised = (text: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.array(fc.option(fc.constantFrom(...zeroWidth), { freq: 3 }), {
        minLength: text.length,
        maxLength: text.length,
      }),
    )
    .map(([wide, gaps]) =>
      [...text]
        .map((c, i) => (wide[i] && c >= "0" && c <= "9" ? fullWidth(c) : c) + (gaps[i] ?? ""))
        .join(""),
    );

const separator = fc.constantFrom(
  "",
  "-",
  " ",
  ".",
  " - ",
  "- ",
  " -",
  "—",
  "−",
  "－",
  "\u2010",
  "\u00A0",
  "\u3000",
  "．",
);

const luhnComplete = (body: string): string => {
  for (let check = 0; check <= 9; check++) {
    const d = body + check;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let v = d.charCodeAt(d.length - 1 - i) - 48;
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return d;
  }
  throw new Error("unreachable");
};

const phone: fc.Arbitrary<Planted> = fc
  .tuple(
    fc.constantFrom("010", "011", "016", "017", "018", "019"),
    fc.boolean(),
    digits(4),
    digits(4),
    separator,
    separator,
    fc.constantFrom("", "+82 ", "+82-", "+82", "+８２ "),
  )
  .chain(([prefix, long, middle, last, s1, s2, country]) => {
    const mid = long ? middle : middle.slice(1);
    const written = country
      ? `${country}${prefix.slice(1)}${s1}${mid}${s2}${last}`
      : `${prefix}${s1}${mid}${s2}${last}`;
    return disguised(written).map((text) => ({ kind: "phone" as const, text, visible: last }));
  });

const rrn: fc.Arbitrary<Planted> = fc
  .tuple(
    digits(2),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 1, max: 8 }),
    digits(6),
    fc.constantFrom("", "-", " - ", "—", "－", " "),
  )
  .chain(([yy, month, day, gender, rest, sep]) => {
    const birth = `${yy}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
    return disguised(`${birth}${sep}${gender}${rest}`).map((text) => ({
      kind: "rrn" as const,
      text,
      visible: `${birth}${gender}`,
    }));
  });

const card: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom("4", "5", "37"), digits(15), fc.constantFrom("", " ", "-", " - "))
  .chain(([head, body, sep]) => {
    const amex = head === "37";
    const number = luhnComplete((head + body).slice(0, amex ? 14 : 15));
    const groups = amex
      ? [number.slice(0, 4), number.slice(4, 10), number.slice(10)]
      : [0, 4, 8, 12].map((at) => number.slice(at, at + 4));
    return disguised(groups.join(sep)).map((text) => ({
      kind: "card" as const,
      text,
      visible: number.slice(-4),
    }));
  });

const lower = "abcdefghijklmnopqrstuvwxyz";
const word = (chars: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((c) => c.join(""));
// Full-width Latin letters (NFKC folds them to ASCII) and zero-width characters inside.
const disguisedWord = (text: string) =>
  fc
    .array(fc.constantFrom("plain", "wide", "upper", "gap"), {
      minLength: text.length,
      maxLength: text.length,
    })
    .map((how) =>
      [...text]
        .map((c, i) => {
          const code = c.charCodeAt(0);
          if (how[i] === "wide" && code > 32 && code < 127)
            return String.fromCharCode(code + 0xfee0);
          if (how[i] === "upper") return c.toUpperCase();
          if (how[i] === "gap" && i > 0) return "\u200B" + c;
          return c;
        })
        .join(""),
    );

const email: fc.Arbitrary<Planted> = fc
  .tuple(
    word(lower, 1, 1),
    word(lower + "0123456789._+-", 1, 10),
    fc.array(word(lower + "0123456789", 1, 8), { minLength: 1, maxLength: 3 }),
    word(lower, 2, 4),
    fc.constantFrom("@", "＠", "﹫"),
  )
  .chain(([first, rest, labels, tld, at]) => {
    const local = first + rest;
    return fc
      .tuple(disguisedWord(local), disguisedWord([...labels, tld].join(".")))
      .map(([l, d]) => ({
        kind: "email" as const,
        text: `${l}${at}${d}`,
        visible: alnum(local[0] + labels.join("") + tld),
      }));
  });

const messenger: fc.Arbitrary<Planted> = fc
  .tuple(
    fc.constantFrom(
      "카톡",
      "카카오톡",
      "오픈채팅",
      "텔레그램",
      "텔레",
      "라인",
      "위챗",
      "kakao",
      "KakaoTalk",
      "telegram",
      "wechat",
      "line id",
      "LINE ID",
    ),
    fc.constantFrom("", " ", " ID ", " id: ", " 아이디 ", "아이디:", " ID：", ": ", "："),
    fc.constantFrom("", "@", "＠"),
    word(lower + "0123456789", 1, 1),
    word(lower + "0123456789._-", 2, 12),
  )
  .chain(([app, written, at, first, rest]) => {
    const handle = first + rest;
    // A Latin app name is a word: "kakao" + "abc" glued is no app (and kakao@a.io an e-mail).
    const label = written === "" && /^[a-z]/i.test(app) ? " " : written;
    return fc.tuple(disguisedWord(app), disguisedWord(handle)).map(([a, h]) => ({
      kind: "messenger" as const,
      text: `${a}${label}${at}${h}`,
      visible: alnum(app + label + handle[0]),
    }));
  });

// Noise around the planted data: Hangul, spaces and punctuation, no digit, Latin letter or
// e-mail/handle character, so what a reader can see of the data is exactly what masking left.
const noise = fc
  .array(
    fc.constantFrom(
      "문의",
      "연락처",
      "주세요",
      "가방",
      "정품",
      " ",
      "  ",
      "!",
      "(",
      ")",
      ",",
      "/",
      "\n",
      "입니다",
      "~",
    ),
    {
      maxLength: 4,
    },
  )
  .map((parts) => parts.join(""));

const planted = fc.oneof(phone, rrn, card, email, messenger);

describe("fuzz: personal-data scanner and masking", () => {
  const numRuns = 4_000;
  it(`maskPersonalData leaves visible only the kept digits, e-mail domains, apps and first letters (${numRuns} generated texts)`, () => {
    fc.assert(
      fc.property(
        noise,
        fc.array(fc.tuple(planted, noise), { minLength: 1, maxLength: 3 }),
        (head, items) => {
          // Noise that separates two items must hold a character that is not a separator.
          const text =
            head +
            items.map(([p, n], i) => p.text + (i < items.length - 1 ? `${n} 문의 ` : n)).join("");
          const found = findPersonalData(text);
          expect(found.map((f) => f.kind)).toEqual(items.map(([p]) => p.kind));
          const masked = maskPersonalData(text);
          expect(alnum(masked)).toBe(items.map(([p]) => p.visible).join(""));
          expect(findPersonalData(masked)).toEqual([]);
        },
      ),
      { seed: 1201, numRuns },
    );
  });

  const alphabet = fc.constantFrom(
    ..."0123456789".split(""),
    "０",
    "１",
    "５",
    "-",
    " ",
    ".",
    "+",
    "@",
    "＠",
    "a",
    "k",
    "Z",
    "_",
    "\u200B",
    "—",
    "카톡",
    "kakao",
    "line",
    " id",
    "아이디",
    ":",
    "가",
    "\n",
    "*",
    ".com",
  );
  const anyText = fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join(""));
  const numRunsAny = 5_000;
  it(`personalDataSpans are ordered and disjoint, and masking leaves nothing to find (${numRunsAny} arbitrary texts)`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = personalDataSpans(text);
        let end = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(end);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          end = span.end;
        }
        const masked = maskPersonalData(text);
        if (spans.length === 0) expect(masked).toBe(text);
        expect(findPersonalData(masked)).toEqual([]);
      }),
      { seed: 1202, numRuns: numRunsAny },
    );
  });

  const numRunsNotebook = 1_000;
  it(`withholdPersonalData withholds every output showing planted data (${numRunsNotebook} generated notebooks)`, () => {
    const entity = (c: string) => `&#${c.codePointAt(0)};`;
    const inMarkup = fc
      .tuple(
        planted,
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.constantFrom("span", "td", "b", "text", "title", "title=", "alt=", "TITLE='"),
      )
      .map(([p, encode, tag]) => {
        const value = [...p.text].map((c, i) => (encode[i] ? entity(c) : c)).join("");
        // Inside an element, or in an attribute a reader sees: a tooltip (title) or the text
        // shown in place of an image (alt).
        let html = `<${tag}>${value}</${tag}>`;
        if (tag.endsWith("=")) html = `<span ${tag}"${value}">x</span>`;
        if (tag.endsWith("'")) html = `<img src="data:image/png;base64,AA" ${tag}${value}'>`;
        return { planted: p, html };
      });
    fc.assert(
      fc.property(
        inMarkup,
        noise,
        fc.constantFrom("text/plain", "text/html", "image/svg+xml", "stream"),
        ({ planted: p, html }, around, where) => {
          const shown =
            where === "text/plain" || where === "stream"
              ? around + p.text + around
              : `<div>${around}${html}${around}</div>`;
          const output =
            where === "stream"
              ? { output_type: "stream" as const, name: "stdout" as const, text: shown }
              : { output_type: "display_data" as const, data: { [where]: shown }, metadata: {} };
          const notebook: Notebook = {
            nbformat: 4,
            nbformat_minor: 5,
            metadata: {},
            cells: [
              {
                cell_type: "code",
                source: "show()",
                metadata: {},
                execution_count: 1,
                outputs: [output],
              },
            ],
          };
          const { notebook: clean, cells } = withholdPersonalData(notebook);
          expect(cells.flatMap((c) => c.findings.map((f) => f.kind))).toEqual([p.kind]);
          const cell = clean.cells[0];
          const out = cell.cell_type === "code" ? cell.outputs[0] : undefined;
          expect(out?.output_type).toBe("error");
          const message = out && out.output_type === "error" ? out.evalue : "";
          const { masked } = cells[0].findings[0];
          expect(alnum(masked)).toBe(p.visible);
          expect(message).toContain(`${p.kind} ${masked}`);
        },
      ),
      { seed: 1203, numRuns: numRunsNotebook },
    );
  });

  // Adversarial repeats: a random unit of near-misses (app words, separators, @, digit groups)
  // repeated to 2,000 and 32,000 characters; the scan's time must grow linearly, not as a square.
  const fragments = fc.constantFrom(
    "카톡",
    " ",
    "  ",
    "id",
    " id",
    ":",
    "@",
    "＠",
    "a",
    "a.",
    ".",
    "1",
    "12",
    "010",
    "-",
    " - ",
    "\u200B",
    "１",
    "kakao",
    "line ",
    "+",
    "가",
    "z@",
    "@a.",
    "_",
    "\n",
  );
  const numRunsTime = 25;
  it(`findPersonalData and maskPersonalData grow linearly on repeated near-misses (${numRunsTime} generated units)`, () => {
    fc.assert(
      fc.property(fc.array(fragments, { minLength: 1, maxLength: 6 }), (parts) => {
        const unit = parts.join("");
        const make = (n: number) => unit.repeat(Math.ceil(n / unit.length));
        for (const scan of [findPersonalData, maskPersonalData]) {
          const { ratio, factor } = linearGrowthRatio(make, scan, { small: 2_000 });
          expect(ratio, JSON.stringify(unit)).toBeLessThan(linearBound(factor));
        }
      }),
      { seed: 1204, numRuns: numRunsTime },
    );
  });
});
