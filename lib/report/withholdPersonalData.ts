import type { Notebook, Output } from "./Notebook.js";
import { findPersonalData, type PersonalDataFinding } from "../privacy/findPersonalData.js";
import { maskPersonalData } from "../privacy/maskPersonalData.js";
import { markupText } from "./markupText.js";
import { csvDataUriPrefix, csvFromDataUri } from "../export/csvDataUri.js";

/** Personal data found in one cell's outputs. */
export interface CellPersonalData {
  /** 1-based cell number. */
  cell: number;
  findings: PersonalDataFinding[];
}

const text = (value: string | string[]) => (Array.isArray(value) ? value.join("") : value);

const kitMimePrefix = "application/vnd.tns.";

// What a reader sees of an output: tags, styles and attribute values are not shown, so they are
// not scanned (SVG path data is full of digits), but for title and alt (see markupText) and the
// data a CSV download link carries.
function visibleText(output: Output): string {
  if (output.output_type === "stream") return text(output.text);
  if (output.output_type === "error") return `${output.evalue}\n${output.traceback.join("\n")}`;
  // The kit's own JSON outputs are shown too: the report header (reportInfo) and the deck.
  return Object.entries(output.data)
    .filter(
      ([type]) =>
        type.startsWith("text/") || type === "image/svg+xml" || type.startsWith(kitMimePrefix),
    )
    .map(([type, value]) =>
      type === "text/plain" || type.startsWith(kitMimePrefix)
        ? text(value)
        : markupText(text(value)) + csvLinkText(text(value)),
    )
    .join("\n");
}

// The CSV of every download link in markup, cells apart as a table's cells are in its text.
function csvLinkText(markup: string): string {
  let out = "";
  for (let at = markup.indexOf(csvDataUriPrefix); at >= 0;) {
    let end = at + csvDataUriPrefix.length;
    while (end < markup.length && uriCharacter(markup.charCodeAt(end))) end++;
    const csv = csvFromDataUri(markup.slice(at, end));
    if (csv) out += `\n${csv.replaceAll(",", "  ")}`;
    at = markup.indexOf(csvDataUriPrefix, end);
  }
  return out;
}

const uriCharacter = (c: number) =>
  (c >= 48 && c <= 57) ||
  ((c | 0x20) >= 97 && (c | 0x20) <= 122) ||
  c === 37 ||
  c === 45 ||
  c === 46 ||
  c === 95 ||
  c === 126;

/** Findings listed per output or cell in a message; the rest are counted. */
export const listedFindings = 5;

/**
 * The findings as `kind masked` pairs, at most {@link listedFindings} of them, then how many more.
 * @example findingList(findings) // "phone ***-****-5678, email a***@b.io and 3 more"
 */
export function findingList(findings: PersonalDataFinding[]): string {
  const listed = findings.slice(0, listedFindings).map((f) => `${f.kind} ${f.masked}`);
  const more = findings.length - listed.length;
  return listed.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

/**
 * Scans every output (and the code) of an executed notebook for unmasked personal data, masks it in
 * code and replaces each offending output with an error saying what was withheld (masked), so a report never carries raw
 * personal data. Returns the cleaned notebook and the findings; no findings leaves it unchanged.
 * @example const { notebook, cells } = withholdPersonalData(executed);
 */
export function withholdPersonalData(notebook: Notebook): {
  notebook: Notebook;
  cells: CellPersonalData[];
} {
  const cells: CellPersonalData[] = [];
  const cleaned = notebook.cells.map((cell, index) => {
    if (cell.cell_type !== "code") return cell;
    let changed = false;
    const record = (findings: PersonalDataFinding[]) => {
      const existing = cells.find((c) => c.cell === index + 1);
      if (existing) existing.findings.push(...findings);
      else cells.push({ cell: index + 1, findings });
    };
    const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    const inSource = findPersonalData(source);
    if (inSource.length) record(inSource);
    const outputs = cell.outputs.map((output): Output => {
      const findings = findPersonalData(visibleText(output));
      if (findings.length === 0) return output;
      changed = true;
      record(findings);
      const list = findingList(findings);
      const evalue = `output withheld: it shows unmasked personal data (${list}); mask it with maskPersonalData() or show it through htmlTable, which masks by default`;
      return { output_type: "error", ename: "PersonalDataError", evalue, traceback: [evalue] };
    });
    if (inSource.length) return { ...cell, source: maskPersonalData(source), outputs };
    return changed ? { ...cell, outputs } : cell;
  });
  return { notebook: cells.length ? { ...notebook, cells: cleaned } : notebook, cells };
}
