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

// Words on report pages, decks and workbooks live in the catalog of each language: lib/i18n.
