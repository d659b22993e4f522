import { Matrix, solve } from "ml-matrix";

/**
 * What a calibrated design keeps so that every estimator computes the calibrated (residual-based)
 * variance, as R `survey` does in `svyrecvar`: the influence values of an estimate are replaced by
 * their residuals on the calibration variables before the stratified variance is taken. One step
 * per calibration, applied in order (R's `design$postStrata` list).
 *
 * - `poststratification` (R `postStratify`): residuals from the post-stratum means —
 *   x ← x − w·Σₕ(x·w₀/w)/Σₕw₀, with w the new and w₀ the old weights.
 * - `raking` (R `rake`): R's backfitting, ten sweeps over the margins of
 *   x ← x − w·mean_level(x/w) (an unweighted mean, exactly as R; w the raked weights).
 * - `regression` (R `calibrate`, any `calfun`): the regression residual
 *   x ← x − w·M·β, β = (M′ D M)⁺ M′ (x/g), with M the indicators of the calibration levels,
 *   D the weights before calibration and g the calibration factors (R:
 *   `qr.resid(qr(M·√d), x/(g·√d))·g·√d`).
 *
 * Rows whose level is null in a margin (`-1`) form a level of their own. A row of weight 0 divides
 * 0 by 0 in R (NaN); here it counts 0.
 */
export type CalibrationStep =
  | {
      readonly kind: "poststratification";
      /** Level of each row (0-based). */
      readonly level: Int32Array;
      /** Weights after the step. */
      readonly weights: Float64Array;
      /** Weights before the step. */
      readonly oldWeights: Float64Array;
    }
  | {
      readonly kind: "raking";
      /** One per margin: the level of each row (−1 for null) and the raked weights. */
      readonly margins: readonly { readonly level: Int32Array; readonly weights: Float64Array }[];
    }
  | {
      readonly kind: "regression";
      /** Level of each row in each margin (−1 for null); the model is their indicators. */
      readonly levels: readonly Int32Array[];
      /** Weights before calibration (d). */
      readonly baseWeights: Float64Array;
      /** Calibration factors g (new weight = g · d). */
      readonly g: Float64Array;
    };

const RAKING_SWEEPS = 10;

function levelCount(level: Int32Array): number {
  let k = 0;
  for (const l of level) if (l + 1 > k) k = l + 1;
  return k + 1; // slot k holds the null level (−1)
}

const slot = (l: number, nullSlot: number) => (l < 0 ? nullSlot : l);

/**
 * Replaces, in place, each column of influence values by its residual on the calibration steps of
 * a design (R `svyrecvar`'s first part). No steps: the values are left as they are.
 * @example residualise(design.calibration, [influence])
 */
export function residualise(steps: readonly CalibrationStep[], columns: readonly Float64Array[]): void {
  for (const step of steps) {
    if (step.kind === "poststratification") {
      const k = levelCount(step.level);
      for (const x of columns) {
        const num = new Float64Array(k);
        const den = new Float64Array(k);
        step.level.forEach((l, i) => {
          let w = step.weights[i]!;
          const w0 = step.oldWeights[i]!;
          if (w === 0 && w0 === 0) w = 1;
          const s = slot(l, k - 1);
          num[s]! += w === 0 ? 0 : (x[i]! * w0) / w;
          den[s]! += w0;
        });
        step.level.forEach((l, i) => {
          let w = step.weights[i]!;
          if (w === 0 && step.oldWeights[i]! === 0) w = 1;
          const s = slot(l, k - 1);
          if (den[s]! !== 0) x[i]! -= (num[s]! / den[s]!) * w;
        });
      }
    } else if (step.kind === "raking") {
      const sizes = step.margins.map((m) => levelCount(m.level));
      const counts = step.margins.map((m, j) => {
        const c = new Float64Array(sizes[j]!);
        for (const l of m.level) c[slot(l, sizes[j]! - 1)]!++;
        return c;
      });
      for (const x of columns) {
        for (let sweep = 0; sweep < RAKING_SWEEPS; sweep++) {
          step.margins.forEach((m, j) => {
            const k = sizes[j]!;
            const sum = new Float64Array(k);
            m.level.forEach((l, i) => {
              const w = m.weights[i]!;
              sum[slot(l, k - 1)]! += w === 0 ? 0 : x[i]! / w;
            });
            m.level.forEach((l, i) => {
              const s = slot(l, k - 1);
              x[i]! -= m.weights[i]! * (sum[s]! / counts[j]![s]!);
            });
          });
        }
      }
    } else {
      // Indicator columns of every level of every margin (rank-deficient: solved by SVD).
      const blocks = step.levels.map((level) => levelCount(level));
      const p = blocks.reduce((a, b) => a + b, 0);
      const n = step.g.length;
      const offsets = blocks.map((_, j) => blocks.slice(0, j).reduce((a, b) => a + b, 0));
      const cells = (i: number) => step.levels.map((level, j) => offsets[j]! + slot(level[i]!, blocks[j]! - 1));
      const A = Matrix.zeros(p, p);
      const rowCells: number[][] = [];
      for (let i = 0; i < n; i++) {
        const c = cells(i);
        rowCells.push(c);
        const d = step.baseWeights[i]!;
        for (const a of c) for (const b of c) A.set(a, b, A.get(a, b) + d);
      }
      for (const x of columns) {
        const b = Matrix.zeros(p, 1);
        for (let i = 0; i < n; i++) {
          const g = step.g[i]!;
          const v = g === 0 ? 0 : x[i]! / g;
          for (const a of rowCells[i]!) b.set(a, 0, b.get(a, 0) + v);
        }
        const beta = solve(A, b, true);
        for (let i = 0; i < n; i++) {
          let fit = 0;
          for (const a of rowCells[i]!) fit += beta.get(a, 0);
          x[i]! -= step.g[i]! * step.baseWeights[i]! * fit;
        }
      }
    }
  }
}
