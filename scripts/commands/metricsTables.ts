import type { DataTable } from "../../lib/export/DataTable.js";
import type { ThresholdOutlook } from "../../lib/tuning/ThresholdRecommendation.js";
import { objectTable, type ObjectColumn } from "./objectTable.js";

/** What `tns metrics` writes as JSON. */
export interface MetricsResult {
  n: number;
  positives: number;
  roc_auc: number | null;
  average_precision: number | null;
  pr_curve: { precision: number[]; recall: number[]; thresholds: number[] };
  roc_curve: { fpr: (number | null)[]; tpr: (number | null)[]; thresholds: number[] };
  warnings: string[];
}

/**
 * The tables of `tns metrics`: the PR curve (scikit-learn's order: the last point, precision 1 at
 * recall 0, has no threshold), the ROC curve, and a summary (n, violations, ROC AUC, average
 * precision, warnings).
 */
export function metricsTables(result: MetricsResult): DataTable[] {
  const pr = result.pr_curve.precision.map((precision, i) => ({
    threshold: result.pr_curve.thresholds[i],
    precision,
    recall: result.pr_curve.recall[i],
  }));
  const roc = result.roc_curve.thresholds.map((threshold, i) => ({
    threshold,
    fpr: result.roc_curve.fpr[i],
    tpr: result.roc_curve.tpr[i],
  }));
  const summary: [string, unknown][] = [
    ["n", result.n],
    ["violations", result.positives],
    ["ROC AUC", result.roc_auc],
    ["average precision", result.average_precision],
    ...result.warnings.map((w): [string, unknown] => ["warning", w]),
  ];
  return [
    objectTable("PR curve", pr, [
      ["threshold", "general", (p) => p.threshold],
      ["precision", "general", (p) => p.precision],
      ["recall", "general", (p) => p.recall],
    ]),
    objectTable("ROC curve", roc, [
      ["threshold", "general", (p) => p.threshold],
      ["false positive rate", "general", (p) => p.fpr],
      ["true positive rate", "general", (p) => p.tpr],
    ]),
    objectTable("Summary", summary, [
      ["field", "text", ([field]) => field],
      ["value", "general", ([, value]) => value],
    ]),
  ];
}

/** One threshold recommendation as `tns tune` writes it to JSON (without the curve points). */
export interface TuneSummary {
  threshold: number;
  verdict: string;
  meetsTargets: boolean;
  feasible: boolean;
  confidence: number;
  labelled: number;
  objective: string;
  expected: ThresholdOutlook;
  current?: ThresholdOutlook;
  thresholdInterval: { estimate: number; lower: number; upper: number };
  rationale: string;
  basis: string;
  warnings: string[];
}

/** A segment's recommendation (`tns tune --by`). */
export interface TuneSegment extends TuneSummary {
  key: Record<string, unknown>;
  n: number;
  positives: number;
  fallback: boolean;
}

const outlookColumns = <Row>(
  outlook: (row: Row) => ThresholdOutlook | undefined,
): ObjectColumn<Row>[] => [
  ["precision", "percent", (r) => outlook(r)?.precision.estimate],
  ["precision low", "percent", (r) => outlook(r)?.precision.lower],
  ["precision high", "percent", (r) => outlook(r)?.precision.upper],
  ["recall", "percent", (r) => outlook(r)?.recall.estimate],
  ["recall low", "percent", (r) => outlook(r)?.recall.lower],
  ["recall high", "percent", (r) => outlook(r)?.recall.upper],
  ["flags per day", "number", (r) => outlook(r)?.flagsPerDay.estimate],
  ["flags per day low", "number", (r) => outlook(r)?.flagsPerDay.lower],
  ["flags per day high", "number", (r) => outlook(r)?.flagsPerDay.upper],
  ["F-beta", "general", (r) => outlook(r)?.fbeta],
  ["cost", "general", (r) => outlook(r)?.cost],
  ["days over capacity", "integer", (r) => outlook(r)?.daysOverCapacity],
];

/**
 * The tables of `tns tune`: the recommended (and, with --current, the current) threshold with its
 * expected precision, recall and flags per day and their intervals; then a summary (verdict,
 * rationale, threshold interval, labels, warnings). With --by, one row per segment instead.
 */
export function tuneTables(result: TuneSummary | TuneSegment[], by?: string): DataTable[] {
  if (Array.isArray(result)) {
    return [
      objectTable("Thresholds by segment", result, [
        [by ?? "segment", "text", (s) => String(Object.values(s.key)[0] ?? "")],
        ["labelled", "integer", (s) => s.n],
        ["violations", "integer", (s) => s.positives],
        ["overall threshold (too few violations)", "text", (s) => s.fallback],
        ["threshold", "general", (s) => s.threshold],
        ["verdict", "text", (s) => s.verdict],
        ...outlookColumns<TuneSegment>((s) => s.expected),
        ["rationale", "text", (s) => s.rationale],
      ]),
    ];
  }
  const rows = [
    { which: "recommended", threshold: result.threshold, outlook: result.expected },
    ...(result.current
      ? [{ which: "current", threshold: result.current.threshold, outlook: result.current }]
      : []),
  ];
  const summary: [string, unknown][] = [
    ["threshold", result.threshold],
    ["verdict", result.verdict],
    ["meets targets", result.meetsTargets],
    ["threshold interval low", result.thresholdInterval.lower],
    ["threshold interval high", result.thresholdInterval.upper],
    ["confidence", result.confidence],
    ["labelled", result.labelled],
    ["objective", result.objective],
    ["rationale", result.rationale],
    ["basis", result.basis],
    ...result.warnings.map((w): [string, unknown] => ["warning", w]),
  ];
  return [
    objectTable("Thresholds", rows, [
      ["threshold of", "text", (r) => r.which],
      ["threshold", "general", (r) => r.threshold],
      ...outlookColumns<(typeof rows)[number]>((r) => r.outlook),
    ]),
    objectTable("Summary", summary, [
      ["field", "text", ([field]) => field],
      ["value", "general", ([, value]) => value],
    ]),
  ];
}
