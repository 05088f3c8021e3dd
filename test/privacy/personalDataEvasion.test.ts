import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../lib/privacy/maskPersonalData.js";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";
import { linearGrowthRatio, linearBound } from "../support/growth.js";

// Evasive spellings of each kind of personal data: every one must be found and masked, and the
// masked text must not be found again.
const corpus: Record<string, string[]> = {
  phone: [
    "０１０-１２３４-５６７８",
    "０１０１２３４５６７８",
    "010\u200B1234\u200B5678",
    "010\u200C-\u200D1234-\u20605678",
    "010 - 1234 - 5678",
    "010 -1234- 5678",
    "010—1234—5678",
    "010−1234−5678",
    "010．1234．5678",
    "010\u00A01234\u00A05678",
    "010\u30001234\u30005678",
    "\uFEFF01012345678",
    "+８２ 10-1234-5678",
    "0１0-12３4-567８",
  ],
  rrn: [
    "9001011234567",
    "900101-1234567",
    "900101 - 1234567",
    "９００１０１－１２３４５６７",
    "900101\u200B-\u200B1234567",
    "900101—2234567",
  ],
  card: [
    "４１１１ １１１１ １１１１ １１１１",
    "4111\u200B1111\u200B1111\u200B1111",
    "4111 - 1111 - 1111 - 1111",
    "4111111111111111",
  ],
  email: [
    "seller.kim＠example.com",
    "seller.kim@ｅｘａｍｐｌｅ.ｃｏｍ",
    "ｓｅｌｌｅｒ＠example.co.kr",
    "seller\u200B.kim@example.com",
    "seller.kim@example\u200B.com",
    "seller.kim﹫example.com",
  ],
  messenger: [
    "카톡 ID: shoes_kr77",
    "카\u200B톡 ID shoes_kr77",
    "ｋａｋａｏ： shoes_kr77",
    "텔레그램 ＠luxury_dealer",
    "LINE ID  dealer01",
    "카톡아이디:dealer01",
  ],
};

describe("personal data after normalisation", () => {
  for (const [kind, forms] of Object.entries(corpus)) {
    it(`findPersonalData finds every evasive spelling of ${kind}`, () => {
      for (const form of forms) {
        const text = `문의 ${form} 주세요`;
        expect(
          findPersonalData(text).map((f) => f.kind),
          JSON.stringify(form),
        ).toEqual([kind]);
      }
    });

    it(`maskPersonalData masks every evasive spelling of ${kind} so no scan finds it again`, () => {
      for (const form of forms) {
        const masked = maskPersonalData(`문의 ${form} 주세요`);
        expect(masked, JSON.stringify(form)).toMatch(/^문의 .*\*.* 주세요$/);
        expect(findPersonalData(masked), masked).toEqual([]);
      }
    });
  }

  it("maskPersonalData keeps the last four digits and removes zero-width characters inside the number", () => {
    expect(maskPersonalData("010\u200B1234\u200B5678")).toBe("*******5678");
    expect(maskPersonalData("９００１０１－１２３４５６７")).toBe("900101-1******");
    expect(maskPersonalData("seller.kim＠example.com")).toBe("s***@example.com");
  });

  it("maskPersonalData leaves numbers that only look close alone", () => {
    const text = [
      "2026-10-29",
      "129,000원",
      "1234567890123", // 13 digits: no birth date, fails Luhn
      "9913011234567", // month 13
      "010-123-45", // too short
      "020-1234-5678", // not a mobile prefix
      "L0015480",
      "010  1234  5678", // two spaces: table cells, not one number
      "x@y", // no domain
      "카톡 으로 연락", // no handle
    ].join(" | ");
    expect(maskPersonalData(text)).toBe(text);
    expect(findPersonalData(text)).toEqual([]);
  });

  it("findPersonalData reports several numbers in one run of digit groups separately", () => {
    const found = findPersonalData("010-1234-5678 010-2345-6789 900101-1234567");
    expect(found.map((f) => f.kind)).toEqual(["phone", "phone", "rrn"]);
  });
});

describe("personal-data scan time", () => {
  // Adversarial shapes for each scanner: the ones that made the old patterns cubic or quadratic.
  const shapes: Record<string, (n: number) => string> = {
    "messenger keyword then spaces": (n) => "카톡" + " ".repeat(n) + "!",
    "messenger keyword, id, spaces": (n) => "카톡 id" + " ".repeat(n) + ":" + " ".repeat(n) + "!",
    "repeated keywords": (n) => "카톡 ".repeat(n / 3),
    "e-mail local part without domain": (n) => "a".repeat(n) + "@",
    "many @ in a row": (n) => "a@".repeat(n / 2),
    "e-mail domain dots": (n) => "a@" + "a.".repeat(n / 2),
    digits: (n) => "1".repeat(n),
    "digit groups with separators": (n) => "12 ".repeat(n / 3),
    "digits with zero-width joiners": (n) => "1\u200B".repeat(n / 2),
    "full-width digits": (n) => "１".repeat(n),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`findPersonalData grows linearly on ${name}`, () => {
      const { ratio, factor } = linearGrowthRatio(make, findPersonalData, { small: 20_000 });
      expect(ratio).toBeLessThan(linearBound(factor));
    });
  }
});
