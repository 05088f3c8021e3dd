// Every word the kit writes on a report, deck or workbook, in English: the source of the catalog.
// The Korean catalog (ko.ts) is typed against this object, so a key missing there fails typecheck.
// Values that take numbers or names are functions; their arguments arrive formatted.

/** The English catalog: the shape every language's catalog has. */
export const en = {
  /** Report page chrome (renderNotebookHtml). */
  report: {
    kicker: "TnS Kit report",
    period: "Period",
    dataAsOf: "Data as of",
    audience: "For",
    notebook: "Notebook",
    status: "Status",
    parameters: "Parameters",
    contents: "Contents",
    incomplete: "This report is incomplete.",
    incompleteColon: "This report is incomplete:",
    cellFailed: (cell: number) => `Cell ${cell} failed; the cells after it did not run.`,
    goToError: "Go to the error",
    notFinished: "The notebook did not finish.",
    noCoverage: "the data does not reach the report date",
    afterThatDay: "Figures after that day are not data.",
    coverageComplete: (date: string, dataEnds: string) => `data through ${date} (ends ${dataEnds})`,
    coverageIncomplete: (dataEnds: string, date: string) =>
      `data ends ${dataEnds}, before the report date ${date}`,
    codeLabel: { injected: "Injected parameters", parameters: "Parameters", code: "Code" },
    cellLabel: (label: string, cell: number) => `${label} (cell ${cell})`,
    outputFailed: (cell: number, name: string) => `Cell ${cell} failed: ${name}`,
    footer: (source: string) =>
      `Rendered by TnS Kit from ${source}. Self-contained page: no external resources; reads fully with JavaScript off.`,
    manifest: "Run manifest",
    manifestCode: "Code: git",
    manifestParameters: "Parameters:",
    defaults: "defaults",
    manifestColumns: ["Data file", "Read as", "Bytes", "SHA-256 (first 16)"],
  },
  /** Status pills of reports and of the index. */
  status: {
    ok: "complete",
    incomplete: "incomplete",
    failed: "failed",
    invalid: "not run",
  },
  /** The suite's index page (renderIndexHtml). */
  index: {
    kicker: "TnS Kit",
    title: "Trust & Safety reports",
    columns: ["Report", "Period", "Status", "Parameters"],
    deck: "PowerPoint deck",
    workbook: "Excel workbook",
    atCell: (cell: number) => ` (cell ${cell})`,
    notAll: (failed: number, total: number) =>
      `${failed} of ${total} reports did not render completely.`,
    all: (total: number) => `All ${total} reports rendered.`,
    footer: "Static pages rendered by TnS Kit: open them offline in any browser.",
    inputs: (inputs: number) => `${inputs} dataset inputs hashed in`,
  },
  /** KPI and recommendation cards. */
  cards: {
    kpiStatus: {
      met: "met",
      at_risk: "at risk",
      missed: "missed",
      no_data: "no data",
      partial: "partial, not judged",
    },
    target: "target",
    owner: "Owner:",
  },
  /** Table chrome (htmlTable) and the interactive script's words. */
  table: {
    rowsShown: (shown: string, total: string) => `Showing ${shown} of ${total} rows.`,
    csvLink: "Download\u00A0CSV",
    csvLinkTitle: (rows: string) =>
      `Download the table's data (${rows} rows) as CSV, UTF-8; personal data masked as in the table`,
    csvOmitted: "no CSV",
    csvOmittedTitle: (rows: string, limit: string) =>
      `No CSV download: the table has ${rows} rows, more than the ${limit} a report page carries as a link; raise htmlTable's csvLimit or filter the rows in the notebook`,
    /** Templates the table script fills in: {n} rows, {shown} of {total}. */
    filterPlaceholder: "Filter rows",
    filterLabel: "Filter the rows of the next table",
    rowCount: "{n} rows",
    rowsOf: "{shown} of {total} rows",
  },
  /** Words charts write. */
  charts: {
    showNumbers: "Show the numbers",
    noData: "No data",
    partialPeriod: " (partial period)",
    /** An x-axis tick of a day; undefined keeps Plot's own (English) ticks. */
    dayTick: undefined as ((month: number, day: number) => string) | undefined,
  },
  /** A report's workbook (tns report --xlsx). */
  workbook: {
    contentsSheet: "Contents",
    contentsColumns: ["Sheet", "Table", "Rows", "Note"],
    report: "Report",
    period: "Period",
    dataAsOf: "Data as of",
    status: "Status",
    notebook: "Notebook",
    parameters: "Parameters",
    statusText: {
      ok: "complete",
      incomplete: "incomplete: the data does not reach the report date",
      failed: "failed: a cell failed; the tables after it are missing",
    },
    tableWithoutData:
      "the cells as the page shows them (text): the table carried no CSV link with its data",
  },
  /** The PowerPoint deck (tns report --pptx). */
  deck: {
    statusLabel: {
      met: "met",
      at_risk: "at risk",
      missed: "missed",
      no_data: "no data",
      partial: "partial, not judged",
    },
    period: (period: string) => `Period: ${period}`,
    dataAsOf: (day: string) => `Data as of: ${day}`,
    audience: (who: string) => `For: ${who}`,
    stampDataAsOf: (day: string) => `data as of ${day}`,
    incomplete: (note: string) => `Incomplete: ${note}`,
    madeBy: (source: string) =>
      `Made by TnS Kit from ${source}; every figure is the HTML report's.`,
    kpis: "KPIs against target",
    page: (heading: string, page: number, pages: number) => `${heading} (${page}/${pages})`,
    target: (target: string) => `target ${target}`,
    decision: (n: number, title: string) => `Decision ${n}: ${title}`,
    impact: (text: string) => `Impact: ${text}`,
    why: (text: string) => `Why: ${text}`,
    owner: (who: string) => `Owner: ${who}`,
    decisions: "Decisions",
    noDecision: "No decision this period.",
    incidents: "Incidents",
  },
  /** The sentences the executive summary (notebook 00) builds from its numbers. */
  summary: {
    period: (start: string, end: string, zone: string, previous: string) =>
      `week ${start} – ${end} (${zone}), compared with the week of ${previous}`,
    audience: "TnS, operations, policy and business leads",
    kpiName: (title: string, grain: string, period: string) => `${title} (${grain} of ${period})`,
    noData: "no data",
    previous: (value: string) => `; previous ${value}`,
    interval: (lower: string, upper: string) => `; 95% CI ${lower}–${upper}`,
    n: (n: string) => `n = ${n}`,
    trendTitle: "Precision and estimated recall by week",
    trendCaption: (end: string, precision: string, recall: string) =>
      `Complete weeks up to ${end}. Targets: precision ≥ ${precision}, recall ≥ ${recall}. Recall is estimated from the weighted audit sample.`,
    share: "share",
    kpiTally: (met: number, total: number, missed: number, atRisk: number) =>
      `**${met} of ${total}** KPIs meet their target; ${missed} missed, ${atRisk} at risk. Details and trends: [KPI dashboard](04-kpi-dashboard.html).`,
    rulesTitle: (title: string) => `Rules: ${title}`,
    thresholdsTitle: (title: string) => `Thresholds: ${title}`,
    kpiTitle: (title: string) => `KPI: ${title}`,
    evidence: (rationale: string, report: string) => `${rationale} Evidence: ${report}.`,
    ruleBacktest: "rule backtest",
    thresholdTuning: "threshold tuning",
    kpiAction: (
      title: string,
      higher: boolean,
      target: string,
      value: string,
      grain: string,
      period: string,
    ) =>
      `Bring ${title.toLowerCase()} back to ${higher ? "at least" : "at most"} ${target}: it was ${value} in the ${grain} of ${period}.`,
    kpiRationale:
      "The furthest miss against target among this week's KPIs. Evidence: KPI dashboard and root-cause report.",
    noDecision:
      "No decision this week: no candidate rules in the dataset, no model to tune and no KPI missed.",
    detailReports: {
      evasion: "[post-mortem](07-post-mortem.html), [rule backtest](02-rule-backtest.html)",
      rule_change:
        "[detection overview](01-detection-overview.html), [root cause](06-root-cause.html)",
      calibration_shift:
        "[threshold tuning](03-threshold-tuning.html), [stream monitor](05-stream-monitor.html)",
      feed_gap: "[KPI dashboard](04-kpi-dashboard.html)",
      duplicate_events: "[stream monitor](05-stream-monitor.html)",
    } as Record<string, string>,
    otherReports: "the detailed reports",
    noSegment: "no segment given",
    incident: (title: string, when: string, segment: string, text: string, evidence: string) =>
      `- **${title}** (${when}; ${segment}). ${text} Evidence: ${evidence}.`,
    noIncident: (day: string) => `No incident in the log up to ${day}.`,
    noIncidentLog:
      "No incident log in the dataset (`incidents:` in tns.yaml): nothing to tell here.",
  },
  /** The cards of a rule change (ruleChangeReadout). */
  rules: {
    ship: (id: string) => `Ship ${id}`,
    hold: (id: string) => `Do not ship ${id} yet`,
    addAction: (id: string, queue: string | undefined, closest: string | undefined) =>
      `Add ${id} to production${queue ? ` (review queue ${queue})` : ""}${closest ? `, keep ${closest} until the overlap is confirmed live` : ""}.`,
    holdAction: (reason: string) => `Hold the rule: ${reason}.`,
    lowPrecision: (low: string, min: string) => `its precision lower bound ${low} is under ${min}`,
    falsePositives: (perDay: string, max: string) =>
      `it adds ${perDay} false positives a day, over ${max}`,
    noRecallGain: "it does not raise recall during the period",
    impact: (
      before: string,
      after: string,
      caught: number,
      falsePositives: number,
      perDay: string,
      precision: string,
      low: string,
      high: string,
      hits: number,
    ) =>
      `period recall ${before} → ${after}; +${caught} violations caught, +${falsePositives} false positives (${perDay}/day); precision ${precision} [${low}–${high}] on ${hits} hits`,
    unique: (unique: number, hits: number) => `${unique} of its ${hits} hits are unique to it`,
    disguise: (share: string) =>
      `; under every generated disguise it still catches at least ${share} of what it catches`,
    liveRule: (rule: string, share: string, kind: string) => `${rule}: ${share} under ${kind}`,
    owner: "detection owners",
  },
  /** The card of a threshold recommendation (thresholdCard). */
  tuning: {
    verdict: {
      meets_targets: "meets the targets",
      not_enough_evidence: "not enough evidence yet",
      no_threshold_meets: "cannot meet every target",
      failed_next_period: "not confirmed on the next period",
    },
    keep: (model: string, to: string) => `Keep ${model} at ${to}`,
    move: (raise: boolean, model: string, from: string, to: string) =>
      `${raise ? "Raise" : "Lower"} ${model} from ${from} to ${to}`,
    now: (from: string) => ` (now ${from})`,
    notYet: (to: string, now: string, confidence: number, labels: string | undefined) =>
      `Not yet a decision: the estimate favours ${to}${now}, but the targets do not hold in ${confidence}% of bootstrap replicates${labels !== undefined ? `; about ${labels} more labelled listings would settle it` : ""}.`,
    notConfirmed: (to: string, from: string | undefined) =>
      `Not a decision: ${to} was not confirmed on the next period${from ? `; keep ${from}` : ""} and re-tune on recent labels.`,
    noThreshold: (to: string, now: string) =>
      `No threshold meets every target; the closest is ${to}${now}: revisit the targets or the capacity.`,
    noCapacity: "no capacity set",
    capacity: (capacity: number, within: boolean) =>
      `capacity ${capacity}/day${within ? ", within capacity" : ", over capacity"}`,
    impactChange: (
      precisionFrom: string,
      precisionTo: string,
      precisionBand: string,
      recallFrom: string,
      recallTo: string,
      recallBand: string,
      queueDelta: string,
    ) =>
      `precision ${precisionFrom} → ${precisionTo} [${precisionBand}], recall ${recallFrom} → ${recallTo} [${recallBand}], queue ${queueDelta}/day`,
    impactNew: (precision: string, precisionBand: string, recall: string, recallBand: string) =>
      `precision ${precision} [${precisionBand}], recall ${recall} [${recallBand}]`,
    impactTail: (perDay: string, capacity: string, held: string) =>
      ` (${perDay}/day, ${capacity}); the targets hold in ${held} of bootstrap replicates`,
    held: (share: string, target: "precision" | "recall" | "capacity") => `${share} (${target})`,
    heldAll: "all",
    owner: (queue: string | undefined) => `${queue ?? "model"} queue`,
    /** Korean cards replace the English rationale; English keeps the tuning report's own. */
    rationale: undefined as ((verdict: string, warnings: number) => string) | undefined,
  },
  /** The KPI dashboard's cards (notebook 04). */
  dashboard: {
    detail: (n: string, interval: string, owner: string) => `n = ${n}${interval} · owner ${owner}`,
    interval: (lower: string, upper: string) => ` · 95% CI ${lower}–${upper}`,
    noTarget: "none",
  },
  /** A KPI's grain as a sentence names it. */
  grain: { day: "day", week: "week", month: "month" } as Record<string, string>,
};
