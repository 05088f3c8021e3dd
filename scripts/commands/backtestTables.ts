import type { DataTable } from "../../lib/export/DataTable.js";
import type { HitStats, RuleBacktest } from "../../lib/rules/RuleBacktest.js";
import { objectTable, type ObjectColumn } from "./objectTable.js";

/** What `tns backtest` writes as JSON, as far as its tables read it. */
export interface BacktestReport extends Omit<RuleBacktest, "warnings"> {
  rules_file: string;
  data: string;
  label: string;
  rules: (RuleBacktest["rules"][number] & { examples?: unknown[] })[];
  warnings: string[];
}

const stats = <Row extends HitStats>(): ObjectColumn<Row>[] => [
  ["hits", "integer", (r) => r.hits],
  ["tp", "integer", (r) => r.tp],
  ["fp", "integer", (r) => r.fp],
  ["unlabeled", "integer", (r) => r.unlabeled],
  ["precision", "percent", (r) => r.precision],
  ["precision low", "percent", (r) => r.precision_low],
  ["precision high", "percent", (r) => r.precision_high],
  ["recall", "percent", (r) => r.recall],
];

/**
 * The tables of `tns backtest`: the per-rule table it prints (the rules, then the whole set as
 * "(all rules)"), segments, periods, rule overlap (pairs with shared hits), examples (with --id)
 * and a summary of the run.
 */
export function backtestTables(report: BacktestReport): DataTable[] {
  type RuleRow = BacktestReport["rules"][number];
  const all = { ...report.total, id: "(all rules)", name: "", policy: "", action: "" } as RuleRow;
  const ids = report.overlap.ruleIds;
  const examples = report.rules.flatMap((r) =>
    (r.examples ?? []).map((example) => ({ rule: r.id, example })),
  );
  const summary: [string, unknown][] = [
    ["rules file", report.rules_file],
    ["data", report.data],
    ["label", report.label],
    ["rows", report.rows],
    ["labeled", report.labeled],
    ["positives", report.positives],
    ...report.warnings.map((w): [string, unknown] => ["warning", w]),
  ];
  return [
    objectTable(
      "Rules",
      [...report.rules, all],
      [
        ["rule", "text", (r) => r.id],
        ["name", "text", (r) => r.name],
        ["policy", "text", (r) => r.policy],
        ["action", "text", (r) => r.action],
        ...stats<RuleRow>(),
        ["unique hits", "integer", (r) => r.unique_hits],
        ["unique tp", "integer", (r) => r.unique_tp],
        ["recall lost", "percent", (r) => r.recall_lost],
      ],
    ),
    objectTable("Segments", report.segments, [
      ["column", "text", (s) => s.column],
      ["value", "text", (s) => s.value],
      ["rule", "text", (s) => s.rule],
      ["rows", "integer", (s) => s.rows],
      ["positives", "integer", (s) => s.positives],
      ...stats<BacktestReport["segments"][number]>(),
    ]),
    objectTable("Periods", report.periods, [
      ["period", "date", (p) => p.period],
      ["rule", "text", (p) => p.rule],
      ["hits", "integer", (p) => p.hits],
      ["tp", "integer", (p) => p.tp],
      ["fp", "integer", (p) => p.fp],
    ]),
    objectTable("Overlap", report.overlap.pairs, [
      ["rule", "text", ([a]) => ids[a]],
      ["other rule", "text", ([, b]) => ids[b]],
      ["rows hit by both", "integer", ([, , rows]) => rows],
    ]),
    ...(examples.length
      ? [
          objectTable("Examples", examples, [
            ["rule", "text", (e) => e.rule],
            ["example", "general", (e) => e.example],
          ]),
        ]
      : []),
    objectTable("Summary", summary, [
      ["field", "text", ([field]) => field],
      ["value", "general", ([, value]) => value],
    ]),
  ];
}
