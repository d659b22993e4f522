/**
 * The columns a chart reads from a `stats` estimate table (DESIGN.md result conventions). Charts
 * depend on this shape only, not on the stats code.
 */
export interface EstimateRow {
  /** Answer code. */
  readonly level: string;
  /** Unweighted count in the cell. */
  readonly n: number;
  /** Estimate, a proportion 0–1 (null when suppressed and published). */
  readonly estimate: number | null;
  /** Lower bound of the interval. */
  readonly ci_low: number | null;
  /** Upper bound of the interval. */
  readonly ci_high: number | null;
  /** Interval method, e.g. `wilson`. */
  readonly method: string;
  /** Cell under the disclosure threshold: never drawn as a value. */
  readonly suppressed: boolean;
  /** Number of valid answers in the group. */
  readonly denominator?: number;
}
