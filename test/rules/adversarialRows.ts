// Seeded adversarial listings for the parity test: nulls everywhere, disguised keywords
// (leetspeak, full-width, zero-width, spaced Hangul, Cyrillic look-alikes), astral characters,
// lone surrogates, newlines, regex metacharacters and values on every comparison boundary.

import { randomLcg } from "d3-random";

// Seeded with d3-random's LCG, as the data generator is.
const random = (seed: number): (() => number) => randomLcg(seed);

const pieces = [
  "레플리카",
  "레 플 리 카",
  "레\u200B플리카",
  "미러급",
  "미 러 급",
  "SA급",
  "ＳＡ급",
  "sa급",
  "1:1",
  "1 : 1",
  "replica",
  "REPLICA",
  "r3pl1ca",
  "rep1ica",
  "ｒｅｐｌｉｃａ",
  "rеplicа",
  "rep.lica",
  "repxlica",
  "mirror grade",
  "mirror  grade",
  "가품",
  "가 품",
  "Chanel",
  "chanel",
  "ch4nel",
  "ＣＨＡＮＥＬ",
  "샤넬",
  "가방",
  "정품",
  "é",
  "e\u0301",
  "😀",
  "漢",
  "\uD800",
  "\uDC00x",
  "\n",
  "a\nb",
  "a b",
  "01012345678",
  "010-1234-5678",
  "010.1234.5678",
  "(a+)+$",
  "[x]",
  "\\1",
  "'; DROP TABLE listings;--",
  "\u00A0",
  "\u3000",
  "\t",
  "L.V",
  "x",
  "",
];
const categories = [
  "bags",
  "watches",
  "shoes",
  "tickets",
  "Bags",
  "bags ",
  "😀",
  "\uD800",
  "M",
  "m",
];
const brands = [
  "Chanel",
  "Gucci",
  "Ｇｕｃｃｉ",
  "Prada",
  "Louis Vuitton",
  "louis vuitton",
  "Apple",
  "Zeta",
  "Ä",
  "😀",
];
const times = [
  "2026-09-14T23:59:59+09:00",
  "2026-09-15T00:00:00+09:00",
  "2026-09-15T00:00:01+09:00",
  "2026-09-29T23:59:59+09:00",
  "2026-09-30T00:00:00+09:00",
  "2026-09-14T15:00:00Z",
  "2026-10-01T00:00:00+09:00",
];

/** A listing row as the rules see it. */
export type AdversarialRow = {
  title: string | null;
  description: string | null;
  category: string | null;
  brand: string | null;
  price_krw: number | null;
  views: number | null;
  created_at: Date | null;
  verified: boolean | null;
};

/** `n` seeded adversarial rows (same seed, same rows). */
export function adversarialRows(n: number, seed = 7): AdversarialRow[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const maybe = <T>(value: () => T): T | null => (next() < 0.15 ? null : value());
  const text = () =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(pieces)).join(
      pick(["", " ", "-", "\u200B"]),
    );
  return Array.from({ length: n }, () => ({
    title: maybe(text),
    description: maybe(text),
    category: maybe(() => pick(categories)),
    brand: maybe(() => pick(brands)),
    price_krw: maybe(() =>
      pick([0, 1, 2, 3.5, 49_999, 50_000, 99_999, 100_000, 500_000, 500_001, -5, 1e9]),
    ),
    views: maybe(() => pick([0, 100, 101, 5000])),
    created_at: maybe(() => new Date(pick(times))),
    verified: maybe(() => next() < 0.5),
  }));
}
