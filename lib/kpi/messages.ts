// Every user-facing message of the kpi module, in one template: where, what is invalid, the fix.

const quote = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

const at = (file: string, kpi?: string, field?: string) =>
  `${file}${kpi ? `, KPI ${kpi}` : ""}${field ? `, ${field}` : ""}`;

export const notYaml = (file: string, detail: string) =>
  `${file}: not valid YAML (${detail}); fix the syntax (indent with spaces, quote values with a colon)`;

export const noKpis = (file: string) =>
  `${file}: no KPIs found; write a top-level \`kpis:\` list of definitions (see data/kpis.yaml)`;

export const missingField = (
  file: string,
  kpi: string | undefined,
  field: string,
  example: string,
) => `${at(file, kpi, field)}: the field is missing; add it, e.g. ${field}: ${example}`;

export const invalidField = (
  file: string,
  kpi: string | undefined,
  field: string,
  value: unknown,
  fix: string,
) => `${at(file, kpi, field)}: ${quote(value)} is invalid; ${fix}`;

export const duplicateKpi = (file: string, kpi: string) =>
  `${at(file, kpi)}: the name is used twice; give every KPI a unique name`;

export const noDirection = (file: string, kpi: string) =>
  `${at(file, kpi, "target.direction")}: the target has no direction; add direction: higher (bigger is better) or direction: lower`;

export const warningSide = (
  file: string,
  kpi: string,
  target: number,
  warning: number,
  direction: string,
) =>
  `${at(file, kpi, "target.warning")}: ${warning} is on the wrong side of the target ${target} for direction ${direction}; the warning bound must be ${direction === "higher" ? "below" : "above"} the target`;

export const formulaKind = (file: string, kpi: string, kinds: string[]) =>
  `${at(file, kpi, "formula")}: ${kinds.length ? `has ${kinds.join(" and ")}` : "has no kind"}; set exactly one of count, ratio, quantile, freshness, backlog`;

export const unknownTable = (kpi: string, table: string, known: string[]) =>
  `KPI ${kpi}: table ${quote(table)} is not loaded; use one of ${known.join(", ")}`;

export const unknownColumn = (
  kpi: string,
  table: string,
  column: string,
  known: string[],
  hint?: string,
) =>
  `KPI ${kpi}: column ${quote(column)} is not in table ${table}${hint ? ` (did you mean ${quote(hint)}?)` : ""}; use one of ${known.join(", ")}`;

export const badPeriod = (option: string, value: string) =>
  `${option}: ${quote(value)} is not a calendar day; write YYYY-MM-DD, e.g. 2026-10-01`;

export const badGrain = (value: unknown) =>
  `grain: ${quote(value)} is not a grain; use day, week or month`;

export const rollUp = (kpi: string, own: string, grain: string) =>
  `KPI ${kpi}: cannot report a ${own} KPI by ${grain} (${own === "week" && grain === "month" ? "weeks do not nest in months" : "finer than its grain"}); ask for grain ${own === "day" ? "day, week or month" : own}, or define the KPI at a finer grain`;

export const targetGrain = (file: string, kpi: string, target: string, grain: string) =>
  `${file}, KPI ${kpi}, target.grain: ${target} is coarser than the KPI's grain ${grain}; state the target per ${grain} or finer (a ${grain} value cannot be judged against a ${target} target)`;

export const shareOver100 = (file: string, kpi: string, why: string) =>
  `${file}, KPI ${kpi}, formula.ratio: a percent can exceed 100% (${why}); make every numerator term a denominator term with a stricter where (same table, time and measure), or use format: number for a rate`;

export const tableAbsent = (table: string, kpis: readonly string[], definition: string) =>
  `no ${table} table in the dataset: ${kpis.join(", ")} ${kpis.length > 1 ? "are" : "is"} not computed; add tables.${table} to ${definition} to compute ${kpis.length > 1 ? "them" : "it"}`;

export const noKpiFile = (definition: string) =>
  `${definition}: the dataset names no KPI file; add \`kpis: kpis.yaml\` to it or pass --kpis <file>`;
