import * as pptxgenjs from "pptxgenjs";
import { coverageNote } from "../report/coverageNote.js";
import type { KpiStatusName } from "../view/KpiCard.js";
import type { ReportInfo } from "../report/reportInfo.js";
import type { DeckContent } from "./collectDeck.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

// The package's types describe a CommonJS default export; Node loads its ES build, whose default
// export is the same class.
const PptxGenJS = pptxgenjs.default as unknown as typeof pptxgenjs.default.default;
type Slide = ReturnType<InstanceType<typeof PptxGenJS>["addSlide"]>;

/** What the title slide says besides the content. */
export interface DeckTitle {
  /** The report's title, e.g. "Executive summary: Trust & Safety this week". */
  title: string;
  /** Header facts the notebook displayed (period, data as of, audience, coverage). */
  info: ReportInfo;
  /** Where the deck came from, e.g. "notebooks/00-executive-summary.ipynb". */
  source: string;
}

// The report's palette (reportStyles.ts), without the leading #.
const ink = "1D2433";
const muted = "5B6475";
const line = "D9DEE7";
const wash = "F5F7FA";
const status: Record<KpiStatusName, { fill: string; text: string }> = {
  met: { fill: "E3F3E8", text: "1B7F3B" },
  at_risk: { fill: "FDF0DC", text: "B26B00" },
  missed: { fill: "FBE5E3", text: "B3261E" },
  no_data: { fill: wash, text: muted },
  partial: { fill: wash, text: muted },
};
/** Okabe–Ito, as the report's charts. */
const seriesColours = ["0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00"];
/** Malgun Gothic is the Korean UI font of Windows Office; LibreOffice substitutes a CJK font. */
const font = "Malgun Gothic";
const W = 13.333;
const kpisPerSlide = 9;
const incidentsPerSlide = 6;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

/**
 * An editable PowerPoint deck of a report (pptxgenjs): a title slide with the period and data
 * freshness, KPI cards in status colours, one native line chart per trend, one slide per decision,
 * and the incidents in plain language, the deck's own words in `lang` (default "en"). Returns the
 * .pptx bytes.
 * @example await writeFileAtomic("reports/00-executive-summary.pptx", await deckBytes(title, content))
 */
