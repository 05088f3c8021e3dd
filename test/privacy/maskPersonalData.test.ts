import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../lib/privacy/maskPersonalData.js";
import { findPersonalData } from "../../lib/privacy/findPersonalData.js";

describe("maskPersonalData", () => {
  it("maskPersonalData masks Korean mobile numbers in every common spelling", () => {
    expect(maskPersonalData("문의 010-1234-5678 주세요")).toBe("문의 ***-****-5678 주세요");
    expect(maskPersonalData("01012345678")).toBe("*******5678");
    expect(maskPersonalData("010 1234 5678")).toBe("*** **** 5678");
    expect(maskPersonalData("010.123.4567")).toBe("***.***.4567");
    expect(maskPersonalData("+82 10-1234-5678")).toBe("+** **-****-5678");
  });

  it("maskPersonalData masks e-mail, resident registration and card numbers", () => {
    expect(maskPersonalData("seller.kim@example.co.kr")).toBe("s***@example.co.kr");
    expect(maskPersonalData("주민번호 900101-1234567")).toBe("주민번호 900101-1******");
    expect(maskPersonalData("card 4111 1111 1111 1111 ok")).toBe("card **** **** **** 1111 ok");
    expect(maskPersonalData("4111111111111111")).toBe("************1111");
  });

  it("maskPersonalData masks messenger handles next to their app", () => {
    expect(maskPersonalData("카톡 ID: shoes_kr77 로 연락")).toBe("카톡 ID: s*** 로 연락");
    expect(maskPersonalData("텔레그램 @luxury_dealer")).toBe("텔레그램 @l***");
    expect(maskPersonalData("kakao: abc123")).toBe("kakao: a***");
  });

  it("findPersonalData reads a Latin app name only as a word of its own, and a written label only as a label", () => {
    // Found by the fuzz run (test/fuzz/personalData.test.ts): masked text was flagged again, so a
    // report withheld output that htmlTable had already masked.
    expect(maskPersonalData("0@kakao0.com")).toBe("0***@kakao0.com");
    expect(findPersonalData("0***@kakao0.com")).toEqual([]);
    expect(findPersonalData("j***@kakaocorp.com kakaofriends mykakao abc")).toEqual([]);
    expect(maskPersonalData("카톡 idkakao")).toBe("카톡 idk***");
    expect(findPersonalData("카톡 idk***")).toEqual([]);
    // Hangul runs into a handle without a space; a Latin app needs a space, a colon or a label.
    expect(maskPersonalData("카톡abc123 kakao abc123 kakaoID:abc123")).toBe(
      "카톡a*** kakao a*** kakaoID:a***",
    );
  });

  it("maskPersonalData leaves prices, model numbers, dates and ids alone", () => {
    const text = "나이키 에어포스1 265mm 129,000원 2026-10-29 L0015480 WH-1000XM5 1234567890123";
    expect(maskPersonalData(text)).toBe(text); // the 13 digits fail the Luhn check
  });

  it("findPersonalData reports each finding once, masked, and ignores masked values", () => {
    const found = findPersonalData("a 010-1234-5678 b 900101-1234567 c x@y.io d 010-****-5678");
    expect(found.map((f) => [f.kind, f.masked])).toEqual([
      ["phone", "***-****-5678"],
      ["rrn", "900101-1******"],
      ["email", "x***@y.io"],
    ]);
    expect(findPersonalData(maskPersonalData("010-1234-5678, x@y.io, 카톡 ID abcdef"))).toEqual([]);
  });
});
