import { Adder } from "d3-array";
import { degf } from "../design/degf.ts";
import { designVariance } from "../design/designVariance.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";

/** A linearised estimate on a domain: the figure, its standard error, degrees of freedom and influence values. */
export interface DomainEstimate {
  /** The estimate (NaN when the domain has no weight). */
  readonly estimate: number;
  /** Linearised standard error (NaN when it cannot be estimated). */
  readonly se: number;
  /** Degrees of freedom, R `degf` of the domain (respondents of weight ≠ 0 minus their strata). */
  readonly df: number;
  /** Respondents in the domain, weight 0 included (R `nrow` of the subset design). */
  readonly n: number;
  /** Sum of the weights in the domain. */
  readonly sumWeights: number;
  /** Influence value of every row of the design (0 outside the domain), for contrasts. */
  readonly influence: Float64Array;
  /** Rows of the domain (1) — for contrasts and degrees of freedom. */
  readonly domain: Uint8Array;
}

/** Options of the domain estimators. */
export interface DomainOptions {
  /**
   * Analyse the domain as a sample of its own (R: `svydesign` on the domain's rows) instead of a
   * domain of the whole design (R: `svyby` / `subset(design, …)`). Used for groups that are
   * separate samples (`separateSamples`). Default: `false`.
   */
  readonly separate?: boolean;
}

const weightAt = (design: SurveyDesign, i: number) => (design.weights ? design.weights[i]! : 1);

function finish(
  design: SurveyDesign,
  estimate: number,
  influence: Float64Array,
  domain: ArrayLike<boolean | number>,
  sumWeights: number,
  options: DomainOptions,
): DomainEstimate {
  const n = design.table.numRows();
  let rows = 0;
  for (let i = 0; i < n; i++) if (domain[i]) rows++;
  const df = degf(design, domain);
  const variance =
    Number.isNaN(estimate) || (options.separate && rows < 2)
      ? Number.NaN
      : designVariance(design, [influence], options.separate ? { restrict: domain } : { domain })[0]![0]!;
  return {
    estimate,
    se: Math.sqrt(variance),
    df,
    n: design.calibration.length > 0 && !options.separate ? n : rows,
    sumWeights,
    influence,
    domain: Uint8Array.from({ length: n }, (_, i) => (domain[i] ? 1 : 0)),
  };
}

/**
 * Weighted mean of a number over a domain with its linearised standard error, as R
 * `svymean(~y, subset(design, domain))` (or `svyby`): ȳ = Σ w·y / Σ w, influence
 * wᵢ(yᵢ − ȳ)/Σ w inside the domain, 0 outside; the variance follows the strata, the finite
 * population correction and the calibration of the design. Rows with a null value must be left
 * out of the domain by the caller.
 * @example domainMean(design, values, inWave2025).se // => 0.0123…
 */
export function domainMean(
  design: SurveyDesign,
  values: ArrayLike<number | null>,
  domain: ArrayLike<boolean | number>,
  options: DomainOptions = {},
): DomainEstimate {
  // A mean is the ratio of Σ w·y to Σ w·1: the same estimate, influence and variance.
  return domainRatio(design, values, new Float64Array(design.table.numRows()).fill(1), domain, options);
}

/**
 * Weighted total of a number over a domain with its linearised standard error, as R
 * `svytotal(~y, subset(design, domain))`: Σ w·y, influence wᵢyᵢ inside the domain.
 * @example domainTotal(design, fte, inWave2025).estimate // => 65.4…
 */
export function domainTotal(
  design: SurveyDesign,
  values: ArrayLike<number | null>,
  domain: ArrayLike<boolean | number>,
  options: DomainOptions = {},
): DomainEstimate {
  const n = design.table.numRows();
  const sw = new Adder();
  const swy = new Adder();
  const influence = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!domain[i]) continue;
    const w = weightAt(design, i);
    sw.add(w);
    influence[i] = w * values[i]!;
    swy.add(influence[i]!);
  }
  return finish(design, +swy, influence, domain, +sw, options);
}

/**
 * Ratio of two weighted totals over a domain, as R `svyratio(~y, ~z, subset(design, domain))`:
 * R̂ = Σ w·y / Σ w·z, influence wᵢ(yᵢ − R̂ zᵢ)/Σ w·z.
 * @example domainRatio(design, hours, fte, everyone).estimate // => 38
 */
export function domainRatio(
  design: SurveyDesign,
  numerator: ArrayLike<number | null>,
  denominator: ArrayLike<number | null>,
  domain: ArrayLike<boolean | number>,
  options: DomainOptions = {},
): DomainEstimate {
  const n = design.table.numRows();
  const sw = new Adder();
  const sy = new Adder();
  const sz = new Adder();
  for (let i = 0; i < n; i++) {
    if (!domain[i]) continue;
    const w = weightAt(design, i);
    sw.add(w);
    sy.add(w * numerator[i]!);
    sz.add(w * denominator[i]!);
  }
  const ratio = +sz !== 0 ? +sy / +sz : Number.NaN;
  const influence = new Float64Array(n);
  if (+sz !== 0)
    for (let i = 0; i < n; i++)
      if (domain[i]) influence[i] = (weightAt(design, i) * (numerator[i]! - ratio * denominator[i]!)) / +sz;
  return finish(design, ratio, influence, domain, +sw, options);
}

/**
 * A linear combination Σ cₖ θₖ of domain estimates of one design (e.g. the difference between two
 * waves, coefficients [−1, 1]) with its standard error from the combined influence values, as R
 * `svycontrast(svyby(…, covmat = TRUE), c(-1, 1))`, and the design's degrees of freedom over the
 * union of the domains (R `degf`). Estimates computed with `separate: true` are independent
 * samples: their variances add.
 * @example domainContrast(design, [a, b], [-1, 1]).estimate // => b − a
 */
export function domainContrast(
  design: SurveyDesign,
  estimates: readonly DomainEstimate[],
  coefficients: readonly number[],
  options: DomainOptions = {},
): { readonly estimate: number; readonly se: number; readonly df: number } {
  const n = design.table.numRows();
  const estimate = estimates.reduce((s, e, k) => s + coefficients[k]! * e.estimate, 0);
  if (options.separate) {
    const variance = estimates.reduce((s, e, k) => s + coefficients[k]! ** 2 * e.se ** 2, 0);
    return { estimate, se: Math.sqrt(variance), df: estimates.reduce((s, e) => s + e.df, 0) };
  }
  const x = new Float64Array(n);
  const union = new Array<boolean>(n).fill(false);
  estimates.forEach((e, k) => {
    for (let i = 0; i < n; i++) {
      if (e.domain[i]) union[i] = true;
      x[i]! += coefficients[k]! * e.influence[i]!;
    }
  });
  const se = Math.sqrt(designVariance(design, [x], { domain: union })[0]![0]!);
  return { estimate, se, df: degf(design, union) };
}
