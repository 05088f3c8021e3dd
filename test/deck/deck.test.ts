import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { collectDeck } from "../../lib/deck/collectDeck.js";
import { deckBytes } from "../../lib/deck/deckBytes.js";
import { deckMimeType, deckPart } from "../../lib/deck/deckPart.js";
import { deckTrend } from "../../lib/deck/deckTrend.js";
import type { Notebook } from "../../lib/report/Notebook.js";
import { renderNotebook } from "../notebooks/harness.js";
import { withholdPersonalData } from "../../lib/report/withholdPersonalData.js";
import { code, notebook } from "../report/notebookFixture.js";

/** The slides' XML of a .pptx, in slide order, and its chart parts. */
async function readDeck(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const slideNames = names
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides = await Promise.all(slideNames.map((n) => zip.file(n)!.async("string")));
  const charts = await Promise.all(
    names
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string")),
  );
  // The text a reader sees on each slide: every <a:t> run.
  const texts = slides.map((xml) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(" "),
  );
  return { slides, charts, texts };
}

const executedWith = (parts: object[]): Notebook => {
  const nb = notebook([code("1")]);
  nb.cells[0] = {
    ...nb.cells[0],
    outputs: parts.map((p) => ({
      output_type: "display_data" as const,
      data: { [deckMimeType]: deckPart(p) },
      metadata: {},
    })),
  } as Notebook["cells"][number];
  return nb;
};

describe("deck parts", () => {
  it("deckTrend makes one ordered line per series and leaves out values that are not numbers", () => {
    const trend = deckTrend(
      [
        { week: "2026-10-12", kpi: "recall", value: 0.47 },
        { week: "2026-10-05", kpi: "recall", value: 0.76 },
        { week: "2026-10-05", kpi: "precision", value: NaN },
        { week: "2026-10-12", kpi: "precision", value: 0.39 },
      ],
      { x: "week", y: "value", z: "kpi", title: "By week", format: "percent" },
    );
    expect(trend.series).toEqual([
      {
        name: "recall",
        points: [
          { x: "2026-10-05", y: 0.76 },
          { x: "2026-10-12", y: 0.47 },
        ],
      },
      { name: "precision", points: [{ x: "2026-10-12", y: 0.39 }] },
    ]);
  });

  it("collectDeck merges the parts in order and is undefined for a notebook that made none", () => {
    expect(collectDeck(notebook([code("1")]))).toBeUndefined();
    const deck = collectDeck(
      executedWith([
        { kpis: [{ name: "A", value: "1", status: "met" }] },
        { decisions: [{ title: "D1", action: "do" }] },
        { kpis: [{ name: "B", value: "2", status: "missed" }] },
      ]),
    );
    expect(deck?.kpis.map((k) => k.name)).toEqual(["A", "B"]);
    expect(deck?.decisions).toEqual([{ title: "D1", action: "do" }]);
    expect(deck?.trends).toEqual([]);
  });

  it("a deck part with raw personal data is withheld like any other output", () => {
    const { cells } = withholdPersonalData(
      executedWith([{ incidents: [{ title: "call 010-1234-5678", when: "today", text: "x" }] }]),
    );
    expect(cells).toHaveLength(1);
    expect(cells[0].findings[0].kind).toBe("phone");
  });

  it("deckBytes writes the title, KPI cards, a native chart per trend, a slide per decision and the incidents", async () => {
    const kpis = Array.from({ length: 11 }, (_, i) => ({
      name: `KPI ${i + 1}`,
      value: `${i}%`,
      target: "≥ 5%",
      status: i < 5 ? ("missed" as const) : ("met" as const),
    }));
    const { slides, charts, texts } = await readDeck(
      await deckBytes(
        {
          title: "요약 Summary",
          info: { period: "week 2026-10-19", dataAsOf: "2026-10-29" },
          source: "x.ipynb",
        },
        {
          kpis,
          trends: [
            deckTrend(
              [
                { w: "2026-10-05", v: 0.5 },
                { w: "2026-10-12", v: 0.6 },
              ],
              {
                x: "w",
                y: "v",
                title: "Trend",
                format: "percent",
              },
            ),
          ],
          decisions: [
            { title: "One", action: "Ship it", impact: "+187", owner: "team" },
            { title: "Two", action: "Hold" },
          ],
          incidents: Array.from({ length: 7 }, (_, i) => ({
            title: `Incident ${i}`,
            when: "d",
            text: "t",
          })),
        },
      ),
    );
    // title + 2 KPI slides (9 + 2 cards) + 1 chart + 2 decisions + 2 incident slides (6 + 1)
    expect(slides).toHaveLength(8);
    expect(texts[0]).toContain("요약 Summary");
    expect(texts[0]).toContain("Data as of: 2026-10-29");
    expect(texts[1]).toContain("KPI 9");
    expect(texts[1]).not.toContain("KPI 10");
    expect(texts[2]).toContain("KPI 11");
    expect(slides[3]).toContain("<p:graphicFrame"); // the chart sits on the trend slide
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain("<c:lineChart>");
    expect(charts[0]).toContain("0%"); // percent axis
    expect(texts[4]).toContain("Decision 1: One");
    expect(texts[4]).toContain("Impact: +187");
    expect(texts[5]).toContain("Decision 2: Two");
    expect(texts[6]).toContain("Incident 5");
    expect(texts[7]).toContain("Incident 6");
  });
});

