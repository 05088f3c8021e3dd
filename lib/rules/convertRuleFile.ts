import { extname } from "node:path";
import { writeFileAtomic } from "../data/writeFileAtomic.js";
import type { RuleSet } from "./RuleDefinition.js";
import { RuleError } from "./RuleError.js";
import { formatRuleDiagnostic } from "./formatRuleDiagnostic.js";
import { formatRuleFile } from "./formatRuleFile.js";
import { isDecisionTableFile } from "./isDecisionTableFile.js";
import { loadRuleFile, type LoadRuleFileOptions } from "./loadRuleFile.js";
import {
  ruleSetToDecisionTable,
  sheetNameFor,
  type RuleConversionNote,
} from "./ruleSetToDecisionTable.js";
import { writeDecisionTable } from "./writeDecisionTable.js";

/** Options for {@link convertRuleFile}. */
export interface ConvertRuleFileOptions extends LoadRuleFileOptions {
  /** Write the rules a table can hold even when some cannot (default false: write nothing). */
  partial?: boolean;
}

/** What {@link convertRuleFile} did. */
export interface RuleFileConversion {
  /** Rules written. */
  rules: number;
  /** Whether the output was written. */
  written: boolean;
  unconvertible: RuleConversionNote[];
  notes: RuleConversionNote[];
}

/**
 * Converts a rule file between YAML and decision tables (`.xlsx`, `.csv`), by the extensions.
 * The input must have no error. A rule a table cannot hold is named in `unconvertible`; then
 * nothing is written unless `partial` (the others are). Throws {@link RuleError} when the input
 * has errors or the output's extension is unknown.
 * @example const { unconvertible } = await convertRuleFile("rules.yaml", "rules.xlsx");
 */
export async function convertRuleFile(
  input: string,
  output: string,
  options: ConvertRuleFileOptions = {},
): Promise<RuleFileConversion> {
  const ext = extname(output).toLowerCase();
  const toTable = isDecisionTableFile(output);
  if (!toTable && ext !== ".yaml" && ext !== ".yml")
    throw new RuleError(
      `cannot convert to ${output}: give a .yaml, .yml, .xlsx or .csv file to write`,
    );
  const ruleSet: RuleSet = await loadRuleFile(input, options);
  const errors = ruleSet.diagnostics.filter((d) => d.severity === "error");
  if (errors.length)
    throw new RuleError(
      `${input} has ${errors.length} error(s); fix them first (tns rules check ${input}). The first: ${formatRuleDiagnostic(errors[0])}`,
      ruleSet.diagnostics,
    );
  if (!toTable) {
    await writeFileAtomic(output, formatRuleFile(ruleSet));
    return { rules: ruleSet.rules.length, written: true, unconvertible: [], notes: [] };
  }
  const { sheet, unconvertible, notes } = ruleSetToDecisionTable(ruleSet, sheetNameFor(output));
  const written = unconvertible.length === 0 || options.partial === true;
  if (written) await writeDecisionTable(sheet, output);
  return {
    rules: ruleSet.rules.length - unconvertible.length,
    written,
    unconvertible,
    notes,
  };
}
