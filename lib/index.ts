// The kit's public surface: one namespace per folder of lib/ (`rules.loadRuleFile`, `kpi.kpiScorecard`, …).
// Notebooks import the built file: `import { dataset, rules } from "../dist/lib/index.js"`. Namespaces, not
// subpath exports: tslab's TypeScript 5.0 resolves types with Node10 rules, which ignore "exports".
export * as data from "./data/index.js";
export * as table from "./table/index.js";
export * as dataset from "./dataset/index.js";
export * as rules from "./rules/index.js";
export * as metrics from "./metrics/index.js";
export * as tuning from "./tuning/index.js";
export * as kpi from "./kpi/index.js";
export * as checks from "./checks/index.js";
export * as stream from "./stream/index.js";
export * as rca from "./rca/index.js";
export * as charts from "./charts/index.js";
export * as view from "./view/index.js";
export * as report from "./report/index.js";
export * as time from "./time/index.js";
export * as format from "./format/index.js";
export * as privacy from "./privacy/index.js";
export * as overview from "./overview/index.js";
export * as postmortem from "./postmortem/index.js";
export * as deck from "./deck/index.js";
export * as i18n from "./i18n/index.js";
export * as errors from "./errors/index.js";
export * as engine from "./engine/index.js";
