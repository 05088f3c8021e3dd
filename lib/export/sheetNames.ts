/** The longest sheet name Excel accepts. */
export const maxSheetName = 31;

// Characters Excel refuses in a sheet name.
const forbidden = new Set(["[", "]", ":", "*", "?", "/", "\\"]);

/**
 * Workbook sheet names for tables with these titles (captions): each the title's first clause (up to
 * the first `. `, `, `, `;`, `:` or `(`), without the characters Excel refuses, cut at a word to at most
 * 31 characters, unique regardless of case (a second "Queues" is "Queues (2)"); an empty title
 * gives "Table n". `taken` names already used in the workbook, e.g. "Contents".
 * @example sheetNames(["Flags per day/week.", undefined]) // ["Flags per day-week", "Table 2"]
 */
export function sheetNames(
  titles: readonly (string | undefined)[],
  taken: readonly string[] = [],
): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return titles.map((title, i) => {
    const base = shortName(title ?? "") || `Table ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, maxSheetName - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function shortName(title: string): string {
  let clause = "";
  for (let i = 0; i < title.length; i++) {
    const c = title[i];
    if (c === ";" || c === "(" || c === ":") break;
    if ((c === "." || c === ",") && title[i + 1] === " ") break;
    if (c === "." && i === title.length - 1) break;
    clause += forbidden.has(c) ? "-" : c === "\n" || c === "\t" ? " " : c;
  }
  return trimQuotes(trimEnd(cut(clause.trim(), maxSheetName)));
}

// A name cut at a word may end in a dash or comma that led to the words cut off.
function trimEnd(name: string): string {
  let end = name.length;
  while (end > 0 && trailing.has(name[end - 1])) end--;
  return name.slice(0, end);
}

const trailing = new Set([" ", ",", "-", "\u2013", "\u2014", "=", "&"]);

// Excel refuses a name that starts or ends with an apostrophe.
function trimQuotes(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && name[start] === "'") start++;
  while (end > start && name[end - 1] === "'") end--;
  return name.slice(start, end).trim();
}

// At most `max` UTF-16 units, at the last space when there is one past half way, never inside a
// surrogate pair.
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  if (/[\uDC00-\uDFFF]/.test(text[end] ?? "")) end--;
  const space = text.lastIndexOf(" ", end);
  return (space > max / 2 ? text.slice(0, space) : text.slice(0, end)).trim();
}
