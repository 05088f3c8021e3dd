import { describe, expect, it } from "vitest";
import { checkLang } from "../../lib/i18n/checkLang.js";
import { en } from "../../lib/i18n/en.js";
import { I18nError } from "../../lib/i18n/I18nError.js";
import { ko } from "../../lib/i18n/ko.js";
import { messages } from "../../lib/i18n/messages.js";
import { coverageNote } from "../../lib/report/coverageNote.js";
import { reportCoverage } from "../../lib/report/reportCoverage.js";
import { formatKpiValue } from "../../lib/kpi/formatKpiValue.js";

// Arguments for the functions that take a name from a fixed set.
const samples: Record<string, unknown[]> = {
  "tuning.rationale": ["meets_targets", 2],
  "tuning.held": ["80.0%", "precision"],
};

/** Every leaf of a catalog with its path; functions are called with sample arguments. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "function") {
    const sample =
      samples[path] ?? Array.from({ length: value.length }, (_, i) => (i % 2 ? 7 : "X"));
    return [[path, (value as (...args: unknown[]) => unknown)(...sample)]];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

const hangul = /[\uAC00-\uD7A3]/;
// Korean values that are rightly without Hangul: names, pure templates, the empty grain word.
const noHangul = new Set([
  "index.kicker",
  "grain.day",
  "deck.page",
  "summary.kpiName",
  "summary.kpiTitle",
]);
// English keys the Korean catalog fills where English keeps the kit's default (undefined).
const koOnly = new Set(["charts.dayTick", "tuning.rationale"]);

describe("the Korean catalog", () => {
  it("has every key of the English one, in the same shape", () => {
    const keys = (catalog: unknown) =>
      leaves(catalog).map(([path]) => path.replace(/\[\d+\]/g, "[]"));
    const koKeys = new Set(keys(ko));
    const missing = [...new Set(keys(en))].filter((k) => !koKeys.has(k) && !koOnly.has(k));
    expect(missing).toEqual([]);
  });

  it("has no empty, placeholder or untranslated value", () => {
    const bad = leaves(ko).filter(([path, text]) => {
      if (noHangul.has(path)) return false;
      if (typeof text !== "string") return true;
      return text.trim() === "" || /TODO|FIXME|undefined|NaN/.test(text) || !hangul.test(text);
    });
    expect(bad).toEqual([]);
  });

  it("messages picks the catalog of a language", () => {
    expect(messages("ko").status.ok).toBe("완료");
    expect(messages().status.ok).toBe("complete");
  });
});

describe("formatters", () => {
  it("formatKpiValue writes hours as 시간 in Korean; percentages are unchanged", () => {
    expect(formatKpiValue(4.276, "hours", "ko")).toBe("4.3시간");
    expect(formatKpiValue(4.276, "hours")).toBe("4.3 h");
    expect(formatKpiValue(0.8734, "percent", "ko")).toBe("87.3%");
  });

  it("coverageNote says the coverage in Korean with Korean days", () => {
    expect(coverageNote(reportCoverage("2026-10-29", "2026-12-31"), "ko")).toBe(
      "데이터가 보고 기준일 2026년 12월 31일보다 앞선 2026년 10월 29일에 끝납니다",
    );
    expect(coverageNote(reportCoverage("2026-10-29", "2026-10-29"))).toBe(
      "data through 2026-10-29 (ends 2026-10-29)",
    );
  });
});

describe("checkLang", () => {
  it("takes en and ko", () => {
    expect(checkLang("ko")).toBe("ko");
    expect(checkLang("en")).toBe("en");
  });

  it("rejects any other value naming it and the languages there are, as bad input", () => {
    expect(() => checkLang("fr")).toThrow(
      /lang "fr": not a language the kit writes; pass one of en, ko/,
    );
    expect(() => checkLang("KO")).toThrow(I18nError);
    expect(() => checkLang(undefined)).toThrow(/lang undefined/);
    try {
      checkLang("jp");
    } catch (error) {
      expect((error as I18nError).exitCode).toBe(2);
    }
  });
});
