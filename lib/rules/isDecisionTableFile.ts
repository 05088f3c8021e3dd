import { extname } from "node:path";

/**
 * Whether a rule file is a decision table (`.xlsx` or `.csv`) rather than YAML, by its extension.
 * @example isDecisionTableFile("rules/policy.xlsx"); // true
 */
export function isDecisionTableFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".xlsx" || ext === ".csv";
}
