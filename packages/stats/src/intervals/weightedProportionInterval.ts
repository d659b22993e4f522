import { qbeta, qt } from "../distributions.ts";
import type { DesignCiMethod } from "./ciMethod.ts";
import type { Interval } from "./proportionInterval.ts";

/** A weighted proportion with its linearised standard error (R `survey::svymean` on a 0/1 variable). */
export interface WeightedProportion {
  /** Weighted proportion Σ w·y / Σ w. */
  readonly estimate: number;
  /** Linearised standard error, with-replacement single-stage design (`ids = ~1`). */
  readonly se: number;
  /** Number of observations (R `nrow` of the design or domain, weight-0 rows included). */
  readonly n: number;
  /** Sum of weights. */
  readonly sumWeights: number;
}

/**
 * Weighted mean of values with its linearised standard error, as R `survey::svymean` for
 * `svydesign(ids = ~1, weights = ~w)`: SE² = n/(n−1) · Σ wᵢ² (yᵢ − ȳ)² / (Σ wᵢ)².
 * @example weightedMean([1, 0, 1], [1, 2, 1]) // => { estimate: 0.5, se: … }
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): WeightedProportion {
  const n = values.length;
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += weights[i]!;
    swy += weights[i]! * values[i]!;
  }
  const mean = swy / sw;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (weights[i]! * (values[i]! - mean)) ** 2;
  const se = n > 1 ? Math.sqrt((n / (n - 1)) * ss) / sw : Number.NaN;
  return { estimate: mean, se, n, sumWeights: sw };
}

/**
 * Logit interval of a weighted proportion, as R `survey::svyciprop(method = "logit")`: a Wald
 * interval on the logit scale with t quantiles on `df` degrees of freedom (R `degf(design)`;
 * default n − 1, an unstratified design), back-transformed.
 * At 0 % or 100 % the logit is infinite: the interval is [0, 0] or [1, 1] with a NaN-free result
 * (R's `svyglm` does not converge there and returns an interval of width ~1e-8 at the edge).
 */
export function logitInterval(p: WeightedProportion, level = 0.95, df = p.n - 1): Interval {
  const { estimate, se } = p;
  if (Number.isNaN(estimate)) return { low: Number.NaN, high: Number.NaN };
  if (estimate <= 0) return { low: 0, high: 0 };
  if (estimate >= 1) return { low: 1, high: 1 };
  const t = qt(1 - (1 - level) / 2, df);
  const l = Math.log(estimate / (1 - estimate));
  const seLogit = se / (estimate * (1 - estimate));
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return { low: expit(l - t * seLogit), high: expit(l + t * seLogit) };
}

/**
 * Effective sample size of a weighted proportion: p(1 − p) / SE², times R's degrees-of-freedom
 * factor (qt(α/2, n − 1) / qt(α/2, df))² of `survey::svyciprop(method = "beta")` — which is 1 for
 * a one-stage design, where df = n − 1 (the default).
 */
export function effectiveSampleSize(p: WeightedProportion, level = 0.95, df = p.n - 1): number {
  const a = (1 - level) / 2;
  const ratio = (qt(a, p.n - 1) / qt(a, df)) ** 2;
  return ((p.estimate * (1 - p.estimate)) / (p.se * p.se)) * ratio;
}

/**
 * Korn–Graubard (beta) interval of a weighted proportion, as R `survey::svyciprop(method = "beta")`:
 * Clopper–Pearson bounds with the effective sample size, on `df` degrees of freedom (R
 * `degf(design)`; default n − 1). At 0 % and 100 % the variance is 0 and R's effective sample size
 * is 0/0 (R gives NaN bounds): here the Clopper–Pearson interval of 0 or n successes out of n,
 * [0, 1 − (α/2)^(1/n)] or [(α/2)^(1/n), 1].
 */
export function betaInterval(p: WeightedProportion, level = 0.95, df = p.n - 1): Interval {
  const a = (1 - level) / 2;
  const { estimate } = p;
  if (Number.isNaN(estimate)) return { low: Number.NaN, high: Number.NaN };
  if (estimate <= 0) return { low: 0, high: 1 - a ** (1 / p.n) };
  if (estimate >= 1) return { low: a ** (1 / p.n), high: 1 };
  const nEff = effectiveSampleSize(p, level, df);
  return {
    low: qbeta(a, nEff * estimate, nEff * (1 - estimate) + 1),
    high: qbeta(1 - a, nEff * estimate + 1, nEff * (1 - estimate)),
  };
}

/**
 * The interval of a design-based proportion by method name, as R `svyciprop(method = "beta" |
 * "logit", df = degf(design))`.
 * @example designProportionInterval({ estimate: 0.4, se: 0.05, n: 120, sumWeights: 118 }, "beta", 0.95, 117)
 */
export function designProportionInterval(
  p: WeightedProportion,
  method: DesignCiMethod,
  level = 0.95,
  df = p.n - 1,
): Interval {
  return method === "logit" ? logitInterval(p, level, df) : betaInterval(p, level, df);
}
