/**
 * The columns a chart reads from a `stats` two-group comparison table (`compareProportions`,
 * `compareMultiple`): both estimates with intervals, the difference with its interval, the test.
 */
export interface ComparisonRow {
  readonly level: string;
  readonly group_a: string;
  readonly group_b: string;
  readonly denominator_a: number;
  readonly denominator_b: number;
  readonly n_a: number;
  readonly n_b: number;
  readonly estimate_a: number | null;
  readonly estimate_b: number | null;
  /** Interval of each group's estimate (read by the grouped and multiple-choice charts). */
  readonly ci_low_a?: number | null;
  readonly ci_high_a?: number | null;
  readonly ci_low_b?: number | null;
  readonly ci_high_b?: number | null;
  readonly difference: number | null;
  readonly diff_ci_low: number | null;
  readonly diff_ci_high: number | null;
  readonly p_adjusted: number | null;
  readonly test: string;
  readonly suppressed: boolean;
}

/**
 * Whether a comparison row shows a demonstrated difference — the rule the report words by: the
 * adjusted p-value is under `alpha` and, when the row gives the interval of the difference, that
 * interval excludes 0. A suppressed row, or one without an estimate or p-value, is never demonstrated.
 * @example isDemonstrated({ …row, p_adjusted: 0.004, diff_ci_low: 0.05, diff_ci_high: 0.24 }) // => true
 */
export function isDemonstrated(row: ComparisonRow, alpha = 0.05): boolean {
  if (row.suppressed || row.estimate_a === null || row.estimate_b === null || row.difference === null) return false;
  if (row.p_adjusted === null || !(row.p_adjusted < alpha)) return false;
  const low = row.diff_ci_low;
  const high = row.diff_ci_high;
  return low === null || high === null || low > 0 || high < 0;
}
