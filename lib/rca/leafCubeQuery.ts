import type { Dataset } from "../dataset/Dataset.js";
import type { LeafCube } from "./leafCube.js";
import type { PeriodSums } from "./PeriodSums.js";
import * as msg from "./messages.js";
import { RcaError } from "./RcaError.js";
import type { Segment } from "./Segment.js";
import { dimensionTextSql, segmentSql } from "./segmentSql.js";

/**
 * Options for {@link leafCubeQuery}.
 * - `dims`: dimension columns of the relation. Required.
 * - `numerator`, `denominator`: ratio measure columns (numbers; `1` counts rows).
 * - `period`: a column and the values of it that form the baseline and the current period.
 * - `order`: column giving the rows' order, for leaves in order of first row; default `rn`.
 * - `segment`: only the rows inside it; default everyone.
 * - `maxCardinality`: a dimension with more distinct values is dropped as id-like; default 1000.
 */
export interface LeafCubeQueryOptions {
  dims: readonly string[];
  numerator: string | 1;
  denominator: string | 1;
  period: { column: string; baseline: readonly string[]; current: readonly string[] };
  order?: string;
  segment?: Segment;
  maxCardinality?: number;
}

/**
 * The ratio {@link LeafCube} of a SQL relation, summed in the engine (DuckDB or ClickHouse, through
 * the dataset's dialect) by one GROUP BY over the dimensions: only per-leaf sums come back, never rows. Codes and leaves are in order of first row,
 * and the warnings and empty-period reasons are `leafCube`'s, so the cube equals `leafCube` over the
 * same rows and every search of lib/rca runs on it unchanged.
 * @example const cube = await leafCubeQuery(ds, decidedReviewsSql(ds).sql, { dims: ["queue"], numerator: "confirmed", denominator: 1, period: { column: "week", baseline: ["2026-10-05"], current: ["2026-10-12"] } });
 */
export async function leafCubeQuery(
  ds: Dataset,
  relation: string,
  options: LeafCubeQueryOptions,
): Promise<LeafCube> {
  const dims = [...options.dims];
  if (dims.length === 0) throw new RcaError(msg.noDims());
  dims.forEach((d, i) => {
    if (dims.indexOf(d) !== i) throw new RcaError(msg.duplicateDim(d));
  });
  const { period, order = "rn", segment = {}, maxCardinality = 1000 } = options;
  const { ident, literal, double } = ds.dialect;
  const value = (m: string | 1) => (m === 1 ? "1.0" : double(ident(m)));
  const values = (list: readonly string[]) => `(${[...list, ""].map(literal).join(", ")})`;
  const p = `CASE WHEN ${ident(period.column)} IN ${values(period.current)} THEN 1 WHEN ${ident(period.column)} IN ${values(period.baseline)} THEN 0 END`;
  const sums = [0, 1].flatMap((k) => [
    `coalesce(sum(n) FILTER (WHERE p = ${k}), 0) AS n${k}`,
    `coalesce(sum(d) FILTER (WHERE p = ${k}), 0) AS d${k}`,
    `count(*) FILTER (WHERE p = ${k}) AS r${k}`,
  ]);
  const table =
    await ds.query(`SELECT ${dims.map((d, k) => `${dimensionTextSql(d, ds.dialect)} AS v${k}`).join(", ")}, ${sums.join(", ")}, min(${ident(order)}) AS first
    FROM (SELECT *, ${p} AS p, ${value(options.numerator)} AS n, ${value(options.denominator)} AS d FROM ${relation})
    WHERE p IS NOT NULL AND n IS NOT NULL AND d IS NOT NULL AND ${segmentSql(segment, ds.dialect)}
    GROUP BY ALL ORDER BY first`);
  const rows = table.objects() as Record<string, number | string>[];
  const skipped = await ds.query(
    `SELECT count(*) AS skipped FROM (SELECT ${p} AS p, ${value(options.numerator)} AS n, ${value(options.denominator)} AS d FROM ${relation} WHERE ${segmentSql(segment, ds.dialect)}) WHERE p IS NOT NULL AND (n IS NULL OR d IS NULL)`,
  );
  const warnings: string[] = [];
  const skippedRows = Number(skipped.get("skipped", 0));
  if (skippedRows) warnings.push(msg.skippedRows(skippedRows, "numerator or denominator"));
  const labels = dims.map((_, k) => [...new Set(rows.map((r) => String(r[`v${k}`])))]);
  const kept: number[] = [];
  dims.forEach((dim, k) => {
    const size = labels[k].length;
    if (size > maxCardinality) warnings.push(msg.hugeDim(dim, size, maxCardinality));
    else if (size === 1) warnings.push(msg.oneValueDim(dim, labels[k][0]));
    else if (size > 1) kept.push(k);
  });
  // Rows of dropped dimensions merge into the leaves of the kept ones (still in order of first row).
  const leafOf = new Map<string, number>();
  const leafRows: Record<string, number | string>[][] = [];
  for (const row of rows) {
    const key = kept.map((k) => row[`v${k}`]).join("\u0000");
    let leaf = leafOf.get(key);
    if (leaf === undefined) leafOf.set(key, (leaf = leafRows.push([]) - 1));
    leafRows[leaf].push(row);
  }
  const leaves = leafRows.length;
  const periodSums = (k: number): PeriodSums => {
    const sum = (m: string) =>
      Float64Array.from(leafRows, (group) => group.reduce((a, r) => a + Number(r[`${m}${k}`]), 0));
    return { numerator: sum("n"), denominator: sum("d"), rows: sum("r") };
  };
  const [baseline, current] = [periodSums(0), periodSums(1)];
  const codes = kept.map((k) => {
    const dictionary = new Map(labels[k].map((v, code) => [v, code]));
    return Int32Array.from(leafRows, (group) => dictionary.get(String(group[0][`v${k}`]))!);
  });
  const total = (s: PeriodSums) => ({
    numerator: s.numerator.reduce((a, b) => a + b, 0),
    denominator: s.denominator.reduce((a, b) => a + b, 0),
    rows: s.rows.reduce((a, b) => a + b, 0),
  });
  const totals = { baseline: total(baseline), current: total(current) };
  const names = {
    numerator: options.numerator === 1 ? "rows" : options.numerator,
    denominator: options.denominator === 1 ? "rows" : options.denominator,
  };
  let empty: string | undefined;
  for (const name of ["baseline", "current"] as const) {
    const label = `${period.column} ${period[name].join(", ") || "(none)"}`;
    if (!empty && totals[name].rows === 0) empty = msg.emptyPeriod(name, label, "");
    if (!empty && totals[name].denominator === 0)
      empty = msg.zeroDenominator(name, names.denominator);
  }
  if (!empty && kept.length === 0) empty = msg.noUsableDims();
  let orphan = 0;
  for (const s of [baseline, current])
    for (let l = 0; l < leaves; l++) if (s.denominator[l] === 0 && s.numerator[l] !== 0) orphan++;
  if (orphan) warnings.push(msg.numeratorWithoutDenominator(orphan));
  return {
    kind: "ratio",
    dims: kept.map((k) => dims[k]),
    labels: kept.map((k) => labels[k]),
    codes,
    leaves,
    baseline,
    current,
    totals,
    names,
    warnings,
    empty,
  };
}
