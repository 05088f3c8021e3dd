import { closestName } from "../data/closestName.js";
import type { KpiDefinition, KpiSet, KpiTerm } from "./KpiDefinition.js";
import { KpiError } from "./KpiError.js";
import * as msg from "./messages.js";
import { rowCondition, type ColumnReader } from "./rowCondition.js";
import { timeMs } from "../time/timeMs.js";

/** What one feed adds to a KPI cell. */
export type KpiFeedRole = "numerator" | "denominator" | "value" | "latest" | "backlog";

/** One table's contribution to a KPI: the rows it takes and what it adds to which slot. */
export interface KpiFeed {
  table: string;
  slot: number;
  role: KpiFeedRole;
  measure: "count" | "sum" | "distinct" | "inverse" | "value" | "latest" | "open";
  time: (row: Record<string, unknown>) => number;
  accept: (row: Record<string, unknown>) => boolean;
  value: (row: Record<string, unknown>) => unknown;
  /** Backlog only: when the item closed (NaN while open). */
  end?: (row: Record<string, unknown>) => number;
  dimension: (row: Record<string, unknown>, name: string) => unknown;
}

/** A KPI ready to accumulate rows: its definition and one feed per term. */
export interface CompiledKpi {
  definition: KpiDefinition;
  kind: "count" | "ratio" | "quantile" | "freshness" | "backlog";
  feeds: KpiFeed[];
  /** Number of term slots in a cell. */
  slots: number;
  /** Whether numerator and denominator are plain counts, so a Wilson interval applies. */
  binomial: boolean;
}

/** Options for {@link compileKpi}. */
export interface CompileKpiOptions {
  /** Columns of each loaded table; a table or column not listed is an error. Required. */
  columns: Record<string, readonly string[]>;
  /** Derived columns per table, from kpis.yaml. Default none. */
  derived?: KpiSet["derived"];
}

/**
 * Checks a KPI's tables and columns against the loaded tables and turns its formula into feeds.
 * Throws {@link KpiError} naming the KPI, the table and the closest existing column.
 * @example compileKpi(kpi, { columns: { reviews: ["queue", "decision", "reviewed_at"] } })
 */
export function compileKpi(definition: KpiDefinition, options: CompileKpiOptions): CompiledKpi {
  const { formula, name } = definition;
  const derived = options.derived ?? {};
  const tableReader = (table: string) => {
    const columns = options.columns[table];
    if (!columns)
      throw new KpiError(msg.unknownTable(name, table, Object.keys(options.columns)), name);
    const extra = derived[table] ?? {};
    const known = [...columns, ...Object.keys(extra)];
    const check = (column: string) => {
      if (known.includes(column)) return;
      throw new KpiError(
        msg.unknownColumn(
          name,
          table,
          column,
          known,
          closestName(column, known, { maxDistance: 3 }),
        ),
        name,
      );
    };
    for (const [, spec] of Object.entries(extra)) spec.hours_between.forEach(check);
    const read: ColumnReader = (row, column) => {
      const spec = extra[column];
      if (!spec) return row[column];
      const [a, b] = spec.hours_between;
      return (timeMs(row[b]) - timeMs(row[a])) / 3_600_000;
    };
    return { check, read };
  };
  const feeds: KpiFeed[] = [];
  const feed = (term: KpiTerm & { value?: string }, slot: number, role: KpiFeedRole) => {
    const { check, read } = tableReader(term.table);
    for (const column of [term.time, ...Object.keys(term.where ?? {}), ...definition.dimensions])
      check(column);
    const valueColumn = term.value ?? term.sum ?? term.distinct ?? term.inverse_weight;
    if (valueColumn !== undefined) check(valueColumn);
    const measure =
      role === "value"
        ? "value"
        : term.sum
          ? "sum"
          : term.distinct
            ? "distinct"
            : term.inverse_weight
              ? "inverse"
              : "count";
    feeds.push({
      table: term.table,
      slot,
      role,
      measure,
      time: (row) => timeMs(read(row, term.time)),
      accept: rowCondition(term.where, read),
      value: valueColumn === undefined ? () => 1 : (row) => read(row, valueColumn),
      dimension: read,
    });
  };
  let kind: CompiledKpi["kind"];
  if (formula.count) {
    kind = "count";
    formula.count.forEach((t, i) => feed(t, i, "numerator"));
  } else if (formula.ratio) {
    kind = "ratio";
    const { numerator, denominator } = formula.ratio;
    numerator.forEach((t, i) => feed(t, i, "numerator"));
    denominator.forEach((t, i) => feed(t, numerator.length + i, "denominator"));
  } else if (formula.quantile) {
    kind = "quantile";
    feed(formula.quantile, 0, "value");
  } else if (formula.freshness) {
    kind = "freshness";
    const { table, time } = formula.freshness;
    feed({ table, time }, 0, "latest");
    feeds[0].measure = "latest";
  } else {
    kind = "backlog";
    const { table, start, end, where } = formula.backlog!;
    feed({ table, time: start, where }, 0, "backlog");
    const { check, read } = tableReader(table);
    check(end);
    feeds[0].measure = "open";
    feeds[0].end = (row) => timeMs(read(row, end));
  }
  const plain = (f: KpiFeed) => f.measure === "count";
  const binomial =
    kind === "ratio" &&
    feeds.every(plain) &&
    feeds.filter((f) => f.role === "numerator").length === 1;
  return { definition, kind, feeds, slots: feeds.length, binomial };
}
