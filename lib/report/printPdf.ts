import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { NotebookError } from "./readNotebook.js";
import * as msg from "./messages.js";

/** Options for {@link printPdf}. */
export interface PrintPdfOptions {
  /** Chromium or Chrome executable. Default: $TNS_CHROMIUM, else /usr/bin/chromium. */
  executablePath?: string;
}

// Flags that keep headless Chromium from calling home: reports are printed offline.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Prints rendered HTML reports to PDF (A4, print stylesheet, backgrounds) with headless Chromium,
 * writing `<name>.pdf` beside each HTML file atomically. Returns the PDF paths.
 * @example await printPdf(["reports/01-detection-overview.html"]);
 */
export async function printPdf(
  htmlPaths: readonly string[],
  options: PrintPdfOptions = {},
): Promise<string[]> {
  const executablePath = options.executablePath ?? process.env.TNS_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new NotebookError(msg.chromiumMissing(executablePath));
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const written: string[] = [];
  try {
    for (const html of htmlPaths) {
      const pdf = html.replace(/\.html$/, ".pdf");
      const temporary = join(dirname(pdf), `.${basename(pdf)}.${process.pid}.tmp`);
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(resolve(html)).href);
        await page.pdf({
          path: temporary,
          format: "A4",
          printBackground: true,
          margin: { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" },
        });
        await rename(temporary, pdf);
        written.push(pdf);
      } finally {
        await page.close();
        await rm(temporary, { force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}
