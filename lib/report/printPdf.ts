import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium, type LaunchChromiumOptions } from "./launchChromium.js";

/** Options for {@link printPdf}. */
export type PrintPdfOptions = LaunchChromiumOptions;

/**
 * Prints rendered HTML reports to PDF (A4, print stylesheet, backgrounds) with headless Chromium,
 * writing `<name>.pdf` beside each HTML file atomically. Returns the PDF paths.
 * @example await printPdf(["reports/01-detection-overview.html"]);
 */
export async function printPdf(
  htmlPaths: readonly string[],
  options: PrintPdfOptions = {},
): Promise<string[]> {
  const browser = await launchChromium(options);
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
