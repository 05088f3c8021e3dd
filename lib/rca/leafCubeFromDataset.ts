import { closestName } from "../data/closestName.js";
import type { Dataset } from "../dataset/Dataset.js";
import { kitTableNames, type KitTableName } from "../dataset/kitTables.js";
import { relationColumns } from "../dataset/relationColumns.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import type { LeafCube } from "./leafCube.js";
import type { PeriodSums } from "./PeriodSums.js";
import * as msg from "./messages.js";
import { parsePeriodRange, type PeriodRange } from "./PeriodRange.js";
import { RcaError } from "./RcaError.js";

/** A measure read in the engine: a column name, or `1` to count rows. */
export type SqlMeasure = string | 1;

/**
 * Options for {@link leafCubeFromDataset}: those of `leafCube` with columns in place of accessors.
 * - `dims`: dimension columns (values as text; NULL or empty is "(empty)"). Required.
 * - `measure` (additive) or `numerator` and `denominator` (ratio): column names, or 1 to count rows.
 * - `time`: a time column (timestamps, or epoch seconds/milliseconds); rows without one are left
 *   out with a warning. `baseline`, `current`: ranges like "2026-09-01..2026-09-14".
 * - `zone`: zone of the range dates; default the dataset's zone.
 * - `maxCardinality`: a dimension with more distinct values is dropped as id-like; default 1000.
 * - `order`: for a SQL relation, the column giving its rows' order (leaves in order of first row);
 *   default `rn`. A kit table is read in file order.
 */
export interface LeafCubeFromDatasetOptions {
  dims: readonly string[];
  measure?: SqlMeasure;
  numerator?: SqlMeasure;
  denominator?: SqlMeasure;
  time: string;
  baseline: string | PeriodRange;
  current: string | PeriodRange;
  zone?: string;
  maxCardinality?: number;
  order?: string;
}

/**
 * The {@link LeafCube} of a KPI over a dataset table (or a parenthesised SQL relation over the
 * tables), computed in the engine (DuckDB or ClickHouse, through the dataset's dialect) with one GROUP BY (dimension values × period sums) after one pass
 * of counts: only the leaves come back, never the rows. The cube equals `leafCube` over the same
 * rows (codes in order of first appearance, the same warnings and empty-period reasons), so every
 * search of lib/rca runs on it unchanged.
 * @example const cube = await leafCubeFromDataset(ds, "reviews", { dims: ["queue"], numerator: "confirmed", denominator: 1, time: "reviewed_at", baseline: "2026-10-01..2026-10-07", current: "2026-10-08..2026-10-14" });
 */
