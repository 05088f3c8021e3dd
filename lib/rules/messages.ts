// Every user-facing message of the rules module, in one template: what is invalid, the value, the
// fix. Positions (file, rule, line, column, caret) are added by formatRuleDiagnostic.
import type { RuleToken } from "./RuleToken.js";

/** Quotes a value for a message, cut to 60 characters. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const describeToken = (t: RuleToken) =>
  t.kind === "end" ? "the end of the expression" : `${quote(t.value)}`;

export const expected = {
  closeParen: 'a closing ")"',
  field: "a field name (e.g. title, price_krw)",
  in: '"in" after "not" (write field not in [...])',
  null: '"null" (write field is null or field is not null)',
  operator: "an operator: = != < <= > >= ~ !~ in, not in, contains_any, contains_word, is null",
  list: 'a list: [ "a", "b" ] or a named list $name',
  regex: "a /pattern/ (write e.g. title ~ /r[e3]pl[i1]ca/i)",
  listSeparator: (close: string) => `"," or "${close}" in the list`,
  literal: 'a value: "text", a number, true or false',
  notNull: 'a value; to test for a missing value write "field is null"',
  endOrBoolean: '"and", "or" or the end of the expression',
};

// --- syntax --------------------------------------------------------------------------------
export const unexpectedToken = (t: RuleToken, what: string) =>
  `expected ${what} but found ${describeToken(t)}`;
export const unexpectedCharacter = (c: string) =>
  `unexpected character ${quote(c)}; operators are = != < <= > >= ~ !~, strings are quoted`;
export const regexExpected = (c: string) =>
  `expected a /pattern/ after ~ but found ${quote(c)}; write e.g. title ~ /r[e3]pl[i1]ca/i`;
export const unterminatedRegex = () =>
  `the regex is not closed; end it with "/" (write \\/ for a slash inside)`;
export const unknownRegexFlag = (f: string) =>
  `unknown regex flag ${quote(f)}; the flags are i (ignore case), m (multi-line ^ $), s (. matches newline)`;
export const repeatedRegexFlag = (f: string) =>
  `regex flag ${quote(f)} is given twice; give it once`;
export const unterminatedString = (q: string) => `the string is not closed; end it with ${q}`;
export const badStringEscape = (e: string) =>
  `unknown escape ${quote(e)} in a string; the escapes are \\" \\' \\\\ \\n \\t \\r`;
export const listNameExpected = () =>
  `"$" must be followed by a list name, e.g. $counterfeit_keywords`;
export const tooDeep = (max: number) =>
  `the expression nests more than ${max} levels deep; split it into several rules`;

// --- rule file -----------------------------------------------------------------------------
export const invalidYaml = (detail: string) => `invalid YAML: ${detail}`;
export const notAList = () =>
  `the rule file must be a YAML list of rules (each starting with "- id: ..."), or a map with a "rules:" list`;
export const ruleNotAMap = (index: number) =>
  `rule #${index + 1} is not a map; write it as "- id: ...", "when: ..." and the other keys`;
export const missingKey = (key: string) => `the rule has no ${quote(key)}; add "${key}: ..."`;
export const badKeyType = (key: string, value: unknown, want: string) =>
  `${key} is ${quote(value)}; it must be ${want}`;
export const badId = (id: string) =>
  `rule id ${quote(id)} is not a valid id; use letters, digits, "_" and "-" (e.g. cf_keywords)`;
export const duplicateId = (id: string, firstLine: number | undefined) =>
  `rule id ${quote(id)} is used twice${firstLine ? ` (first on line ${firstLine})` : ""}; give every rule its own id`;
export const badAction = (value: unknown) =>
  `action ${quote(value)} is not one of block, review, tag; pick the one the rule should take`;
export const badStatus = (value: unknown) =>
  `status ${quote(value)} is not one of draft, shadow, active, retired; draft and retired rules are checked only, shadow rules are evaluated without flagging`;
export const unknownKey = (key: string, hint: string | undefined) =>
  `unknown key ${quote(key)}${hint ? `; did you mean ${quote(hint)}?` : ""}; it is ignored`;
export const badNormalizeStep = (step: unknown, steps: readonly string[]) =>
  `normalize step ${quote(step)} is unknown; the steps are ${steps.join(", ")}`;
export const badNormalize = (value: unknown) =>
  `normalize is ${quote(value)}; write a list of steps ([nfkc, zero_width, casefold, confusables, leet, spaces]) or a map from field to such a list`;
export const missingListFile = (name: string, dir: string) =>
  `list $${name} has no file ${dir}/${name}.txt; create it (one entry per line) or fix the name`;

// --- schema checks -------------------------------------------------------------------------
export const unknownField = (field: string, hint: string | undefined, fields: readonly string[]) =>
  `unknown field ${quote(field)}${hint ? `; did you mean ${quote(hint)}?` : `; the fields are ${fields.slice(0, 12).join(", ")}${fields.length > 12 ? ", …" : ""}`}`;
export const unknownList = (name: string, hint: string | undefined) =>
  `unknown list $${name}${hint ? `; did you mean $${hint}?` : ""}; add data/lists/${name}.txt or fix the name`;
export const textOperatorOnNonText = (op: string, field: string, kind: string) =>
  `${op} needs a text field but ${field} is a ${kind}; compare it with = < > instead`;
export const literalTypeMismatch = (field: string, kind: string, value: unknown) =>
  `${field} is a ${kind} but is compared with ${quote(value)}; write a ${kind === "timestamp" ? 'quoted ISO time such as "2026-09-15T00:00:00+09:00"' : kind} value`;
export const orderOnBoolean = (field: string, op: string) =>
  `${field} is a boolean; ${op} is meaningless on it, use = or !=`;
export const namedListOnNonText = (field: string, kind: string) =>
  `${field} is a ${kind} but named lists hold text; write the values inline, e.g. ${field} in [1, 2]`;

// --- regex ---------------------------------------------------------------------------------
export const regexFeature = (pattern: string, feature: string, detail: string) =>
  `unsupported regex feature ${feature} in /${pattern.length > 40 ? `${pattern.slice(0, 39)}…` : pattern}/; RE2 has none (it guarantees linear time). ${detail}`;
export const invalidRegex = (pattern: string, reason: string) =>
  `invalid regex /${pattern.length > 40 ? `${pattern.slice(0, 39)}…` : pattern}/: ${reason}; RE2 syntax is documented at https://github.com/google/re2/wiki/Syntax`;
export const patternTooLong = (length: number, max: number) =>
  `the pattern is ${length} characters long, over the limit of ${max}; split it into several rules or move the words to a list with contains_any`;
export const listTooLarge = (name: string, entries: number, reason: string, fit: number) =>
  `list $${name} has ${entries} entries and RE2 cannot compile it (${reason}); the first ${fit} fit, so split it into lists of at most ${Math.floor(fit * 0.9)} entries, or use "in $${name}" for exact matches`;
export const setTooLarge = (field: string, patterns: number, fit: number) =>
  `the ${patterns} patterns over ${field} are too large for one RE2.Set (the first ${fit} fit); split the rules over several rule files or shorten the lists`;

// --- lint ----------------------------------------------------------------------------------
export const neverMatches = (why: string) => `the rule can never match: ${why}; fix the condition`;
export const duplicateRule = (other: string) =>
  `the rule has the same condition as ${quote(other)}; remove one or change it`;
export const matchesEmpty = (pattern: string) =>
  `the pattern /${pattern}/ matches the empty string, so it matches every non-null value; anchor or tighten it`;
export const emptyList = (name: string) =>
  `list $${name} is empty, so nothing can match it; add entries`;

// --- data and labels -----------------------------------------------------------------------
export const invalidUtf16 = (field: string, rows: number, example: number) =>
  `${field} has ${rows} value(s) with invalid UTF-16 (lone surrogates, first at row ${example + 1}); they were matched with U+FFFD in their place`;
export const missingLabel = (
  column: string,
  columns: readonly string[],
  hint: string | undefined,
) =>
  `label column ${quote(column)} is not in the data${hint ? `; did you mean ${quote(hint)}?` : `; the columns are ${columns.slice(0, 12).join(", ")}`} (pass --label <column>)`;
export const badLabel = (column: string, row: number, value: unknown) =>
  `label column ${quote(column)} has ${quote(value)} at row ${row + 1}; labels must be true/false, 1/0 or "true"/"false" (empty for unlabeled)`;
export const noLabels = (column: string) =>
  `label column ${quote(column)} has no labeled row; precision and recall are NaN`;
export const emptyData = () => `the data has no rows; there is nothing to evaluate`;
export const missingColumn = (column: string, option: string, hint: string | undefined) =>
  `${option} column ${quote(column)} is not in the data${hint ? `; did you mean ${quote(hint)}?` : ""}`;
export const rulesHaveErrors = (count: number, first: string) =>
  `the rules have ${count} error(s); the first: ${first}`;
export const duckDbFailed = (detail: string) =>
  `DuckDB could not run the compiled rules: ${detail}`;

// --- decision tables -----------------------------------------------------------------------
const FIXED_LIST =
  "id, policy, action, name, queue, owner, priority, status, version, normalize, description";
export const unreadableRuleFile = (path: string, detail: string) =>
  `cannot read rule file ${path}: ${detail}; check the path`;
export const notAWorkbook = (path: string, detail: string) =>
  `${path} is not an .xlsx workbook (${detail}); save it from Excel as "Excel Workbook (.xlsx)" or export the sheet as .csv`;
export const noSheet = (path: string) =>
  `${path} has no worksheet; add a sheet named "rules" with one header row and one rule per row`;
export const tableTooLarge = (path: string, cells: number) =>
  `${path} has more than ${cells.toLocaleString("en-US")} cells; a decision table is one rule per row: split it into several tables`;
export const errorCell = (error: string) =>
  `the cell holds the error value ${quote(error)}; fix the formula or type the value`;
export const formulaWithoutValue = () =>
  `the cell holds a formula without a saved value; open the workbook in Excel and save it, or type the value`;
export const unknownCell = (value: string) =>
  `the cell holds ${quote(value)}, which is not text, a number or a boolean; type the value`;
export const badCsv = (path: string, detail: string) =>
  `${path} is not a valid CSV table: ${detail}; quote a cell that holds a comma, a quote or a line break ("a, b")`;
export const unknownEncoding = (name: string) =>
  `encoding ${quote(name)} is not a known text encoding; use utf-8, cp949 (Korean Excel), euc-kr, utf-16 or latin-1`;
export const badTableEncoding = (path: string, line: number, tried: string) =>
  `${path}, line ${line}: bytes that are not valid ${tried}; save the table as UTF-8 CSV, or give its encoding (--encoding ${tried.includes("cp949") ? "" : "cp949, "}euc-kr, utf-16, latin-1 …)`;
export const noHeader = () =>
  `the table is empty; write one header row (${FIXED_LIST}, then conditions such as "title contains_any") and one rule per row`;
export const badHeader = (header: string, hint: string | undefined) =>
  `column header ${quote(header)} is neither a fixed column (${FIXED_LIST}) nor a condition "<field> <operator>"${hint ? `; did you mean ${quote(hint)}?` : "; the operators are = != < <= > >= in, not in, contains_any, contains_word, ~, !~, is null, is not null"}`;
export const bareField = (header: string) =>
  `column header ${quote(header)} names no operator; write "${header} =", "${header} in", "${header} contains_any", "${header} ~" …`;
export const headerNoField = (header: string) =>
  `column header ${quote(header)} has an operator but no field; write the field first, e.g. "title ${header.trim()}"`;
export const badField = (field: string) =>
  `${quote(field)} is not a field name; use letters, digits and "_" (e.g. price_krw)`;
export const missingTableColumn = (name: string) =>
  `the table has no ${quote(name)} column; add a column headed ${name}`;
export const repeatedColumn = (name: string, first: string) =>
  `the ${quote(name)} column is given twice (first at ${first}); keep one`;
export const cellWithoutHeader = () =>
  `the cell is in a column without a header; give the column a header or clear the cell`;
export const rowWithoutId = () =>
  `the row has conditions but no id; write the rule's id (rows with the same id are alternatives of one rule)`;
export const missingCell = (name: string) =>
  `the rule's first row has no ${name}; fill the ${name} cell`;
export const rowWithoutCondition = (id: string) =>
  `row of rule ${quote(id)} has no condition, so it would match every listing; fill at least one condition cell`;
export const conflictingCell = (name: string, value: unknown, id: string, first: string) =>
  `${name} is ${quote(value)} here but ${id}'s first row (${first}) says otherwise; rows of one rule share their ${name}: clear the cell or make it equal`;
export const rowsApart = (id: string, rows: readonly number[]) =>
  `the rows of rule ${quote(id)} are not together (rows ${rows.join(", ")}); keep a rule's rows adjacent, or give the other rows their own id`;
export const badCellValue = (operator: string, value: unknown, want: string) =>
  `${quote(value)} is not a value for "${operator}": ${want}`;
export const want = {
  yes: 'write "yes" (or leave the cell empty for no condition)',
  literal: 'write text, a number or true/false ("123" in quotes for text that looks like a number)',
  list: 'write a comma-separated list (a, b, "c, d") or a named list $name',
  pattern: "write an RE2 pattern, or /pattern/flags with flags i, m, s",
  emptyItem: 'the list has an empty entry; remove the extra comma or quote the entry ("")',
  quote: 'a quoted entry is not closed; end it with " (write "" for a quote inside)',
  afterQuote: 'a quoted entry must be followed by "," or the end of the cell',
  listName: "a named list is $ followed by letters, digits and _ (e.g. $luxury_brands)",
  number: "write a number",
};
export const badStatusCell = (value: unknown) =>
  `status ${quote(value)} is not one of draft, shadow, active, retired; leave it empty for active`;
export const badActionCell = (value: unknown) =>
  `action ${quote(value)} is not one of block, review, tag`;
export const badNormalizeCell = (value: unknown) =>
  `normalize ${quote(value)} is not a list of steps; write all, or steps separated by commas (nfkc, zero_width), or per field (title: leet, spaces; description: all)`;

// --- decision-table verification -----------------------------------------------------------
/** "row 7 (rules!A7)": the row number is the address's trailing digits. */
const rowAt = (cell: string) => {
  let start = cell.length;
  while (start > 0 && cell[start - 1] >= "0" && cell[start - 1] <= "9") start--;
  return `row ${cell.slice(start)} (${cell})`;
};
export const duplicateRows = (a: string, b: string, sameRule: boolean, ruleB: string) =>
  sameRule
    ? `${rowAt(b)} repeats the conditions of ${rowAt(a)} of the same rule; delete one`
    : `${rowAt(b)} has the same conditions as ${rowAt(a)} of rule ${quote(ruleB)} and the same action; merge the rules or delete one row`;
