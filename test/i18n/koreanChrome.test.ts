import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { deckBytes } from "../../lib/deck/deckBytes.js";
import { htmlTable } from "../../lib/report/htmlTable.js";
import { kpiCardsHtml } from "../../lib/report/kpiCardsHtml.js";
import { launchChromium } from "../../lib/report/launchChromium.js";
import type { CodeCell, Notebook, Output } from "../../lib/report/Notebook.js";
import { recommendationCardsHtml } from "../../lib/report/recommendationCardsHtml.js";
import { renderIndexHtml } from "../../lib/report/renderIndexHtml.js";
import { renderNotebookHtml } from "../../lib/report/renderNotebookHtml.js";
import { reportWorkbook } from "../../lib/report/reportWorkbook.js";
import { parseKpis } from "../../lib/kpi/parseKpis.js";
import { kpiText } from "../../lib/kpi/kpiText.js";
import { code, markdown, notebook, tempDir } from "../report/notebookFixture.js";

const tagged = (source: string, lang: string) => ({
  ...markdown(source),
  metadata: { tns: { lang } },
});
const display = (html: string): Output => ({
  output_type: "display_data",
  data: { "text/html": html },
  metadata: {},
});
const queues = Array.from({ length: 12 }, (_, i) => ({ queue: `q${i + 1}`, flags: 1000 * i }));

/** A notebook with prose in both languages, an untagged cell and a table shown in `lang`. */
function bilingual(lang: "en" | "ko"): Notebook {
  const cell: CodeCell = {
    ...(code("1") as CodeCell),
    execution_count: 1,
    outputs: [display(htmlTable(queues, { caption: "큐별 플래그", lang }))],
  };
  return notebook([
    tagged("# Weekly summary\n\nEnglish prose.", "en"),
    tagged("# 주간 요약\n\n한국어 본문.", "ko"),
    markdown("## Queues · 대기열"),
    cell,
  ]);
}

