/**
 * The notebooks whose figures come from the dataset's engine, rendered on each engine by the parity
 * tests (05 replays the event file in-process, whatever the engine).
 */
export const engineNotebooks = [
  "00-executive-summary",
  "01-detection-overview",
  "02-rule-backtest",
  "03-threshold-tuning",
  "04-kpi-dashboard",
  "06-root-cause",
  "07-post-mortem",
  "08-rule-lifecycle",
];