export const subsumedRow = (row: string, by: string, sameRule: boolean, ruleBy: string) =>
  sameRule
    ? `${rowAt(row)} never hits alone: every listing it matches, ${rowAt(by)} of the same rule matches too; delete it or narrow ${rowAt(by)}`
    : `${rowAt(row)} is subsumed by ${rowAt(by)} of rule ${quote(ruleBy)}, which takes the same action: every listing it matches is already flagged; delete it or narrow the other row`;
export const conflictingRows = (
  a: string,
  actionA: string,
  b: string,
  actionB: string,
  ruleB: string,
  how: "same" | "subsumed" | "overlap",
  cells: readonly string[],
) =>
  `${rowAt(b)} (${actionB}) ${how === "same" ? "has the same conditions as" : how === "subsumed" ? "matches only listings also matched by" : "overlaps"} ${rowAt(a)} of rule ${quote(ruleB)} (${actionA}) in the same policy, so ${how === "overlap" ? "some listings" : "its listings"} get both actions (${cells.join(", ")}); make the conditions exclusive or give the rows one action`;
export const numericGap = (
  field: string,
  from: string,
  to: string,
  a: string,
  b: string,
  cells: readonly string[],
) =>
  `${field} ${from} to ${to} falls between ${rowAt(a)} and ${rowAt(b)}, which are otherwise alike: no row of the policy covers it (${cells.join(", ")}); extend one band or add a row for it`;
