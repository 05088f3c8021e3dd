import { TnsError } from "../errors/TnsError.js";
/**
 * A KPI definition or KPI input that cannot be used: the message names the file, the KPI and the
 * field, what is wrong and the fix. `tns kpi` maps it to exit code 2.
 * @example try { parseKpis(text, "data/kpis.yaml"); } catch (e) { if (e instanceof KpiError) console.error(e.kpi); }
 */
export class KpiError extends TnsError {
  override name = "KpiError";
  /** The KPI the problem is in, when there is one. */
  readonly kpi?: string;

  constructor(message: string, kpi?: string) {
    super(message);
    this.kpi = kpi;
  }
}
