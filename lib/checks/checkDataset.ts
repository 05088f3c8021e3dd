import type { Dataset } from "../dataset/Dataset.js";
import { DatasetError } from "../dataset/DatasetError.js";
import { kitColumns, kitTableNames, type KitTableName } from "../dataset/kitTables.js";
import type { CheckDataOptions, DataCheckReport } from "./checkData.js";
import {
  activityTimes,
  freshnessExempt,
  tableKeys,
  tableReferences,
  valueRanges,
} from "./checkPlan.js";
import {
  dailyVolumeResult,
  duplicateKeysResult,
  freshnessResult,
  nullRateResult,
  referenceResult,
  rowCountResult,
  valueRangeResult,
} from "./checkResults.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/** Options for {@link checkDataset}: those of `checkData`, plus the null rate that warns. */
export interface CheckDatasetOptions extends CheckDataOptions {
  /** A column emptier than this share warns. Default 0.99. */
  maxNullRate?: number;
}

const SQL_KIND: Record<string, RegExp> = {
  string: /^VARCHAR/,
  number: /^DOUBLE/,
  integer: /^BIGINT/,
  boolean: /^BOOLEAN/,
  timestamp: /^TIMESTAMP WITH TIME ZONE/,
};

/**
 * The data-integrity checks of `checkData`, run as SQL in a dataset's engine (only counts, days and
 * up to 5 examples per check come back): kit columns and types, row counts, null rates, duplicate
 * keys, references to listings and sellers, value ranges, freshness against the latest activity,
 * and rows per day in the dataset's zone. Tables the dataset lacks are listed in `skipped`, one
 * line each; a table that cannot be loaded is a failed `schema` check. The SQL is written in the
 * dataset's dialect, so DuckDB and ClickHouse give the same report.
 * @example const report = await checkDataset(await openDataset("data/tns.yaml")); report.passed
 */
