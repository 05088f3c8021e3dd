/**
 * Adtributor's surprise of one element: its term of the Jensen–Shannon divergence between the
 * baseline share `p` and the current share `q` (natural log; 0·log 0 = 0).
 * @example jsSurprise(0.1, 0.3) // ≈ 0.0499
 */
export function jsSurprise(p: number, q: number): number {
  const m = (p + q) / 2;
  if (m === 0) return 0;
  const term = (x: number) => (x > 0 ? x * Math.log(x / m) : 0);
  return 0.5 * (term(p) + term(q));
}
