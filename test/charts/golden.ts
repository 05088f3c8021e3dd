import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "golden", "charts");
const BLOCK =
  /<(?=(?:figure|figcaption|h2|h3|div|svg|g|\/g|rect|circle|line|path|text|details|table|tr)[\s>])/g;

/**
 * Chart HTML made comparable across machines and reviewable in `git diff`: numbers in attribute
 * values rounded to 2 decimals, content-hash ids replaced by `ID`, one element per line.
 */
export function normalizeChart(html: string): string {
  const rounded = html.replace(/="([^"]*)"/g, (_, value: string) => {
    const numbers = value.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return `="${numbers}"`;
  });
  // A newline before structural tags only; never inside <text>, where Plot sets white-space: pre.
  const ids = rounded.replace(/\b(tns-plot)-[0-9a-f]{8}-(\d+)\b/g, "$1-ID-$2");
  return ids.replace(BLOCK, "\n<").trimStart() + "\n";
}

/** Compares a chart with test/golden/charts/<name>; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function expectGolden(name: string, html: string): void {
  const file = join(GOLDEN_DIR, name);
  const actual = normalizeChart(html);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file ${file} is missing; run UPDATE_GOLDEN=1 npx vitest run test/charts`,
    );
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/** Every http(s) URL in a string, deduplicated. */
export function urlsIn(html: string): string[] {
  return [...new Set(html.match(/https?:\/\/[^\s"'<>)]*/g) ?? [])];
}

export const HOSTILE = "<img src=x onerror=alert(1)>";
export const HOSTILE_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
