import type { MonitorWindow } from "./MonitorTypes.js";

/** One model family's PSI at the end of one monitor window. */
export interface PsiPoint {
  /** End of the window, ISO 8601 UTC. */
  end: string;
  psi: number;
  family: string;
}

/**
 * Each model family's PSI at the end of every window that computed one, in window order: a
 * time series per family for a drift chart.
 * @example psiSeries(monitor.windows) // [{ end: "2026-08-09T00:00:00.000Z", psi: 0.02, family: "counterfeit" }, …]
 */
export function psiSeries(windows: readonly MonitorWindow[]): PsiPoint[] {
  return windows.flatMap((w) =>
    Object.entries(w.psi).map(([family, psi]) => ({ end: w.end, psi: psi, family: family })),
  );
}