describe("the executive summary's deck", { timeout: 300_000 }, () => {
  it("renders with --pptx: the same KPI cards, decisions and incidents as the HTML, and LibreOffice opens it", async () => {
    const {
      result,
      html,
      outDir: out,
    } = await renderNotebook("00-executive-summary", {
      pptx: true,
    });
    expect(result.status).toBe("ok");
    expect(result.deck).toBe(join(out, "00-executive-summary.pptx"));
    const executed = JSON.parse(readFileSync(result.executed!, "utf8")) as Notebook;
    const content = collectDeck(executed)!;
    const { slides, charts, texts } = await readDeck(new Uint8Array(readFileSync(result.deck!)));

    // Every KPI card of the HTML is on a slide with the same value.
    const htmlValues = [...html.matchAll(/<div class="card-value">([^<]*)<\/div>/g)].map(
      (m) => m[1],
    );
    expect(content.kpis.map((k) => k.value)).toEqual(htmlValues);
    const all = texts.join(" ");
    for (const k of content.kpis) expect(all).toContain(k.name);
    // One slide per decision card of the HTML, in order.
    const htmlDecisions = [...html.matchAll(/<div class="card-name">\d+\. ([^<]*)<\/div>/g)].map(
      (m) => m[1],
    );
    expect(htmlDecisions.length).toBeGreaterThan(0);
    const decisionSlides = texts.filter((t) => t.startsWith("Decision "));
    expect(decisionSlides).toHaveLength(htmlDecisions.length);
    htmlDecisions.forEach((title, i) =>
      expect(decisionSlides[i]).toContain(`Decision ${i + 1}: ${title.replaceAll("&amp;", "&")}`),
    );
    // The trend is a native chart with both KPIs as series.
    expect(charts).toHaveLength(1);
    for (const s of content.trends[0].series) expect(charts[0]).toContain(s.name);
    expect(content.incidents.length).toBeGreaterThan(0);
    for (const i of content.incidents) expect(all).toContain(i.title.replaceAll("&", "&amp;"));

    // LibreOffice converts it, one PDF page per slide.
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
    expect(
      soffice,
      "LibreOffice is missing: npm run system-deps installs libreoffice-impress",
    ).toBeDefined();
    const converted = spawnSync(
      soffice!,
      [
        "--headless",
        `-env:UserInstallation=file://${join(process.cwd(), out, "lo-profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        result.deck!,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const pdf = readFileSync(join(out, "00-executive-summary.pdf"), "latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(slides.length);
  });
});
