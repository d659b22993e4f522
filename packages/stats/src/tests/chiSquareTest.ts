import { pchisqUpper } from "../distributions.ts";
import { type Counts, dropEmpty, expectedCounts } from "./contingency.ts";

/** Result of {@link chiSquareTest}. */
export interface ChiSquareResult {
  /** Pearson's X². */
  readonly statistic: number;
  /** Degrees of freedom (R − 1)(C − 1), after dropping empty rows and columns. */
  readonly df: number;
  /** p-value. */
  readonly pValue: number;
  /** Cramér's V = √(X² / (N (min(R, C) − 1))). */
  readonly cramerV: number;
  /** Smallest expected count (below 5, prefer Fisher's exact test). */
  readonly minExpected: number;
}

/**
 * Pearson's chi-square test of independence, without continuity correction (R
 * `chisq.test(m, correct = FALSE)`), and Cramér's V. Empty rows and columns are dropped first.
 * A table with fewer than two non-empty rows or columns gives statistic 0, p-value 1.
 * @example chiSquareTest([[12, 7], [5, 9]]).pValue // => 0.1248…
 */
export function chiSquareTest(counts: Counts): ChiSquareResult {
  const table = dropEmpty(counts);
  const r = table.length;
  const c = table[0]?.length ?? 0;
  if (r < 2 || c < 2) return { statistic: 0, df: 0, pValue: 1, cramerV: 0, minExpected: Number.NaN };
  const expected = expectedCounts(table);
  let x2 = 0;
  let total = 0;
  let minExpected = Number.POSITIVE_INFINITY;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const o = table[i]![j]!;
      const e = expected[i]![j]!;
      x2 += (o - e) ** 2 / e;
      total += o;
      minExpected = Math.min(minExpected, e);
    }
  }
  const df = (r - 1) * (c - 1);
  return {
    statistic: x2,
    df,
    pValue: pchisqUpper(x2, df),
    cramerV: Math.sqrt(x2 / (total * (Math.min(r, c) - 1))),
    minExpected,
  };
}
