import { MultiBar, Presets } from "cli-progress";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { log, logReport, reportLine } from "./cliLog.js";

/** Reports suite progress: a live bar on a terminal, one plain line per event in CI and logs. */
export interface SuiteProgress {
  onProgress: (event: { notebook: string; result?: ReportResult }) => void;
  stop: () => void;
}

/**
 * A progress display for `tns report`: on an interactive terminal (and not under CI=true) a bar
 * with the notebooks running now; otherwise plain lines, which read well in CI logs and cron mail.
 * @example const progress = suiteProgress(8); … progress.stop();
 */
export function suiteProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): SuiteProgress {
  const live = Boolean(stream.isTTY) && !process.env.CI;
  if (!live) {
    return {
      onProgress: ({ notebook, result }) =>
        result ? logReport(result) : log(`running ${notebook} …`),
      stop: () => {},
    };
  }
  const running = new Set<string>();
  const bars = new MultiBar(
    {
      format: "rendering [{bar}] {value}/{total} · {running}",
      stream,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { running: "" });
  return {
    onProgress: ({ notebook, result }) => {
      if (!result) running.add(notebook);
      else {
        running.delete(notebook);
        // Finished notebooks are logged above the bar, so the list of results stays on screen.
        bars.log(`${reportLine(result)}\n`);
        bar.increment(1);
      }
      bar.update({ running: [...running].join(", ") });
    },
    stop: () => {
      // Flush lines logged since the last redraw before the bar goes away.
      bars.update();
      bars.stop();
    },
  };
}
