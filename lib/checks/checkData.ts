import { join } from "node:path";
import type { ColumnTable } from "arquero";
import { DataLoadError } from "../data/DataLoadError.js";
import { loadCsv } from "../data/loadCsv.js";
import { sampleSchemas } from "../data/sampleSchemas.js";
import {
  activityTimes,
  freshnessExempt,
  tableKeys,
  tableReferences,
  valueRanges,
} from "./checkPlan.js";
import type { DataCheckResult } from "./DataCheckResult.js";
import { dailyVolumeCheck } from "./dailyVolumeCheck.js";
import { freshnessCheck } from "./freshnessCheck.js";
import { referenceCheck } from "./referenceCheck.js";
import { schemaDriftCheck } from "./schemaDriftCheck.js";
import { tableChecks } from "./tableChecks.js";
import { valueRangeCheck } from "./valueRangeCheck.js";

/** Options for {@link checkData}. */
export interface CheckDataOptions {
  /** Hours a feed may lag the latest activity before freshness fails. Default 24. */
  maxLagHours?: number;
  /** A day with fewer rows than this share of the median day fails daily_volume. Default 0.1. */
  minDailyShare?: number;
}

/** All checks of a data folder, and whether it passes the gate (no failed check). */
export interface DataCheckReport {
  dataDir: string;
  passed: boolean;
  failed: number;
  warned: number;
  checks: DataCheckResult[];
  /** Tables not checked because the dataset lacks them, one line each (checkDataset only). */
  skipped?: string[];
}

/**
 * Data-integrity checks of the sample tables in `dataDir`: schema drift, loading against the
 * schema, row counts, null rates, duplicate keys, referential integrity to listings and sellers,
 * value ranges, freshness against the latest activity, and rows per day. A report that has a
 * failed check should gate a report run (`tns check-data` exits 1).
 * @example const report = await checkData("data"); if (!report.passed) process.exitCode = 1;
 */
export async function checkData(
  dataDir: string,
  options: CheckDataOptions = {},
): Promise<DataCheckReport> {
  const { maxLagHours = 24, minDailyShare = 0.1 } = options;
  const checks: DataCheckResult[] = [];
  const tables: Record<string, ColumnTable> = {};
  for (const schema of Object.values(sampleSchemas)) {
    const path = join(dataDir, `${schema.name}.csv`);
    try {
      checks.push(await schemaDriftCheck(path, schema));
      tables[schema.name] = await loadCsv(path, schema);
    } catch (error) {
      if (!(error instanceof DataLoadError) && (error as NodeJS.ErrnoException).code !== "ENOENT")
        throw error;
      checks.push({
        check: "schema",
        table: schema.name,
        status: "fail",
        value: 1,
        expected: "loads against the schema",
        message: (error as Error).message,
      });
      continue;
    }
    checks.push(...tableChecks(tables[schema.name], schema, { key: tableKeys[schema.name] }));
  }
  for (const r of tableReferences)
    if (tables[r.table] && tables[r.parent])
      checks.push(referenceCheck(r.table, tables[r.table], r.column, r.parent, tables[r.parent]));
  for (const v of valueRanges)
    if (tables[v.table]) checks.push(valueRangeCheck(v.table, tables[v.table], v.column, v.range));
  let asOf = -Infinity;
  for (const [name, column] of Object.entries(activityTimes)) {
    const values = (tables[name]?.array(column) ?? []) as ArrayLike<Date | null>;
    for (let i = 0; i < values.length; i++)
      if (values[i]) asOf = Math.max(asOf, values[i]!.getTime());
  }
  for (const [name, column] of Object.entries(activityTimes)) {
    if (!tables[name]) continue;
    if (!freshnessExempt.has(name))
      checks.push(freshnessCheck(name, tables[name], column, asOf, maxLagHours));
    checks.push(dailyVolumeCheck(name, tables[name], column, minDailyShare));
  }
  const failed = checks.filter((c) => c.status === "fail").length;
  const warned = checks.filter((c) => c.status === "warn").length;
  return { dataDir, passed: failed === 0, failed, warned, checks };
}
