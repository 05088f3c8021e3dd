/** The stylesheet every report shares: screen and print, system fonts only (reports work offline). */
export const reportStyles = `
:root {
  --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --paper: #ffffff; --wash: #f5f7fa;
  --accent: #0072b2; --ok: #1b7f3b; --warn: #b26b00; --bad: #b3261e;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", Roboto, sans-serif;
  color: var(--ink); background: var(--paper); line-height: 1.55; font-size: 15px;
}
body { margin: 0; }
.page { max-width: 960px; margin: 0 auto; padding: 32px 28px 64px; }
.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
.report-header h1 { margin: 4px 0 8px; font-size: 28px; line-height: 1.25; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; color: var(--muted); margin: 0; }
.meta dt { font-weight: 600; display: inline; } .meta dd { display: inline; margin: 0 0 0 4px; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
.status-ok { background: #e3f3e8; color: var(--ok); } .status-failed { background: #fbe5e3; color: var(--bad); }
.banner { border-left: 4px solid var(--bad); background: #fdf1f0; padding: 10px 14px; margin: 16px 0; }
nav.toc { background: var(--wash); border: 1px solid var(--line); border-radius: 6px; padding: 10px 18px; margin: 0 0 24px; font-size: 14px; }
nav.toc ol { margin: 4px 0; padding-left: 20px; } nav.toc .toc-3 { margin-left: 16px; }
nav.toc a { color: var(--accent); text-decoration: none; }
h2 { font-size: 21px; margin: 34px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 24px 0 6px; }
p, li { max-width: 72ch; }
a { color: var(--accent); }
.cell { margin: 10px 0; }
.output { margin: 8px 0; overflow-x: auto; }
.output svg { max-width: 100%; height: auto; }
.output figure { margin: 0; }
.output img { max-width: 100%; }
details.code { margin: 6px 0; font-size: 13px; }
details.code summary { color: var(--muted); cursor: pointer; }
pre { background: var(--wash); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; overflow-x: auto; font-size: 12.5px; white-space: pre-wrap; word-break: break-word; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "D2Coding", monospace; }
pre.stderr { border-color: #f0c36d; background: #fff8e6; }
.error { border: 1px solid var(--bad); border-left-width: 4px; background: #fdf1f0; padding: 8px 12px; border-radius: 4px; }
.error pre { background: transparent; border: 0; padding: 0; }
table { border-collapse: collapse; font-size: 13.5px; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--wash); font-weight: 600; }
td.num, th.num { text-align: right; }
th > button.sort { font: inherit; color: inherit; background: none; border: 0; padding: 0; margin: 0; cursor: pointer; text-align: inherit; }
th > button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.sort-arrow::after { content: "\\2195"; color: #a3abb9; font-size: 11px; margin-left: 4px; }
th[aria-sort="ascending"] .sort-arrow::after { content: "\\25B2"; color: var(--accent); }
th[aria-sort="descending"] .sort-arrow::after { content: "\\25BC"; color: var(--accent); }
.table-filter { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; margin: 10px 0 2px; font-size: 13px; }
.table-filter input { font: inherit; padding: 3px 8px; border: 1px solid #b8c0cc; border-radius: 4px; min-width: 16em; }
.table-filter-count { color: var(--muted); }
details.tns-plot-numbers { margin: 6px 0 0; font-size: 13px; }
details.tns-plot-numbers summary { color: var(--muted); cursor: pointer; }
.chart-tip { position: fixed; z-index: 10; pointer-events: none; max-width: 340px; background: var(--paper); color: var(--ink); border: 1px solid #b8c0cc; border-radius: 4px; padding: 4px 8px; font-size: 12.5px; line-height: 1.4; white-space: pre-line; box-shadow: 0 2px 8px rgba(29, 36, 51, .18); font-variant-numeric: tabular-nums; }
svg .chart-hover { stroke: var(--ink); stroke-width: 1.5px; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 12.5px; padding-top: 4px; }
.caption { color: var(--muted); font-size: 12.5px; margin: 2px 0 12px; }
.summary { color: var(--muted); font-size: 13px; }
details.manifest { margin-top: 8px; } details.manifest table { font-size: 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 12px 0 18px; }
.cards.recommendations { grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
.card { border: 1px solid var(--line); border-top: 4px solid var(--muted); border-radius: 6px; padding: 10px 12px; background: var(--paper); break-inside: avoid; }
.card.kpi-met { border-top-color: var(--ok); } .card.kpi-at_risk { border-top-color: var(--warn); }
.card.kpi-missed { border-top-color: var(--bad); } .card.recommendation { border-top-color: var(--accent); }
.card-name { font-size: 13px; color: var(--muted); font-weight: 600; }
.card-value { font-size: 26px; font-weight: 700; line-height: 1.2; margin: 4px 0; font-variant-numeric: tabular-nums; }
.card-action { font-weight: 600; margin: 4px 0; } .card-impact { font-variant-numeric: tabular-nums; }
.card-target, .card-detail { font-size: 12.5px; color: var(--muted); margin-top: 3px; }
.status-met { background: #e3f3e8; color: var(--ok); } .status-at_risk { background: #fdf0dc; color: var(--warn); }
.status-missed { background: #fbe5e3; color: var(--bad); } .status-no_data, .status-partial { background: var(--wash); color: var(--muted); }
footer { margin-top: 48px; border-top: 1px solid var(--line); padding-top: 10px; font-size: 12px; color: var(--muted); }
@media print {
  :root { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  details.code, nav.toc { display: none; }
  h2 { break-after: avoid; } .output, table, figure, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .table-filter, .chart-tip, .sort-arrow, details.tns-plot-numbers > summary { display: none; }
  details.tns-plot-numbers::details-content { content-visibility: visible; }
  caption a.csv, caption .csv-omitted { display: none; }
}
`;

/**
 * Added to pages whose words are Korean: lines break between words (eojeol), not inside them, as
 * Korean text is set; a token longer than its line (an id, a URL) may still break.
 */
export const koreanReportStyles = `
.page { word-break: keep-all; overflow-wrap: break-word; }
`;
