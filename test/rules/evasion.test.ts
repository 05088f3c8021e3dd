import { describe, expect, it } from "vitest";
import { evasionRobustness } from "../../lib/rules/evasionRobustness.js";
import { evasionVariants } from "../../lib/rules/evasionVariants.js";
import { normalizeText } from "../../lib/rules/normalizeText.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";

describe("evasionVariants and normalizeText", () => {
  it("obfuscates every word five ways", () => {
    expect(evasionVariants("레플리카 replica")).toEqual({
      zero_width: "레\u200B플\u200B리\u200B카 r\u200Be\u200Bp\u200Bl\u200Bi\u200Bc\u200Ba",
      full_width: "레플리카 ｒｅｐｌｉｃａ",
      leetspeak: "레플리카 r3p11c4",
      spaced: "레 플 리 카 r e p l i c a",
      homoglyph: "레플리카 rерlіса",
    });
  });

  it("folds the evasion wave's disguises onto the same text as the keyword", () => {
    const all = ["nfkc", "zero_width", "confusables", "leet", "spaces"] as const;
    const keyword = normalizeText("replica", all);
    for (const disguise of [
      "r3pl1ca",
      "rep1ica",
      "ｒｅｐｌｉｃａ",
      "rep\u200Blica",
      "rерlіса",
      "r e p l i c a",
    ])
      expect([disguise, normalizeText(disguise, all)]).toEqual([disguise, keyword]);
    expect(normalizeText("레 플\u200B리카", all)).toBe("레플리카");
  });
});

describe("evasionRobustness", () => {
  it("reports the share still caught per rule and kind, as written and normalised", () => {
    const set = parseRuleFile("- id: kw\n  when: title contains_any $words\n", {
      lists: { words: ["replica", "레플리카"] },
    });
    const rows = [{ title: "replica bag" }, { title: "레플리카 가방" }, { title: "genuine bag" }];
    const out = evasionRobustness(set, { title: "string" }, rows);
    const row = (kind: string) => out.find((r) => r.kind === kind)!;
    expect(row("spaced")).toEqual({
      rule: "kw",
      kind: "spaced",
      caught: 2,
      as_written: 0,
      normalized: 1,
    });
    expect(row("zero_width")).toMatchObject({ as_written: 0, normalized: 1 });
    expect(row("full_width")).toMatchObject({ as_written: 0.5, normalized: 1 });
    expect(row("leetspeak")).toMatchObject({ as_written: 0.5, normalized: 1 });
    expect(row("homoglyph")).toMatchObject({ as_written: 0.5, normalized: 1 });
  });
});
