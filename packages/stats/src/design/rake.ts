import { type CalibratedDesign, calibratedDesign } from "./calibratedDesign.ts";
import type { CalibrationDomain, Margin } from "./margin.ts";
import { baseWeights, domainRows, marginLevels } from "./marginLevels.ts";
import type { SurveyDesign } from "./surveyDesign.ts";

export type { Margin } from "./margin.ts";

/** Options of {@link rake}. */
export interface RakeOptions {
  /** Most passes over the margins. Default: `200`. */
  readonly maxIterations?: number;
  /** Stop when no weight moves by more than this. Default: `1e-10`. */
  readonly tolerance?: number;
  /** Name of the weight column added to the table. Default: `"poids"`. */
  readonly weightColumn?: string;
  /** Rake only these rows (e.g. one wave); the others keep their weights. Default: every row. */
  readonly domain?: CalibrationDomain;
}

/** A raked design: a {@link CalibratedDesign} (calibrated variance, Kish diagnostics). */
export type RakedDesign = CalibratedDesign;

/**
 * Rakes (iterative proportional fitting) a design's weights so that its weighted margins match
 * population margins, as R `survey::rake(design, list(~A1, ~A3), list(pop1, pop2))`: one
 * post-stratification per margin, repeated until no weight moves by more than `tolerance` (R stops
 * earlier by default — `control = list(maxit = 10, epsilon = 1)`, cells within 1 of their target;
 * the reference tests run R to convergence). Starts from the design's weights (1 when unweighted)
 * and keeps its strata and fpc. The result remembers the margins, so that every estimator
 * computes the raked variance exactly as R does (`CalibrationStep` "raking").
 *
 * Used to compare two waves "at equal composition": rake one wave (`domain`) to the other's
 * margins of type of structure and function ({@link compositionMargins}).
 *
 * Missing values: a row with a null in a margin column keeps its weight for that margin (R refuses
 * missing values; this is R with the nulls recoded as one more level whose total is its raked
 * total). Levels present in the data but absent from the totals get weight 0 (R refuses them).
 * Pure: returns a new design with a weight column.
 * @throws StatsError when a margin's column is missing or not a code column, or `weightColumn`
 *   names another existing column.
 * @example rake(surveyDesign(w2025), [{ column: "A1", totals: counts2021A1 }]).effectiveSampleSize // => 207.4…
 */
export function rake(design: SurveyDesign, margins: readonly Margin[], options: RakeOptions = {}): RakedDesign {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-10;
  const name = options.weightColumn ?? "poids";
  const n = design.table.numRows();
  const inside = domainRows(design, options.domain);
  const w = baseWeights(design);
  const levels = margins.map((m) => marginLevels(design, m.column, inside));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    const before = Float64Array.from(w);
    margins.forEach((m, k) => {
      const { level, codes } = levels[k]!;
      const sums = new Float64Array(codes.length);
      for (let i = 0; i < n; i++) if (inside[i] && level[i]! >= 0) sums[level[i]!]! += w[i]!;
      for (let i = 0; i < n; i++) {
        if (!inside[i] || level[i]! < 0) continue;
        const target = m.totals[codes[level[i]!]!] ?? 0;
        const sum = sums[level[i]!]!;
        w[i] = sum > 0 ? (w[i]! * target) / sum : 0;
      }
    });
    iterations++;
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(w[i]! - before[i]!));
    converged = moved < tolerance;
  }
  return calibratedDesign(design, {
    weights: w,
    weightColumn: name,
    step: { kind: "raking", margins: levels.map(({ level }) => ({ level, weights: Float64Array.from(w) })) },
    iterations,
    converged,
    rows: inside,
  });
}
