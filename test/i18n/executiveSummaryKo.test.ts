import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Notebook } from "../../lib/report/Notebook.js";
import { renderNotebook } from "../notebooks/harness.js";

const hangul = /[\uAC00-\uD7A3]/;
const strip = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replaceAll("&amp;", "&")
    .trim();

describe("the executive summary with lang=ko", { timeout: 300_000 }, () => {
  it("renders its prose, cards, decisions, incidents, deck and workbook in Korean", async () => {
    const { result, html } = await renderNotebook("00-executive-summary", {
      parameters: { lang: "ko" },
      pptx: true,
      xlsx: true,
    });
    expect(result.status, result.message).toBe("ok");
    expect(result.title).toBe("경영진 요약: 이번 주 신뢰·안전(T&S) 현황");
    expect(result.summary).toMatch(/^대상 TnS·운영·정책·사업 책임자\./);

    // Only the Korean prose: every heading is Korean, no English cell is left.
    const headings = [...html.matchAll(/<h[12][^>]*>(.*?)<\/h[12]>/g)].map((m) => strip(m[1]));
    expect(headings.length).toBeGreaterThanOrEqual(5);
    for (const h of headings) expect(h).toMatch(hangul);
    expect(html).not.toContain("Three decisions for this week");
    expect(html).not.toContain("Incidents in plain language");

    // Header: Korean labels and long dates.
    expect(html).toMatch(/<dt>데이터 기준일<\/dt><dd>\d{4}년 \d{1,2}월 \d{1,2}일<\/dd>/);
    expect(html).toMatch(/<dt>기간<\/dt><dd>\d{4}년 \d{1,2}월 \d{1,2}일 – .*주간\(Asia\/Seoul\)/);
    expect(html).toContain("<dt>상태</dt>");

    // KPI cards: Korean names (from kpis.yaml), statuses, 목표 and detail lines.
    const names = [...html.matchAll(/<div class="card-name">([^<]*)<\/div>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(5);
    for (const n of names) expect(n).toMatch(hangul);
    const pills = [
      ...html.matchAll(
        /<span class="status status-(?:met|at_risk|missed|no_data)">([^<]*)<\/span>/g,
      ),
    ].map((m) => m[1]);
    expect(new Set(pills).size).toBeGreaterThan(1);
    for (const p of pills) expect(["달성", "위험", "미달", "데이터 없음"]).toContain(p);
    for (const d of html.matchAll(/<div class="card-detail">([^<]*)<\/div>/g))
      expect(d[1]).toMatch(hangul);
    expect(html).toMatch(/KPI <strong>\d+개 중 \d+개<\/strong>가 목표를 달성했습니다/);

    // Decisions and incidents are Korean sentences.
    for (const a of html.matchAll(/<div class="card-action">([^<]*)<\/div>/g))
      expect(a[1]).toMatch(hangul);
    const incidents = html.slice(
      html.lastIndexOf("알기 쉽게 본 사건"),
      html.lastIndexOf("상세 보고서"),
    );
    const items = [...incidents.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => strip(m[1]));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/근거: /);
    expect(incidents).not.toMatch(/Evidence|no segment given/);

    // The deck: Korean slide titles, statuses and decisions; the chart's series in Korean.
    const zip = await JSZip.loadAsync(new Uint8Array(readFileSync(result.deck!)));
    const slideNames = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const texts = await Promise.all(
      slideNames.map(async (n) =>
        [...(await zip.file(n)!.async("string")).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => m[1])
          .join(" "),
      ),
    );
    const all = texts.join("\n");
    expect(all).toContain("KPI 목표 대비 현황");
    expect(all).toMatch(/결정 1: 규칙: /);
    expect(all).toContain("사건");
    expect(all).not.toMatch(/KPIs against target|Decision \d|Impact:|Why:|Owner:|Period:/);
    const chart = await zip.file(/^ppt\/charts\/chart\d+\.xml$/)[0].async("string");
    expect(chart).toContain("검토자 확인 정밀도");

    // The workbook's contents sheet.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(result.xlsx!) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe("목차");
    expect(workbook.worksheets[0].getCell("A1").value).toBe("보고서");
    expect(workbook.worksheets[0].getCell("B1").value).toBe(result.title);

    // The executed notebook keeps both languages' prose: only the page chooses.
    const executed = JSON.parse(readFileSync(result.executed!, "utf8")) as Notebook;
    const langs = executed.cells.map(
      (c) => (c.metadata.tns as { lang?: string } | undefined)?.lang,
    );
    expect(langs.filter((l) => l === "en").length).toBe(langs.filter((l) => l === "ko").length);
  });

  it("the KPI dashboard's cards read in Korean too: names, values, targets and detail lines", async () => {
    const { result, html } = await renderNotebook("04-kpi-dashboard", {
      parameters: { lang: "ko" },
    });
    expect(result.status, result.message).toBe("ok");
    const names = [...html.matchAll(/<div class="card-name">([^<]*)<\/div>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(5);
    for (const n of names)
      expect(n).toMatch(/^[^()]*\p{Script=Hangul}.* \(\d{4}년 \d{1,2}월 \d{1,2}일\)$/u);
    const details = [...html.matchAll(/<div class="card-detail">([^<]*)<\/div>/g)].map((m) => m[1]);
    expect(details.length).toBe(names.length);
    for (const d of details)
      expect(d).toMatch(/^표본 [\d,.만억]+( · 95% 신뢰구간 [^·]+)? · 담당 \S+$/);
    expect(html).toMatch(/목표 ≤ 8\.0시간/);
    expect([...names, ...details].join("\n")).not.toMatch(/owner|n = |CI| h\b/);
  }, 300_000);
});
