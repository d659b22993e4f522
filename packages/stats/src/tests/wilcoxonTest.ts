import { pnormTwoSided } from "../distributions.ts";

/** Result of {@link wilcoxonTest}. */
export interface WilcoxonResult {
  /** W = rank sum of the first sample − n₁(n₁+1)/2 (R's statistic). */
  readonly statistic: number;
  /** Two-sided p-value, normal approximation with tie correction (and continuity correction when asked). */
  readonly pValue: number;
}

/** Options of {@link wilcoxonTest}. */
export interface WilcoxonOptions {
  /** Continuity correction of the normal approximation (R `correct`). Default: `true`, as R. */
  readonly correct?: boolean;
}

/**
 * Wilcoxon–Mann–Whitney rank-sum test for two independent samples of ordinal or numeric answers,
 * as R `wilcox.test(x, y, exact = FALSE, correct = TRUE)` (mid-ranks for ties, tie-corrected
 * variance; continuity correction unless `correct: false`, R `correct = FALSE`). The p-value is
 * 2 · pnorm(−|z|), computed from the lower tail so that small values keep their precision.
 * Empty samples give p = 1.
 * @example wilcoxonTest([1, 2, 3], [4, 5, 6]).statistic // => 0
 */
export function wilcoxonTest(
  x: readonly number[],
  y: readonly number[],
  options: WilcoxonOptions = {},
): WilcoxonResult {
  const correct = options.correct ?? true;
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { statistic: Number.NaN, pValue: 1 };
  const all = [...x.map((v) => ({ v, g: 0 })), ...y.map((v) => ({ v, g: 1 }))].sort((a, b) => a.v - b.v);
  const n = all.length;
  let rankSum = 0;
  let ties = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j + 2) / 2;
    const t = j - i + 1;
    ties += t ** 3 - t;
    for (let k = i; k <= j; k++) if (all[k]!.g === 0) rankSum += rank;
    i = j + 1;
  }
  const w = rankSum - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return { statistic: w, pValue: 1 };
  const diff = w - mean;
  const z = (diff - (correct ? 0.5 * Math.sign(diff) : 0)) / Math.sqrt(variance);
  return { statistic: w, pValue: Math.min(1, pnormTwoSided(z)) };
}
