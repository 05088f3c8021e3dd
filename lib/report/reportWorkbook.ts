import { tableWorkbook } from "../export/tableWorkbook.js";
import type { Notebook, ParameterValue } from "./Notebook.js";
import type { ReportInfo } from "./reportInfo.js";
import { reportTables } from "./reportTables.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/** What {@link reportWorkbook} says about the report on its contents sheet. */
export interface ReportWorkbookOptions {
  title: string;
  /** The notebook's path as shown in the report. */
  source: string;
  status: "ok" | "incomplete" | "failed";
  info?: ReportInfo;
  parameters?: Record<string, ParameterValue>;
  /** The language of the contents sheet and of the notes on tables without data. Default: "en". */
  lang?: Lang;
}

/**
 * A report's tables as an Excel workbook (.xlsx bytes): a contents sheet (title, period, data
 * freshness, status, then every table with its sheet and caption), then each table of the page on
 * its own sheet with typed cells (see {@link reportTables} and {@link tableWorkbook}).
 * @example await writeFileAtomic("reports/01.xlsx", await reportWorkbook(executed, { title, source, status: "ok" }));
 */
export async function reportWorkbook(
  executed: Notebook,
  options: ReportWorkbookOptions,
): Promise<Uint8Array> {
  const parameters = Object.entries(options.parameters ?? {});
  const msg = messages(options.lang).workbook;
  const lines: [string, string | undefined][] = [
    [msg.report, options.title],
    [msg.period, options.info?.period],
    [msg.dataAsOf, options.info?.dataAsOf],
    [msg.status, msg.statusText[options.status]],
    [msg.notebook, options.source],
    [
      msg.parameters,
      parameters.length
        ? parameters.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")
        : undefined,
    ],
  ];
  return tableWorkbook(reportTables(executed, options.lang), {
    contents: lines.filter((l): l is [string, string] => l[1] !== undefined),
    lang: options.lang,
  });
}