describe("a report in Korean", () => {
  it("renderNotebookHtml keeps only the Korean prose and untagged cells, with Korean chrome", () => {
    const html = renderNotebookHtml(bilingual("ko"), {
      lang: "ko",
      status: "failed",
      failedCell: 4,
      parameters: { lang: "ko" },
    });
    expect(html).toContain("<h1>주간 요약</h1>");
    expect(html).toContain("한국어 본문.");
    expect(html).not.toContain("English prose.");
    expect(html).not.toContain("Weekly summary");
    expect(html).toContain("Queues · 대기열");
    expect(html).toContain("TnS Kit 보고서");
    expect(html).toContain("<dt>상태</dt>");
    expect(html).toContain(">실패</span>");
    expect(html).toContain("이 보고서는 완전하지 않습니다.");
    expect(html).toContain("셀 4이(가) 실패하여");
    expect(html).toContain("<strong>목차</strong>");
    expect(html).toContain(">CSV&nbsp;내려받기</a>");
    expect(html).toContain('data-row-count="{n}행"');
    expect(html).toContain("word-break: keep-all");
    // The code toggles keep their cell numbers: the English cell left out is still cell 1.
    expect(html).toContain("코드 (셀 4)");
    expect(html).not.toMatch(/Contents|Status|Download|Rendered by/);
  });

  it("renderNotebookHtml in English leaves out the Korean prose and writes no Korean chrome", () => {
    const html = renderNotebookHtml(bilingual("en"));
    expect(html).toContain("<h1>Weekly summary</h1>");
    expect(html).not.toContain("한국어 본문.");
    expect(html).not.toContain("data-row-count");
    expect(html).not.toContain("keep-all");
    expect(html).toContain(">Download&nbsp;CSV</a>");
  });

  it("htmlTable, kpiCardsHtml and recommendationCardsHtml write their own words in Korean", () => {
    const table = htmlTable(queues, { limit: 5, lang: "ko" });
    expect(table).toContain("전체 12행 중 5행 표시.");
    expect(table).toContain("표의 데이터(12행)를 CSV(UTF-8)로 내려받기");
    expect(htmlTable(queues, { csvLimit: 3, lang: "ko" })).toContain(">CSV 없음</span>");
    const cards = kpiCardsHtml(
      [
        { name: "정밀도", value: "81%", target: "≥ 80%", status: "met" },
        { name: "재현율", value: "40%", status: "partial" },
      ],
      { lang: "ko" },
    );
    expect(cards).toContain('<span class="status status-met">달성</span> 목표 ≥ 80%');
    expect(cards).toContain("진행 중, 판정 안 함");
    expect(
      recommendationCardsHtml([{ title: "규칙", action: "배포", owner: "ops" }], { lang: "ko" }),
    ).toContain("담당: ops");
  });

  it("timeSeriesChart writes Korean day ticks that do not crowd a 90-day axis, and 수치 보기", () => {
    const days = Array.from({ length: 90 }, (_, i) => ({
      day: new Date(Date.UTC(2026, 7, 1 + i)).toISOString().slice(0, 10),
      rate: 0.1 + (i % 7) / 100,
    }));
    const svg = timeSeriesChart(days, { x: "day", y: "rate", title: "일별 비율", lang: "ko" });
    const ticks = [...svg.matchAll(/>(\d+월 \d+일)</g)].map((m) => m[1]);
    expect(ticks[0]).toBe("8월 1일");
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(svg).toContain("수치 보기");
    expect(svg).not.toMatch(/>(Aug|Sep|Oct)</);
  });

  it("renderIndexHtml lists the reports in Korean", () => {
    const html = renderIndexHtml(
      [
        {
          notebook: "00.ipynb",
          title: "경영진 요약",
          status: "ok",
          html: "00.html",
          deck: "00.pptx",
          xlsx: "00.xlsx",
          parameters: { lang: "ko" },
          seconds: 1,
        },
        {
          notebook: "01.ipynb",
          title: "탐지",
          status: "failed",
          html: "01.html",
          failedCell: 3,
          message: "boom",
          parameters: {},
          seconds: 1,
        },
      ],
      undefined,
      "ko",
    );
    expect(html).toContain("<h1>신뢰·안전(T&amp;S) 보고서</h1>");
    expect(html).toContain("보고서 2개 중 1개가 완전히 만들어지지 않았습니다.");
    expect(html).toContain("<th>보고서</th><th>기간</th><th>상태</th><th>매개변수</th>");
    expect(html).toContain(">파워포인트 자료</a>");
    expect(html).toContain(">엑셀 통합 문서</a>");
    expect(html).toContain("boom (셀 3)");
    expect(html).toContain(">완료</span>");
    expect(html).toContain(">실패</span>");
  });

  it("reportWorkbook's contents sheet reads back in Korean", async () => {
    const executed = bilingual("ko");
    const bytes = await reportWorkbook(executed, {
      title: "주간 요약",
      source: "notebooks/x.ipynb",
      status: "ok",
      info: { period: "2026년 10월 19일 – 2026년 10월 25일", dataAsOf: "2026년 10월 29일" },
      lang: "ko",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const contents = workbook.worksheets[0];
    expect(contents.name).toBe("목차");
    const rows = contents.getSheetValues().filter(Boolean) as unknown[][];
    const pairs = rows.map((r) => r.slice(1));
    expect(pairs).toContainEqual(["보고서", "주간 요약"]);
    expect(pairs).toContainEqual(["기간", "2026년 10월 19일 – 2026년 10월 25일"]);
    expect(pairs).toContainEqual(["데이터 기준일", "2026년 10월 29일"]);
    expect(pairs).toContainEqual(["상태", "완료"]);
    expect(pairs).toContainEqual(["시트", "표", "행 수", "비고"]);
    expect(workbook.worksheets[1].name).toBe("큐별 플래그");
  });

  it("deckBytes writes the deck's own words in Korean", async () => {
    const bytes = await deckBytes(
      {
        title: "경영진 요약",
        info: {
          period: "2026년 10월 19일 주간",
          dataAsOf: "2026년 10월 29일",
          coverage: {
            status: "incomplete",
            date: "2026-12-31",
            dataEnds: "2026-10-29",
            note: "data ends 2026-10-29, before the report date 2026-12-31",
          },
        },
        source: "notebooks/00-executive-summary.ipynb",
      },
      {
        kpis: [{ name: "정밀도", value: "81%", target: "≥ 80%", status: "met" }],
        trends: [],
        decisions: [
          { title: "규칙", action: "배포", impact: "+3", rationale: "근거", owner: "ops" },
        ],
        incidents: [{ title: "사건 하나", when: "2026-10-01", text: "설명." }],
      },
      "ko",
    );
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const texts = await Promise.all(
      slides.map(async (n) =>
        [...(await zip.file(n)!.async("string")).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => m[1])
          .join(" "),
      ),
    );
    expect(texts[0]).toContain("기간: 2026년 10월 19일 주간");
    expect(texts[0]).toContain("데이터 기준일: 2026년 10월 29일");
    expect(texts[0]).toContain(
      "불완전: 데이터가 보고 기준일 2026년 12월 31일보다 앞선 2026년 10월 29일에 끝납니다",
    );
    expect(texts[1]).toContain("KPI 목표 대비 현황");
    expect(texts[1]).toContain("달성");
    expect(texts[1]).toContain("목표 ≥ 80%");
    expect(texts[2]).toContain("결정 1: 규칙");
    expect(texts[2]).toContain("효과: +3");
    expect(texts[2]).toContain("근거: 근거");
    expect(texts[2]).toContain("담당: ops");
    expect(texts[3]).toContain("사건");
    expect(texts.join(" ")).not.toMatch(
      /KPIs against target|Decision|Impact|Owner|Period|Incidents/,
    );
  });

  it("parseKpis reads a KPI's Korean title and description, and kpiText picks them", () => {
    const set = parseKpis(
      `kpis:
  - name: appeal_overturn_rate
    title: Appeal overturn rate
    description: Share of resolved appeals the seller won.
    ko: { title: "이의 제기 번복률, 주간", description: "판매자가 이긴 비율." }
    owner: policy
    area: enforcement
    grain: week
    format: percent
    formula: { ratio: { numerator: { table: appeals, time: resolved_at, where: { outcome: overturned } }, denominator: { table: appeals, time: resolved_at } } }
`,
      "kpis.yaml",
    );
    const [kpi] = set.kpis;
    expect(kpiText(kpi, "ko")).toEqual({
      title: "이의 제기 번복률, 주간",
      description: "판매자가 이긴 비율.",
    });
    expect(kpiText(kpi, "en").title).toBe("Appeal overturn rate");
    expect(() =>
      parseKpis(
        "kpis:\n  - { name: a, title: A, description: d, owner: o, area: x, grain: day, ko: 3, formula: { count: { table: flags, time: flagged_at } } }\n",
        "kpis.yaml",
      ),
    ).toThrow(/ko/);
  });

  it("the table script writes the filter box and row counts in the page's language", async () => {
    const out = await tempDir("korean-page");
    const path = resolve(join(out, "page.html"));
    await writeFile(path, renderNotebookHtml(bilingual("ko"), { lang: "ko" }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(pathToFileURL(path).href);
      const input = page.locator(".table-filter input");
      expect(await input.getAttribute("placeholder")).toBe("행 검색");
      expect(await input.getAttribute("aria-label")).toBe("아래 표의 행 걸러내기");
      expect(await page.locator(".table-filter-count").textContent()).toBe("12행");
      await input.fill("q1");
      await expect
        .poll(() => page.locator(".table-filter-count").textContent(), { timeout: 15_000 })
        .toBe("12행 중 4행");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("tns with an unknown language", () => {
  it("render and report stop with exit 2 and say which languages there are", () => {
    for (const args of [
      ["render", "notebooks/00-executive-summary.ipynb", "--param", "lang=fr"],
      ["report", "--only", "00", "--param", "lang=fr", "--out", "test/.tmp/no-report"],
    ]) {
      const run = spawnSync("node", ["bin/tns.js", ...args], {
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain('lang "fr": not a language the kit writes; pass one of en, ko');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
