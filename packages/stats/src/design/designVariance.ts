import { StatsError } from "../statsError.ts";
import { residualise } from "./calibration.ts";
import type { SurveyDesign } from "./surveyDesign.ts";

/** Options of {@link designVariance}. */
export interface DesignVarianceOptions {
  /**
   * Rows of the domain being estimated (the influence values are 0 elsewhere). Only used to know
   * which strata R visits: with `lonelyPsu: "fail"`, R fails on a one-respondent stratum only when
   * the domain has a row in it (uncalibrated designs; a calibrated design visits every stratum).
   * Default: every row.
   */
  readonly domain?: ArrayLike<boolean | number> | null;
  /**
   * Rows that make the design: the others are removed as if the data held only these rows (R:
   * `svydesign` on the subset data, not `subset(design)`). Used for groups analysed as separate
   * samples. Not for calibrated designs. Default: every row.
   */
  readonly restrict?: ArrayLike<boolean | number> | null;
}

/**
 * Covariance matrix of estimates from their influence values (one column per estimate, one value
 * per row of the design), as R `survey:::svyrecvar` for `ids = ~1` designs: the columns are first
 * replaced by their residuals on the design's calibration (see `CalibrationStep`), then, within
 * each stratum h of nₕ respondents, V = Σₕ (1 − nₕ/Nₕ) · nₕ/(nₕ − 1) · Σᵢ (xᵢ − x̄ₕ)(xᵢ − x̄ₕ)′
 * (no finite population correction: factor 1). A domain estimate passes zeros outside the domain
 * and keeps every row, so nₕ is the stratum's full sample size (R's domain estimation).
 * A one-respondent stratum follows `design.lonelyPsu`.
 *
 * @throws StatsError `lonely_stratum` when a stratum has one respondent and `lonelyPsu` is `fail`.
 * @example designVariance(surveyDesign(t, { strata: "vague" }), [influence])[0][0] // => 0.00123…
 */
export function designVariance(
  design: SurveyDesign,
  columns: readonly ArrayLike<number>[],
  options: DesignVarianceOptions = {},
): number[][] {
  const k = columns.length;
  const n = design.table.numRows();
  const restrict = options.restrict ?? null;
  const x = columns.map((c) => Float64Array.from(c));
  if (restrict) {
    if (design.calibration.length > 0) throw new Error("designVariance: restrict is not for calibrated designs");
  } else {
    residualise(design.calibration, x);
  }
  const strataCount = design.strata ? design.strataLevels.length : 1;
  const stratumOf = (i: number) => (design.strata ? design.strata[i]! : 0);
  const nh = new Float64Array(strataCount);
  const sums = Array.from({ length: strataCount }, () => new Float64Array(k));
  const visited = new Uint8Array(strataCount);
  const calibrated = design.calibration.length > 0;
  for (let i = 0; i < n; i++) {
    if (restrict && !restrict[i]) continue;
    const h = stratumOf(i);
    nh[h]!++;
    for (let a = 0; a < k; a++) sums[h]![a]! += x[a]![i]!;
    if (calibrated || !options.domain || options.domain[i]) visited[h] = 1;
  }
  const V = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const scale = new Float64Array(strataCount);
  const lonely = new Uint8Array(strataCount);
  const sizeOf = new Float64Array(strataCount).fill(Number.POSITIVE_INFINITY);
  if (design.populationSizes) for (let i = 0; i < n; i++) sizeOf[stratumOf(i)] = design.populationSizes[i]!;
  for (let h = 0; h < strataCount; h++) {
    const f = Number.isFinite(sizeOf[h]!) ? (sizeOf[h]! - nh[h]!) / sizeOf[h]! : 1;
    if (nh[h]! === 0 || f < 1e-7) continue;
    if (nh[h]! > 1) {
      scale[h] = (f * nh[h]!) / (nh[h]! - 1);
      continue;
    }
    if (!visited[h]) continue;
    switch (design.lonelyPsu) {
      case "fail":
        throw new StatsError("lonely_stratum", {
          stratum: design.strataLevels[h] ?? "—",
          column: design.strataColumns.join(" × ") || "—",
        });
      case "adjust":
        scale[h] = f;
        lonely[h] = 1;
        break;
      default:
        break; // certainty, remove: nothing
    }
  }
  for (let i = 0; i < n; i++) {
    if (restrict && !restrict[i]) continue;
    const h = stratumOf(i);
    const s = scale[h]!;
    if (s === 0) continue;
    const mean = sums[h]!;
    const count = nh[h]!;
    for (let a = 0; a < k; a++) {
      const da = x[a]![i]! - (lonely[h] ? 0 : mean[a]! / count);
      if (da === 0) continue;
      for (let b = 0; b < k; b++) {
        const db = x[b]![i]! - (lonely[h] ? 0 : mean[b]! / count);
        V[a]![b]! += s * da * db;
      }
    }
  }
  return V;
}