export async function leafCubeFromDataset(
  ds: Dataset,
  // `string & {}` keeps the kit's table names as suggestions without refusing other tables.
  table: KitTableName | (string & {}),
  options: LeafCubeFromDatasetOptions,
): Promise<LeafCube> {
  const dims = [...(options.dims ?? [])];
  if (dims.length === 0) throw new RcaError(msg.noDims());
  dims.forEach((d, i) => {
    if (dims.indexOf(d) !== i) throw new RcaError(msg.duplicateDim(d));
  });
  const ratio = options.numerator !== undefined || options.denominator !== undefined;
  if (
    ratio === (options.measure !== undefined) ||
    (ratio && !(options.numerator !== undefined && options.denominator !== undefined))
  )
    throw new RcaError(msg.measureChoice());
  const zone = options.zone ?? ds.definition.zone;
  const ranges = {
    baseline: parsePeriodRange(options.baseline, "baseline", zone),
    current: parsePeriodRange(options.current, "current", zone),
  };
  const maxCardinality = options.maxCardinality ?? 1000;
  const kit = (kitTableNames as readonly string[]).includes(table);
  const columns = kit ? await ds.columns(table as KitTableName) : await relationColumns(ds, table);
  const names = columns.map((c) => c.name);
  const num = (ratio ? options.numerator : options.measure)!;
  const den = ratio ? options.denominator! : 1;
  for (const column of [options.time, ...dims, num, den])
    if (column !== 1 && !names.includes(column))
      throw new RcaError(
        msg.unknownColumn(
          kit ? table : "(the relation)",
          column,
          names,
          closestName(column, names, { maxDistance: 3 }),
        ),
      );
  const type = (column: string) => columns.find((c) => c.name === column)!.type;
  const { dialect } = ds;
  const { ident, countIf, minOf, maxOf } = dialect;
  const value = (m: SqlMeasure) => (m === 1 ? "1.0" : dialect.double(ident(m)));
  const dimText = (d: string) =>
    `coalesce(nullif(${/^TIMESTAMP/.test(type(d)) ? dialect.isoUtc(ident(d)) : dialect.text(ident(d))}, ''), '(empty)')`;
  const { baseline: b, current: c } = ranges;
  const rn = kit ? dialect.rowOrder : ident(options.order ?? "rn");
  const rows = `(SELECT ${rn} AS rn, ${timeMsSql(options.time, type(options.time), dialect)} AS t, ${value(num)} AS n, ${value(den)} AS d, ${dims.map((d, k) => `${dimText(d)} AS d${k}`).join(", ")} FROM ${kit ? ident(table) : table})`;
  const classified = `(SELECT *, CASE WHEN t >= ${c.from} AND t < ${c.to} THEN 1 WHEN t >= ${b.from} AND t < ${b.to} THEN 0 END AS p FROM ${rows})`;
  const kept = `p IS NOT NULL AND n IS NOT NULL AND d IS NOT NULL`;
  const stats = (
    await ds.query(`SELECT
      ${countIf("t IS NULL")} AS untimed,
      ${countIf("p IS NOT NULL AND (n IS NULL OR d IS NULL)")} AS skipped,
      ${minOf("t")} AS tmin, ${maxOf("t")} AS tmax,
      ${minOf("rn", `${kept} AND (n < 0 OR d < 0)`)} AS negative,
      ${dims.map((_, k) => `count(DISTINCT d${k}) FILTER (WHERE ${kept}) AS n${k}, ${minOf(`d${k}`, kept)} AS v${k}`).join(", ")}
      FROM ${classified}`)
  ).object(0) as Record<string, unknown>;
  const warnings: string[] = [];
  if (Number(stats.untimed)) warnings.push(msg.noTime(Number(stats.untimed), options.time));
  if (Number(stats.skipped))
    warnings.push(
      msg.skippedRows(Number(stats.skipped), ratio ? "numerator or denominator" : "measure"),
    );
  const numName = num === 1 ? "rows" : num;
  const denName = den === 1 ? "rows" : den;
  let negative: LeafCube["negative"];
  if (stats.negative !== null) {
    const rn = Number(stats.negative);
    const row = (await ds.query(`SELECT n, d FROM ${classified} WHERE rn = ${rn}`)).object(0) as {
      n: number;
      d: number;
    };
    if (ratio && row.n < 0) throw new RcaError(msg.negativeRatio(rn + 1, numName, row.n));
    if (ratio) throw new RcaError(msg.negativeRatio(rn + 1, denName, row.d));
    negative = { row: rn + 1, column: numName, value: row.n };
  }
  const keptDims: number[] = [];
  dims.forEach((dim, k) => {
    const size = Number(stats[`n${k}`]);
    if (size > maxCardinality) warnings.push(msg.hugeDim(dim, size, maxCardinality));
    else if (size === 1) warnings.push(msg.oneValueDim(dim, String(stats[`v${k}`])));
    else if (size > 1) keptDims.push(k);
  });
  const period = (p: number) =>
    ["n", "d"]
      .map((m) => `sum(${m}) FILTER (WHERE p = ${p})`)
      .concat(`count(*) FILTER (WHERE p = ${p})`);
  const leafTable = await ds.query(
    `SELECT ${keptDims.map((k) => `d${k}, `).join("")}${[...period(0), ...period(1)].map((s, i) => `coalesce(${s}, 0) AS s${i}`).join(", ")}, min(rn) AS first FROM ${classified} WHERE ${kept} GROUP BY ${keptDims.length ? "ALL" : "()"} HAVING count(*) > 0 ORDER BY first`,
  );
  const leaves = leafTable.numRows();
  const sums = (offset: number): PeriodSums => ({
    numerator: Float64Array.from(leafTable.array(`s${offset}`) as ArrayLike<number>),
    denominator: Float64Array.from(leafTable.array(`s${offset + 1}`) as ArrayLike<number>),
    rows: Float64Array.from(leafTable.array(`s${offset + 2}`) as ArrayLike<number>),
  });
  const [baseline, current] = [sums(0), sums(3)];
  const labels: string[][] = [];
  const codes = keptDims.map((k) => {
    const dictionary = new Map<string, number>();
    const values = leafTable.array(`d${k}`) as ArrayLike<string>;
    const out = new Int32Array(leaves);
    for (let l = 0; l < leaves; l++) {
      let code = dictionary.get(values[l]);
      if (code === undefined) dictionary.set(values[l], (code = dictionary.size));
      out[l] = code;
    }
    labels.push([...dictionary.keys()]);
    return out;
  });
  const total = (p: PeriodSums) => ({
    numerator: p.numerator.reduce((x, y) => x + y, 0),
    denominator: p.denominator.reduce((x, y) => x + y, 0),
    rows: p.rows.reduce((x, y) => x + y, 0),
  });
  const totals = { baseline: total(baseline), current: total(current) };
  const seen =
    stats.tmin === null
      ? "(no rows at all)"
      : `${new Date(Number(stats.tmin)).toISOString()} to ${new Date(Number(stats.tmax)).toISOString()}`;
  let empty: string | undefined;
  for (const name of ["baseline", "current"] as const) {
    if (!empty && totals[name].rows === 0) empty = msg.emptyPeriod(name, ranges[name].label, seen);
    if (!empty && ratio && totals[name].denominator === 0)
      empty = msg.zeroDenominator(name, denName);
  }
  if (!empty && keptDims.length === 0) empty = msg.noUsableDims();
  if (ratio) {
    let orphan = 0;
    for (const p of [baseline, current])
      for (let l = 0; l < leaves; l++) if (p.denominator[l] === 0 && p.numerator[l] !== 0) orphan++;
    if (orphan) warnings.push(msg.numeratorWithoutDenominator(orphan));
  }
  return {
    kind: ratio ? "ratio" : "additive",
    dims: keptDims.map((k) => dims[k]),
    labels,
    codes,
    leaves,
    baseline,
    current,
    totals,
    names: { numerator: numName, denominator: denName },
    negative,
    warnings,
    empty,
  };
}

/** Epoch milliseconds of a time column: timestamps as instants, numbers as epoch s (or ms ≥ 1e11). */
function timeMsSql(column: string, type: string, dialect: SqlDialect): string {
  const x = dialect.ident(column);
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|FLOAT|DOUBLE|DECIMAL|U)/.test(type))
    return `CASE WHEN abs(${x}) >= 1e11 THEN ${dialect.double(x)} ELSE ${dialect.double(x)} * 1000 END`;
  return dialect.epochMs(dialect.instant(x));
}
