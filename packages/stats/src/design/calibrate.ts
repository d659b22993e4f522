import { Matrix, pseudoInverse } from "ml-matrix";
import { StatsError } from "../statsError.ts";
import { type CalibratedDesign, calibratedDesign } from "./calibratedDesign.ts";
import type { CalibrationDomain, Margin } from "./margin.ts";
import { baseWeights, domainRows, marginLevels } from "./marginLevels.ts";
import type { SurveyDesign } from "./surveyDesign.ts";

/** Calibration functions (R `calibrate(calfun =)`): `raking` (g = exp(x′λ), the raking weights) or `linear` (g = 1 + x′λ, GREG). */
export const CalibrationFunction = { raking: "raking", linear: "linear" } as const;
/** One of {@link CalibrationFunction}. */
export type CalibrationFunction = (typeof CalibrationFunction)[keyof typeof CalibrationFunction];

/**
 * Whether a value is a calibration function.
 * @example isCalibrationFunction("raking") // => true
 */
export function isCalibrationFunction(value: unknown): value is CalibrationFunction {
  return typeof value === "string" && (Object.values(CalibrationFunction) as string[]).includes(value);
}

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Calibration function. Default: `"raking"`. */
  readonly calfun?: CalibrationFunction;
  /** Most Newton steps (R `maxit`). Default: `50`. */
  readonly maxIterations?: number;
  /** Stop when every |population − calibrated total| / (1 + |population|) is below this (R `epsilon`). Default: `1e-10`. */
  readonly tolerance?: number;
  /** Name of the weight column added to the table. Default: `"poids"`. */
  readonly weightColumn?: string;
  /** Calibrate only these rows (e.g. one wave); the others keep their weights. Default: every row. */
  readonly domain?: CalibrationDomain;
}

/**
 * Calibrates a design's weights to population margins, as R
 * `survey::calibrate(design, list(~A1, ~A3), list(pop1, pop2), calfun = "raking")` (Deville &
 * Särndal 1992): Newton steps on the Lagrange multipliers (R's `grake`, generalised inverse for
 * the redundant indicators) until every margin is met. With `calfun: "raking"` the weights are those
 * of {@link rake}; the variance differs: here it is the regression (GREG) residual of R's
 * `calibrate` (`CalibrationStep` "regression"), there R's backfitting of `rake`.
 *
 * Missing values: a null in a margin column is an error (as R's `na.fail`). Every level present in
 * the data needs a total, and every total a respondent.
 * @throws StatsError `margin_null`, `margin_level_missing`, `margin_empty_level`,
 *   `calibration_failed` (no convergence), `column_exists`.
 * @example calibrate(surveyDesign(w2025), compositionMargins(surveyDesign(w2021), ["A1"], 229)).converged // => true
 */
export function calibrate(
  design: SurveyDesign,
  margins: readonly Margin[],
  options: CalibrateOptions = {},
): CalibratedDesign {
  const calfun = options.calfun ?? "raking";
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;
  const name = options.weightColumn ?? "poids";
  const n = design.table.numRows();
  const inside = domainRows(design, options.domain);
  const d = baseWeights(design);
  const levels = margins.map((m) => {
    const ml = marginLevels(design, m.column, inside);
    const nullRow = Array.from(ml.level).findIndex((l) => l < 0);
    if (nullRow >= 0) throw new StatsError("margin_null", { column: m.column, row: nullRow + 1 });
    for (const c of ml.codes)
      if (!Object.hasOwn(m.totals, c)) throw new StatsError("margin_level_missing", { column: m.column, level: c });
    for (const c of Object.keys(m.totals))
      if (!ml.codes.includes(c) && m.totals[c]! !== 0)
        throw new StatsError("margin_empty_level", { column: m.column, level: c });
    return ml;
  });
  // Columns: every level of every margin, then one for the rows outside the domain (held at their total).
  const offsets: number[] = [];
  let p = 0;
  for (const l of levels) {
    offsets.push(p);
    p += l.codes.length;
  }
  const outside = p;
  const hasOutside = inside.some((v) => v === 0);
  if (hasOutside) p++;
  const cells = Array.from({ length: n }, (_, i) =>
    inside[i] ? levels.map((l, k) => offsets[k]! + l.level[i]!) : [outside],
  );
  const population = new Float64Array(p);
  margins.forEach((m, k) => {
    levels[k]!.codes.forEach((c, j) => {
      population[offsets[k]! + j] = m.totals[c]!;
    });
  });
  if (hasOutside) for (let i = 0; i < n; i++) if (!inside[i]) population[outside]! += d[i]!;

  const F = calfun === "raking" ? (u: number) => Math.exp(u) : (u: number) => 1 + u;
  const dF = calfun === "raking" ? (u: number) => Math.exp(u) : () => 1;
  const eta = new Float64Array(p);
  const g = new Float64Array(n).fill(1);
  const xEta = (i: number) => cells[i]!.reduce((s, c) => s + eta[c]!, 0);
  let iterations = 0;
  let misfitMax = Number.POSITIVE_INFINITY;
  while (iterations < maxIterations) {
    const totals = new Float64Array(p);
    const T = Matrix.zeros(p, p);
    for (let i = 0; i < n; i++) {
      const u = xEta(i);
      g[i] = F(u);
      const dw = d[i]! * dF(u);
      for (const a of cells[i]!) {
        totals[a]! += d[i]! * g[i]!;
        for (const b of cells[i]!) T.set(a, b, T.get(a, b) + dw);
      }
    }
    const misfit = Array.from(population, (v, a) => v - totals[a]!);
    misfitMax = Math.max(...misfit.map((m, a) => Math.abs(m) / (1 + Math.abs(population[a]!))));
    if (misfitMax < tolerance) break;
    iterations++;
    const step = pseudoInverse(T).mmul(Matrix.columnVector(misfit));
    for (let a = 0; a < p; a++) eta[a]! += step.get(a, 0);
  }
  if (misfitMax >= tolerance)
    throw new StatsError("calibration_failed", { iterations: maxIterations, misfit: misfitMax.toPrecision(3) });
  const w = Float64Array.from(d, (v, i) => v * g[i]!);
  return calibratedDesign(design, {
    weights: w,
    weightColumn: name,
    step: { kind: "regression", levels: levels.map((l) => l.level), baseWeights: d, g: Float64Array.from(g) },
    iterations,
    converged: true,
    rows: inside,
  });
}