export const numericOverlap = (
  field: string,
  from: string,
  to: string,
  a: string,
  b: string,
  cells: readonly string[],
) =>
  `${field} ${from} to ${to} is covered by both ${rowAt(a)} and ${rowAt(b)}, which are otherwise alike (${cells.join(", ")}); make the bands meet without overlapping (e.g. < 100000 and >= 100000)`;
export const rowNeverHits = (row: string, rows: number) =>
  `${rowAt(row)} matched none of the ${rows} rows of the data; check its conditions or retire it`;
export const rowNeverAlone = (row: string, hits: number, rows: number) =>
  `${rowAt(row)} never hits alone on the data: each of its ${hits} hit(s) among ${rows} rows is also hit by another row; it adds nothing there`;
export const rowsCoHit = (a: string, actionA: string, b: string, actionB: string, hits: number) =>
  `${rowAt(b)} (${actionB}) and ${rowAt(a)} (${actionA}) of the same policy both hit ${hits} row(s) of the data, which then get both actions; make the conditions exclusive or give the rows one action`;

// --- lifecycle and shadow readout ----------------------------------------------------------
export const badDay = (option: string, value: string) =>
  `${option} ${quote(value)} is not a day; write it as YYYY-MM-DD (e.g. 2026-09-15)`;
export const badWindow = (since: string, asOf: string) =>
  `the window starts on ${since}, after its last day ${asOf}; give a first day on or before the as-of day`;
export const noShadowRules = () =>
  `no rule has status: shadow; set status: shadow on the rules to read out (a table's status column, or status: in YAML)`;
export const noDatedLabels = (label: string) =>
  `the dataset has no reviews, audits or appeals: labels come from the ${label} column, which says what is known today, not as labels arrived`;
export const noLabelsAtAll = () =>
  `the data has no labels (no reviews, audits or appeals, no label column): precision and new catches cannot be measured`;
export const badMatchMode = (value: unknown) =>
  `match ${quote(value)} is not one of all, first; all: every hit rule applies and the strongest action wins; first: the first hit rule by priority decides`;
