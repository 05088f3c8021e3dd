// Every user-facing message of the report module, in one template: what is invalid, the value, the fix.

export const notebookNotFound = (path: string) =>
  `notebook not found: ${path}; check the path (notebooks live in notebooks/, e.g. notebooks/01-detection-overview.ipynb)`;

export const notebookInvalidJson = (path: string, line: number, column: number, detail: string) =>
  `${path}, line ${line}, column ${column}: the notebook is not valid JSON (${detail}); fix the file or re-save it from Jupyter`;

export const notebookNotNbformat4 = (path: string, value: unknown) =>
  `${path}: nbformat is ${JSON.stringify(value)}, expected 4; re-save the notebook with Jupyter 4 or later`;

export const notebookBadCells = (path: string) =>
  `${path}: "cells" is missing or not an array; this is not an nbformat 4 notebook`;

export const notebookBadCell = (path: string, index: number, problem: string) =>
  `${path}, cell ${index + 1}: ${problem}; re-save the notebook from Jupyter`;

export const notebookWrongKernel = (path: string, name: unknown) =>
  `${path}: kernelspec is ${JSON.stringify(name ?? null)}, expected "tslab"; in Jupyter choose Kernel → Change kernel → TypeScript (tslab), or set metadata.kernelspec.name to "tslab"`;

export const parameterSyntax = (raw: string) =>
  `--param ${JSON.stringify(raw)}: expected name=value, e.g. --param date=2026-10-29`;

export const parameterNoCell = (path: string, names: string[]) =>
  `${path}: cannot set ${names.join(", ")}: the notebook has no cell tagged "parameters"; add the tag to the cell that holds the defaults`;

export const parameterUnknown = (path: string, name: string, known: string[]) =>
  `${path}: no parameter named "${name}"; the parameters cell declares ${known.length ? known.join(", ") : "nothing"}`;

export const parameterType = (path: string, name: string, raw: string, expected: string) =>
  `${path}: parameter ${name}=${JSON.stringify(raw)} is not a ${expected} like its default; pass a ${expected}`;

export const notebookTimeout = (path: string, seconds: number) =>
  `${path}: execution stopped after ${seconds} s (timeout); raise --timeout or look for a cell that never finishes`;

export const workerCrashed = (path: string, detail: string) =>
  `${path}: the notebook process exited unexpectedly (${detail})`;

export const suiteParameterUnused = (name: string, dir: string) =>
  `--param ${name}: no notebook in ${dir} declares a parameter named "${name}"; check the spelling or the notebook's parameters cell`;

export const suiteNoNotebooks = (dir: string, only: string[]) =>
  only.length
    ? `no notebook in ${dir} matches --only ${only.join(",")}; give names like 01-detection-overview or a prefix like 01`
    : `no notebooks (*.ipynb) in ${dir}`;

export const chromiumMissing = (path: string) =>
  `--pdf needs Chromium, not found at ${path}; install it (apt-get install chromium) or set TNS_CHROMIUM to its path`;

export const suiteConcurrency = (value: unknown) =>
  `concurrency ${JSON.stringify(value)}: not a whole number ≥ 1; pass e.g. --jobs 2`;

export const memoryBudget = (budgetMb: number, jobs: number, neededMb: number) =>
  `a memory budget of ${budgetMb} MB is too small for ${jobs} notebook${jobs === 1 ? "" : "s"} at once (each needs at least 640 MB besides the report process's 200 MB); pass --memory ${neededMb}MB or more, or fewer --jobs`;

export const coverageDay = (name: string, value: unknown) =>
  `reportCoverage: ${name} ${JSON.stringify(value)} is not a calendar day; pass YYYY-MM-DD, e.g. 2026-10-29`;

export const parameterDay = (path: string, name: string, raw: string) =>
  `${path}: parameter ${name}=${JSON.stringify(raw)} is not a calendar day like its default; pass YYYY-MM-DD, e.g. ${name}=2026-10-29`;

// Words on report pages.

export const rowsShown = (shown: number, total: number) => `Showing ${shown} of ${total} rows.`;

/** The text of a table's CSV download link (a no-break space keeps it on one line). */
export const csvLink = "Download\u00A0CSV";

export const csvLinkTitle = (rows: string) =>
  `Download the table's data (${rows} rows) as CSV, UTF-8; personal data masked as in the table`;

/** Shown instead of the CSV link under a table too long to carry its data. */
export const csvOmitted = "no CSV";

export const csvOmittedTitle = (rows: string, limit: string) =>
  `No CSV download: the table has ${rows} rows, more than the ${limit} a report page carries as a link; raise htmlTable's csvLimit or filter the rows in the notebook`;

/** The note on a workbook sheet made from a table that carried no CSV link. */
export const tableWithoutData =
  "the cells as the page shows them (text): the table carried no CSV link with its data";

// The contents sheet of a report's workbook (tns report --xlsx).
export const workbookReport = "Report";
export const workbookPeriod = "Period";
export const workbookDataAsOf = "Data as of";
export const workbookStatus = "Status";
export const workbookNotebook = "Notebook";
export const workbookParameters = "Parameters";
export const workbookStatusText = {
  ok: "complete",
  incomplete: "incomplete: the data does not reach the report date",
  failed: "failed: a cell failed; the tables after it are missing",
} as const;
