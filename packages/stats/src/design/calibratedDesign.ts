import { Adder } from "d3-array";
import { withWeightColumn } from "./marginLevels.ts";
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

/** What a calibration made, for {@link calibratedDesign}. */
export interface CalibrationResult {
  /** The calibrated weights, one per row. */
  readonly weights: Float64Array;
  /** Column of the table that holds them. */
  readonly weightColumn: string;
  /** The calibration step the variance must follow. */
  readonly step: SurveyDesign["calibration"][number];
  readonly iterations: number;
  readonly converged: boolean;
  /** Rows over which Kish's design effect is computed. Default: all. */
  readonly rows?: ArrayLike<boolean | number> | null;
}

/**
 * The design a calibration gives: the weights in their column and in the design, the step added
 * to its calibration, and Kish's diagnostics over the calibrated rows (used by `rake`,
 * `calibrate`, `postStratify`).
 * @example calibratedDesign(design, { weights, weightColumn: "poids", step, iterations: 4, converged: true }).designEffect // => 1.11…
 */
export function calibratedDesign(design: SurveyDesign, result: CalibrationResult): CalibratedDesign {
  const { designEffect, effectiveSampleSize } = kishDesignEffect(result.weights, result.rows);
  return {
    ...design,
    table: withWeightColumn(design, result.weightColumn, result.weights),
    weights: result.weights,
    weightColumn: result.weightColumn,
    calibration: [...design.calibration, result.step],
    iterations: result.iterations,
    converged: result.converged,
    designEffect,
    effectiveSampleSize,
  };
}
