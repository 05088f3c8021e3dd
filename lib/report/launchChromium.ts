import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { NotebookError } from "./readNotebook.js";
import * as msg from "./messages.js";

/** Options for {@link launchChromium}. */
export interface LaunchChromiumOptions {
  /** Chromium or Chrome executable. Default: $TNS_CHROMIUM, else /usr/bin/chromium. */
  executablePath?: string;
}

// Flags that keep headless Chromium from calling home: reports are opened and printed offline,
// and on a closed network those background connections fail noisily.
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
 * Starts headless Chromium through playwright-core (no browser download: it uses the system's),
 * for printing reports to PDF and checking them as a browser sees them.
 * @example const browser = await launchChromium(); … await browser.close();
 */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? process.env.TNS_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new NotebookError(msg.chromiumMissing(executablePath));
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath, args: chromiumArgs });
}
