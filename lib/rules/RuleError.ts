import { TnsError } from "../errors/TnsError.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";

/**
 * Rules or data that cannot be used (a rule file with errors, a bad label column, empty data): the
 * message says what is invalid, the value and the fix; `diagnostics` holds every finding. The CLI
 * maps it to exit code 2.
 * @example try { compileRules(ruleSet, schema); } catch (e) { if (e instanceof RuleError) e.diagnostics; }
 */
export class RuleError extends TnsError {
  override name = "RuleError";
  readonly diagnostics: readonly RuleDiagnostic[];

  constructor(message: string, diagnostics: readonly RuleDiagnostic[] = []) {
    super(message);
    this.diagnostics = diagnostics;
  }
}