export async function deckBytes(
  title: DeckTitle,
  content: DeckContent,
  lang: Lang = "en",
): Promise<Uint8Array> {
  const t = messages(lang).deck;
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = title.title;
  pptx.company = "TnS Kit";
  pptx.theme = { headFontFace: font, bodyFontFace: font };

  const heading = (slide: Slide, text: string) =>
    slide.addText(text, {
      x: 0.5,
      y: 0.3,
      w: W - 1,
      h: 0.7,
      fontFace: font,
      fontSize: 26,
      bold: true,
      color: ink,
    });
  const footer = (slide: Slide, text: string) =>
    slide.addText(text, {
      x: 0.5,
      y: 6.95,
      w: W - 1,
      h: 0.35,
      fontFace: font,
      fontSize: 10,
      color: muted,
    });
  const stamp = [title.info.period, title.info.dataAsOf && t.stampDataAsOf(title.info.dataAsOf)]
    .filter(Boolean)
    .join(" · ");

  // 1. Title: what, when, how fresh, and whether the data reaches the report date.
  const cover = pptx.addSlide();
  cover.addText(title.title, {
    x: 0.8,
    y: 2.0,
    w: W - 1.6,
    h: 1.4,
    fontFace: font,
    fontSize: 36,
    bold: true,
    color: ink,
  });
  const facts = [
    title.info.period && t.period(title.info.period),
    title.info.dataAsOf && t.dataAsOf(title.info.dataAsOf),
    title.info.audience && t.audience(title.info.audience),
  ].filter((s): s is string => Boolean(s));
  cover.addText(facts.join("\n"), {
    x: 0.8,
    y: 3.5,
    w: W - 1.6,
    h: 1.4,
    fontFace: font,
    fontSize: 18,
    color: muted,
    valign: "top",
  });
  if (title.info.coverage?.status === "incomplete")
    cover.addText(t.incomplete(coverageNote(title.info.coverage, lang)), {
      x: 0.8,
      y: 5.0,
      w: W - 1.6,
      h: 0.6,
      fontFace: font,
      fontSize: 16,
      bold: true,
      color: status.missed.text,
      fill: { color: status.missed.fill },
    });
  footer(cover, t.madeBy(title.source));

  // 2. KPI cards, worst first as the notebook ordered them, nine to a slide.
  chunks(content.kpis, kpisPerSlide).forEach((cards, page, pages) => {
    const slide = pptx.addSlide();
    heading(slide, pages.length > 1 ? t.page(t.kpis, page + 1, pages.length) : t.kpis);
    cards.forEach((card, i) => {
      const s = status[card.status] ?? status.no_data;
      const x = 0.5 + (i % 3) * 4.15;
      const y = 1.2 + Math.floor(i / 3) * 1.85;
      slide.addShape(pptx.ShapeType.rect, {
        x,
        y,
        w: 4.0,
        h: 1.7,
        fill: { color: "FFFFFF" },
        line: { color: s.text, width: 1.5 },
      });
      slide.addText(card.name, {
        x: x + 0.12,
        y: y + 0.05,
        w: 3.76,
        h: 0.45,
        fontFace: font,
        fontSize: 11,
        color: muted,
      });
      slide.addText(card.value, {
        x: x + 0.12,
        y: y + 0.45,
        w: 2.3,
        h: 0.6,
        fontFace: font,
        fontSize: 24,
        bold: true,
        color: ink,
      });
      slide.addText(t.statusLabel[card.status] ?? t.statusLabel.no_data, {
        x: x + 2.5,
        y: y + 0.55,
        w: 1.38,
        h: 0.4,
        fontFace: font,
        fontSize: 11,
        bold: true,
        color: s.text,
        fill: { color: s.fill },
        align: "center",
      });
      const lines = [card.target && t.target(card.target), card.detail].filter(Boolean).join("\n");
      slide.addText(lines, {
        x: x + 0.12,
        y: y + 1.05,
        w: 3.76,
        h: 0.6,
        fontFace: font,
        fontSize: 9,
        color: muted,
        valign: "top",
      });
    });
    footer(slide, stamp);
  });

  // 3. Trends as native charts: a reader can restyle them or read their data in PowerPoint.
  for (const trend of content.trends) {
    const slide = pptx.addSlide();
    heading(slide, trend.title);
    const labels = [...new Set(trend.series.flatMap((s) => s.points.map((p) => p.x)))].sort();
    const data = trend.series.map((s) => {
      const at = new Map(s.points.map((p) => [p.x, p.y]));
      return { name: s.name, labels, values: labels.map((x) => at.get(x) ?? null) as number[] };
    });
    slide.addChart(pptx.ChartType.line, data, {
      x: 0.5,
      y: 1.1,
      w: W - 1,
      h: 5.0,
      showLegend: true,
      legendPos: "b",
      legendFontFace: font,
      chartColors: seriesColours.slice(0, data.length),
      lineSize: 2,
      lineDataSymbol: "circle",
      lineDataSymbolSize: 6,
      valAxisLabelFormatCode: trend.format === "percent" ? "0%" : "#,##0.##",
      catAxisLabelFontFace: font,
      valAxisLabelFontFace: font,
      catAxisLabelFontSize: 10,
      valAxisLabelFontSize: 10,
      valGridLine: { color: line, size: 0.5 },
      ...(trend.format === "percent" ? { valAxisMinVal: 0, valAxisMaxVal: 1 } : {}),
    });
    if (trend.caption)
      slide.addText(trend.caption, {
        x: 0.5,
        y: 6.15,
        w: W - 1,
        h: 0.75,
        fontFace: font,
        fontSize: 11,
        color: muted,
        valign: "top",
      });
    footer(slide, stamp);
  }

  // 4. One slide per decision, as the report's cards say it.
  content.decisions.forEach((d, i) => {
    const slide = pptx.addSlide();
    heading(slide, t.decision(i + 1, d.title));
    slide.addText(d.action, {
      x: 0.5,
      y: 1.2,
      w: W - 1,
      h: 1.3,
      fontFace: font,
      fontSize: 22,
      bold: true,
      color: ink,
      valign: "top",
    });
    const body = [
      d.impact && { text: t.impact(d.impact), options: { breakLine: true } },
      d.rationale && { text: t.why(d.rationale), options: { breakLine: true } },
      d.owner && { text: t.owner(d.owner) },
    ].filter((p): p is { text: string; options: { breakLine: boolean } } => Boolean(p));
    if (body.length)
      slide.addText(body, {
        x: 0.5,
        y: 2.6,
        w: W - 1,
        h: 4.2,
        fontFace: font,
        fontSize: 15,
        color: ink,
        valign: "top",
        paraSpaceAfter: 10,
      });
    footer(slide, stamp);
  });
  if (content.decisions.length === 0) {
    const slide = pptx.addSlide();
    heading(slide, t.decisions);
    slide.addText(t.noDecision, {
      x: 0.5,
      y: 1.3,
      w: W - 1,
      h: 0.8,
      fontFace: font,
      fontSize: 20,
      color: muted,
    });
  }

  // 5. Incidents in plain language, six to a slide.
  chunks(content.incidents, incidentsPerSlide).forEach((items, page, pages) => {
    const slide = pptx.addSlide();
    heading(slide, pages.length > 1 ? t.page(t.incidents, page + 1, pages.length) : t.incidents);
    slide.addText(
      items.flatMap((item) => [
        { text: item.title, options: { bold: true, fontSize: 15, breakLine: true } },
        { text: item.when, options: { color: muted, fontSize: 11, breakLine: true } },
        { text: item.text, options: { fontSize: 12, breakLine: true, paraSpaceAfter: 12 } },
      ]),
      { x: 0.5, y: 1.1, w: W - 1, h: 5.8, fontFace: font, color: ink, valign: "top" },
    );
    footer(slide, stamp);
  });

  return (await pptx.write({ outputType: "nodebuffer" })) as Uint8Array;
}
