import { Adder } from "d3-array";
import type { SurveyDesign } from "./surveyDesign.ts";

/**
 * A design whose weights were calibrated (`rake`, `calibrate`, `postStratify`): the design itself
 * — its `calibration` steps make every estimator compute the calibrated, residual-based variance,
 * as R `survey` does — and what the weights cost, as diagnostics.
 */
export interface CalibratedDesign extends SurveyDesign {
  /** Iterations made (passes over the margins for `rake`, Newton steps for `calibrate`, 1 for `postStratify`). */
  readonly iterations: number;
  /** Whether the weights settled within the tolerance. */
  readonly converged: boolean;
  /** Kish's design effect of unequal weights over the calibrated rows, n Σw² / (Σw)² (Kish 1965). A diagnostic, not a variance. */
  readonly designEffect: number;
  /** Effective sample size over the calibrated rows, (Σw)² / Σw². */
  readonly effectiveSampleSize: number;
}

/**
 * Whether a design carries calibration steps (R `survey:::is.calibrated`).
 * @example isCalibrated(rake(design, margins)) // => true
 */
export function isCalibrated(design: SurveyDesign): boolean {
  return design.calibration.length > 0;
}

/**
 * Kish's design effect of unequal weights, n Σw² / (Σw)², and the effective sample size
 * (Σw)² / Σw², over the rows given (default all), with exact sums (d3-array `Adder`).
 * @example kishDesignEffect([1, 1, 2, 2]) // => { designEffect: 1.111…, effectiveSampleSize: 3.6 }
 */
export function kishDesignEffect(
  weights: ArrayLike<number>,
  rows?: ArrayLike<boolean | number> | null,
): { readonly designEffect: number; readonly effectiveSampleSize: number } {
  const s = new Adder();
  const s2 = new Adder();
  let n = 0;
  for (let i = 0; i < weights.length; i++) {
    if (rows && !rows[i]) continue;
    n++;
    s.add(weights[i]!);
    s2.add(weights[i]! * weights[i]!);
  }
  return { designEffect: (n * +s2) / (+s * +s), effectiveSampleSize: (+s * +s) / +s2 };
}
