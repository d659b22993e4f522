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
