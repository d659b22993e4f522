/** Multiple-testing adjustments. */
export const Adjustment = { holm: "holm", bh: "bh" } as const;
/** `holm` (family-wise error) or `bh` (Benjamini–Hochberg false discovery rate). */
export type Adjustment = (typeof Adjustment)[keyof typeof Adjustment];

/**
 * Adjusts p-values for multiple testing, as R `p.adjust(p, "holm")` and `p.adjust(p, "BH")`.
 * NaN p-values are kept as NaN and not counted.
 * @example adjustPValues([0.01, 0.04], "holm") // => [0.02, 0.04]
 */
export function adjustPValues(p: readonly number[], method: Adjustment): number[] {
  const idx = p.map((v, i) => [v, i] as const).filter(([v]) => !Number.isNaN(v));
  const m = idx.length;
  const out = p.map(() => Number.NaN);
  if (method === "holm") {
    idx.sort((a, b) => a[0] - b[0]);
    let running = 0;
    idx.forEach(([v, i], k) => {
      running = Math.max(running, Math.min(1, (m - k) * v));
      out[i] = running;
    });
  } else {
    idx.sort((a, b) => b[0] - a[0]);
    let running = 1;
    idx.forEach(([v, i], k) => {
      running = Math.min(running, Math.min(1, (m / (m - k)) * v));
      out[i] = running;
    });
  }
  return out;
}