export async function checkDataset(
  ds: Dataset,
  options: CheckDatasetOptions = {},
): Promise<DataCheckReport> {
  const { maxLagHours = 24, minDailyShare = 0.1, maxNullRate = 0.99 } = options;
  const { ident, text, rowOrder } = ds.dialect;
  const checks: DataCheckResult[] = [];
  const skipped: string[] = [];
  const loaded = new Set<string>();
  const one = async (sql: string) => (await ds.query(sql)).object(0) as Record<string, unknown>;
  const list = async (sql: string) =>
    (await ds.query(sql)).array("v") as unknown as unknown[] as string[];
  for (const name of kitTableNames.filter((t) => t !== "events")) {
    if (!ds.has(name)) {
      skipped.push(ds.missing(name, "its checks are skipped")!);
      continue;
    }
    let columns;
    try {
      columns = await ds.columns(name);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      checks.push({
        check: "schema",
        table: name,
        status: "fail",
        value: 1,
        expected: "loads with the kit's columns",
        message: error.message,
      });
      continue;
    }
    loaded.add(name);
    checks.push(schemaResult(name, columns));
    const t = ident(name);
    const kit = Object.keys(kitColumns(name));
    const counts = await one(
      `SELECT count(*) AS n, ${kit.map((c, i) => `count(${ident(c)}) AS c${i}`).join(", ")} FROM ${t}`,
    );
    const rows = Number(counts.n);
    checks.push(rowCountResult(name, rows, 1));
    kit.forEach((c, i) => {
      const rate = rows ? (rows - Number(counts[`c${i}`])) / rows : 0;
      if (rate > 0) checks.push(nullRateResult(name, c, rate, maxNullRate));
    });
    const key = tableKeys[name];
    if (key) {
      const k = key.map(ident).join(", ");
      const groups = `SELECT ${k}, count(*) AS n, min(${rowOrder}) AS first FROM ${t} GROUP BY ALL HAVING n > 1`;
      const { d } = await one(`SELECT coalesce(sum(n - 1), 0) AS d FROM (${groups})`);
      const label = key.map((c) => `coalesce(${text(ident(c))}, 'null')`).join(" || '|' || ");
      const examples = Number(d)
        ? await list(`SELECT ${label} AS v FROM (${groups}) ORDER BY first LIMIT 5`)
        : [];
      checks.push(duplicateKeysResult(name, key, Number(d), examples));
    }
  }
  for (const r of tableReferences) {
    if (!loaded.has(r.table) || !loaded.has(r.parent)) continue;
    const [t, p, c] = [ident(r.table), ident(r.parent), ident(r.column)];
    const orphans = `FROM ${t} WHERE ${c} IS NOT NULL AND ${c} NOT IN (SELECT ${c} FROM ${p} WHERE ${c} IS NOT NULL)`;
    const { n } = await one(`SELECT count(*) AS n ${orphans}`);
    const examples = Number(n)
      ? await list(`SELECT ${text(c)} AS v ${orphans} ORDER BY ${rowOrder} LIMIT 5`)
      : [];
    checks.push(referenceResult(r.table, r.column, r.parent, r.column, Number(n), examples));
  }
  for (const v of valueRanges) {
    if (!loaded.has(v.table)) continue;
    const c = ident(v.column);
    const { min = -Infinity, max = Infinity } = v.range as { min?: number; max?: number };
    const inside = [
      Number.isFinite(min) ? `${c} >= ${min}` : "true",
      Number.isFinite(max) ? `${c} <= ${max}` : "true",
      `NOT ${ds.dialect.isNaN(c)}`,
    ].join(" AND ");
    const type = (await ds.columns(v.table as KitTableName)).find((x) => x.name === v.column)?.type;
    const shown = type === "DOUBLE" ? ds.dialect.doubleText(c) : text(c);
    const outside = `FROM ${ident(v.table)} WHERE ${c} IS NOT NULL AND NOT (${inside})`;
    const { n } = await one(`SELECT count(*) AS n ${outside}`);
    const examples = Number(n)
      ? await list(`SELECT ${shown} AS v ${outside} ORDER BY ${rowOrder} LIMIT 5`)
      : [];
    checks.push(valueRangeResult(v.table, v.column, v.range, Number(n), examples));
  }
  const times = Object.entries(activityTimes).filter(([name]) => loaded.has(name));
  const latest = new Map<string, number>();
  for (const [name, column] of times) {
    const { t } = await one(`SELECT ${ds.dialect.maxOf(ident(column))} AS t FROM ${ident(name)}`);
    latest.set(name, t instanceof Date ? t.getTime() : -Infinity);
  }
  const asOf = Math.max(-Infinity, ...latest.values());
  for (const [name, column] of times) {
    if (!freshnessExempt.has(name))
      checks.push(freshnessResult(name, column, latest.get(name)!, asOf, maxLagHours));
    const days = await ds.query(
      `SELECT ${ds.dialect.day(ident(column))} AS day, count(*) AS n FROM ${ident(name)} WHERE ${ident(column)} IS NOT NULL GROUP BY ALL`,
    );
    const counts = new Map<string, number>();
    days.scan((row) => counts.set(days.get("day", row) as string, days.get("n", row) as number));
    checks.push(dailyVolumeResult(name, column, counts, minDailyShare));
  }
  const failed = checks.filter((c) => c.status === "fail").length;
  const warned = checks.filter((c) => c.status === "warn").length;
  return { dataDir: ds.definition.file, passed: failed === 0, failed, warned, checks, skipped };
}

/** schema_drift for a kit table: every kit column has the kit's type (the engine casts on load). */
function schemaResult(
  table: KitTableName,
  columns: { name: string; type: string }[],
): DataCheckResult {
  const kit = kitColumns(table);
  const wrong = Object.entries(kit)
    .filter(([name, c]) => !SQL_KIND[c.kind].test(columns.find((x) => x.name === name)?.type ?? ""))
    .map(([name]) => name);
  const extra = columns.map((c) => c.name).filter((c) => !Object.hasOwn(kit, c));
  return {
    check: "schema_drift",
    table,
    status: wrong.length ? "fail" : "pass",
    value: wrong.length,
    expected: `columns ${Object.keys(kit).join(", ")} with the kit's types`,
    message: wrong.length
      ? `${wrong.join(", ")} ${wrong.length > 1 ? "do" : "does"} not have the kit's type; map the right source column in the dataset definition`
      : `kit columns present with the kit's types${extra.length ? `; also kept: ${extra.join(", ")}` : ""}`,
    examples: wrong.slice(0, 5),
  };
}
