import { readAccessor } from "../table/readAccessor.js";
import { tableRows } from "../table/tableRows.js";
import { aggregateLeaves } from "./aggregateLeaves.js";
import { measureValue } from "./measureValue.js";
import * as msg from "./messages.js";
import type { LeafCubeOptions } from "./LeafCubeOptions.js";
import type { PeriodSums, PeriodTotals } from "./PeriodSums.js";
import { periodClassifier } from "./periodClassifier.js";
import { RcaError } from "./RcaError.js";

/** Whether a KPI is a sum (flags, missed violations, GMV) or a ratio of two sums (precision, rates). */
export type KpiKind = "additive" | "ratio";

/**
 * A KPI aggregated to leaves (one per combination of dimension values seen in the data) for a
 * baseline and a current period: the input of every decomposition and search in lib/rca.
 * Built by `leafCube`. Dimension values are text; an empty value is `"(empty)"`.
 */
export interface LeafCube {
  kind: KpiKind;
  /** Dimensions kept (a one-value or id-like dimension is dropped with a warning). */
  dims: string[];
  /** Per dimension, code → value. */
  labels: string[][];
  /** Per dimension, leaf → code. */
  codes: Int32Array[];
  /** Number of leaves. */
  leaves: number;
  baseline: PeriodSums;
  current: PeriodSums;
  totals: { baseline: PeriodTotals; current: PeriodTotals };
  /** Names of the measure columns, for messages and reports. */
  names: { numerator: string; denominator: string };
  /** First negative measure value seen (additive KPIs only; searches refuse it). */
  negative?: { row: number; column: string; value: number };
  /** Things left out or doubtful, in plain words. */
  warnings: string[];
  /** Why nothing can be analysed (empty period, zero denominator, no usable dimension). */
  empty?: string;
}

const EMPTY = "(empty)";

/**
 * Aggregates rows into a {@link LeafCube}: per combination of dimension values, the baseline and
 * current sums of the KPI. Bad input throws {@link RcaError} (a time or number that does not parse,
 * a negative count in a ratio); data that cannot answer (an empty period, a zero denominator, no
 * dimension with 2+ values) gives a cube whose `empty` says why. Accepts row objects or an arquero
 * table.
 * @example const cube = leafCube(reviews, { dims: ["queue", "category"], numerator: "confirmed", denominator: "decided", time: "reviewed_at", baseline: "2026-09-28..2026-10-04", current: "2026-10-05..2026-10-11" });
 */
export function leafCube<Row extends object>(
  data: readonly Row[] | { objects(): object[] },
  options: LeafCubeOptions<Row>,
): LeafCube {
  // A table's objects() is typed object[]; its rows are the Row the options were written for.
  const rows = tableRows<object>(data, "leafCube") as readonly Row[];
  const dims = [...(options.dims ?? [])];
  if (dims.length === 0) throw new RcaError(msg.noDims());
  dims.forEach((d, i) => {
    if (dims.indexOf(d) !== i) throw new RcaError(msg.duplicateDim(d));
  });
  const ratio = options.numerator !== undefined || options.denominator !== undefined;
  if (
    ratio === (options.measure !== undefined) ||
    (ratio && !(options.numerator && options.denominator))
  )
    throw new RcaError(msg.measureChoice());
  const kind: KpiKind = ratio ? "ratio" : "additive";
  const num = readAccessor<Row>(
    (ratio ? options.numerator : options.measure)!,
    ratio ? "numerator" : "measure",
  );
  const den = ratio ? readAccessor<Row>(options.denominator!, "denominator") : undefined;
  const periodOf = periodClassifier(options);
  const maxCardinality = options.maxCardinality ?? 1000;

  const warnings: string[] = [];
  const dictionaries = dims.map(() => new Map<string, number>());
  const rowCodes: number[][] = dims.map(() => []);
  const rowPeriod: number[] = [];
  const rowNum: number[] = [];
  const rowDen: number[] = [];
  let skipped = 0;
  let negative: LeafCube["negative"];
  rows.forEach((row, i) => {
    const period = periodOf.classify(row, i);
    if (!period) return;
    const n = measureValue(num.read(row, i), i + 1, num.name);
    const d = den ? measureValue(den.read(row, i), i + 1, den.name) : 1;
    if (n === null || d === null) return void skipped++;
    if (ratio && n < 0) throw new RcaError(msg.negativeRatio(i + 1, num.name, n));
    if (ratio && d < 0) throw new RcaError(msg.negativeRatio(i + 1, den!.name, d));
    if (!ratio && n < 0 && !negative) negative = { row: i + 1, column: num.name, value: n };
    dims.forEach((dim, k) => {
      const raw = (row as Record<string, unknown>)[dim];
      const text =
        raw === null || raw === undefined || raw === ""
          ? EMPTY
          : raw instanceof Date
            ? raw.toISOString()
            : String(raw);
      let code = dictionaries[k].get(text);
      if (code === undefined) dictionaries[k].set(text, (code = dictionaries[k].size));
      rowCodes[k].push(code);
    });
    rowPeriod.push(period === "baseline" ? 0 : 1);
    rowNum.push(n);
    rowDen.push(d);
  });
  if (skipped)
    warnings.push(msg.skippedRows(skipped, ratio ? "numerator or denominator" : "measure"));

  const kept: number[] = [];
  dims.forEach((dim, k) => {
    const size = dictionaries[k].size;
    if (size > maxCardinality) warnings.push(msg.hugeDim(dim, size, maxCardinality));
    else if (size === 1) warnings.push(msg.oneValueDim(dim, [...dictionaries[k].keys()][0]));
    else if (size > 1) kept.push(k);
  });

  const { leaves, leafRow, periods } = aggregateLeaves(
    kept.map((k) => rowCodes[k]),
    kept.map((k) => dictionaries[k].size),
    { period: rowPeriod, numerator: rowNum, denominator: rowDen },
  );
  const total = (p: PeriodSums) => ({
    numerator: p.numerator.reduce((x, y) => x + y, 0),
    denominator: p.denominator.reduce((x, y) => x + y, 0),
    rows: p.rows.reduce((x, y) => x + y, 0),
  });
  const totals = { baseline: total(periods[0]), current: total(periods[1]) };

  let empty: string | undefined;
  for (const name of ["baseline", "current"] as const) {
    if (!empty && totals[name].rows === 0)
      empty = msg.emptyPeriod(name, periodOf.label(name), periodOf.seen());
    if (!empty && ratio && totals[name].denominator === 0)
      empty = msg.zeroDenominator(name, den!.name);
  }
  if (!empty && kept.length === 0) empty = msg.noUsableDims();
  if (ratio) {
    let orphan = 0;
    for (const p of periods)
      for (let l = 0; l < leaves; l++) if (p.denominator[l] === 0 && p.numerator[l] !== 0) orphan++;
    if (orphan) warnings.push(msg.numeratorWithoutDenominator(orphan));
  }
  return {
    kind,
    dims: kept.map((k) => dims[k]),
    labels: kept.map((k) => [...dictionaries[k].keys()]),
    codes: kept.map((k) => Int32Array.from(leafRow, (r) => rowCodes[k][r])),
    leaves,
    baseline: periods[0],
    current: periods[1],
    totals,
    names: { numerator: num.name, denominator: den?.name ?? "rows" },
    negative,
    warnings,
    empty,
  };
}
