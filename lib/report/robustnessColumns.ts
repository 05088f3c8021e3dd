import type { EvasionRobustnessRow } from "../rules/evasionRobustness.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of an obfuscation-robustness table ({@link evasionRobustness}): rule, disguise,
 * titles caught unobfuscated, and the shares still caught as written and with normalisation.
 * @example htmlTable(readout.robustness, { columns: robustnessColumns() })
 */
export function robustnessColumns(): TableColumn<EvasionRobustnessRow>[] {
  return [
    "rule",
    "kind",
    { name: "caught", format: "integer" },
    { name: "as_written", label: "still caught (as written)", format: "percent" },
    { name: "normalized", label: "with normalisation", format: "percent" },
  ];
}
