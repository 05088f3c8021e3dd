import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";
import { renderNotebook, sampleDatasetWith } from "../notebooks/harness.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";

/** What a reader sees in the outputs: the page without its hidden code cells and tags. */
const outputText = (html: string) =>
  html
    .replace(/<details class="code">[\s\S]*?<\/details>/g, "")
    .replace(/<(style|svg)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

const notebook = "07-post-mortem";

describe("notebooks/07-post-mortem on datasets other than the sample", () => {
  it("renders the post-mortem of the dataset's latest evasion incident from an analyst's exports", async () => {
    const folder = await tempDir("nb07-analyst");
    await writeAnalystLayout("data", folder);
    const incidents = JSON.parse(await readFile(join(folder, "incidents.json"), "utf8")) as {
      id: string;
      kind: string;
      title: string;
      start: string;
    }[];
    const evasion = incidents
      .filter((i) => i.kind === "evasion")
      .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
    const page = await renderNotebook(notebook, { dataset: resolve(folder, "tns.yaml") });
    expect([page.result.status, page.result.message]).toEqual(["ok", undefined]);
    const html = page.html;
    const text = outputText(html);
    expect(text).toContain(`${evasion.id} — ${evasion.title}.`);
    for (const section of [
      "Summary",
      "Timeline",
      "Impact",
      "Root cause",
      "What the fix does",
      "Action items",
    ])
      expect(html).toContain(`>${section}</h2>`);
    // The figures of the same data read from other file names, columns and encodings.
    expect(text).toMatch(
      /190 counterfeit listings from 27 sellers \(category = bags, seller_tier = new, seller_country = CN or HK\)/,
    );
    expect(text).toMatch(/Missed \(never flagged\) 101 missed 53\.2% of the wave's violations/);
    expect(text).toMatch(
      /Counterfeit recall 59\.4% missed before 100\.0% \[93\.0–100\.0%\], n = 51/,
    );
    expect(text).toMatch(
      /Root cause located: category = bags, seller_tier = new, seller_country = (CN|HK) \(\d+\.\d%\)/,
    );
    expect(text).toContain(
      "catches 190 of 190 (100.0%) wave listings against 0 of 190 (0.0%) as written",
    );
    expect(text).toMatch(/First detection by people 2026-09-\d\d \d\d:\d\d \d+\.\d h first audit/);
    expect(html).toContain('aria-label="Root-cause segments before and during"');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    expect(page.externalUrls()).toEqual([]);
  }, 300_000);

  it("says in one line per section that there is nothing to write about when the dataset has no incidents file", async () => {
    const dataset = await sampleDatasetWith({
      zone: "Asia/Seoul",
      tables: ["listings", "sellers", "flags", "reviews"],
      finalNewline: true,
    });
    const page = await renderNotebook(notebook, { dataset });
    expect([page.result.status, page.result.message]).toEqual(["ok", undefined]);
    const text = outputText(page.html);
    const line = "no incidents file in the dataset: nothing to write a post-mortem about";
    // Once under the title, then once in each of the six sections.
    expect(text.split(line).length - 1).toBe(7);
    expect(text).toContain("no incident");
    expect(text).not.toMatch(/undefined|NaN|INC-2026|Root cause located/);
  }, 300_000);
});
