/**
 * Distribution functions used by the estimators and tests, from stdlib (well-tested ports of the
 * Cephes / Boost algorithms). Never hand-rolled. Upper tails (p-values) come straight from the
 * complemented regularised incomplete gamma and beta functions, never as 1 − CDF: a p-value of
 * 1e-44 keeps its relative precision instead of becoming 0 (R does the same with
 * `lower.tail = FALSE`).
 */
import betainc from "@stdlib/math-base-special-betainc";
import gammainc from "@stdlib/math-base-special-gammainc";
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** Quantile of the standard normal. @example qnorm(0.975) // => 1.959963984540054 */
export const qnorm = (p: number): number => normalQuantile(p, 0, 1);
/** CDF of the standard normal (R `pnorm`); accurate in the lower tail (erfc). */
export const pnorm = (x: number): number => normalCdf(x, 0, 1);
/** Quantile of Student's t with `df` degrees of freedom (R `qt`); `df = Infinity` gives the normal quantile. */
export const qt = (p: number, df: number): number => (df === Number.POSITIVE_INFINITY ? qnorm(p) : tQuantile(p, df));
/** CDF of Student's t (R `pt`). */
export const pt = (x: number, df: number): number => tCdf(x, df);
/** Quantile of Beta(a, b) (R `qbeta`). */
export const qbeta = (p: number, a: number, b: number): number => betaQuantile(p, a, b);

/**
 * Upper tail of the chi-square distribution, P(X > x) (R `pchisq(x, df, lower.tail = FALSE)`):
 * the regularised upper incomplete gamma function Q(df/2, x/2), computed directly.
 * @example pchisqUpper(200, 2) // => 3.720075976020836e-44 (R: 3.7200759760208361e-44)
 */
export function pchisqUpper(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return gammainc(x / 2, df / 2, true, true);
}

/**
 * Upper tail of the F distribution, P(X > x) (R `pf(x, d1, d2, lower.tail = FALSE)`): the
 * regularised incomplete beta I_{d2/(d2 + d1·x)}(d2/2, d1/2), whose argument is computed without
 * cancellation, so that tiny p-values keep their relative precision.
 * @example pfUpper(100, 3, 50) // => 3.96565574924…e-21 (R: 3.9656557492401308e-21)
 */
export function pfUpper(x: number, d1: number, d2: number): number {
  if (Number.isNaN(x) || Number.isNaN(d1) || Number.isNaN(d2)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return betainc(d2 / (d2 + d1 * x), d2 / 2, d1 / 2, true, false);
}

/**
 * Two-sided tail of Student's t, P(|T| > |t|) = 2 · pt(−|t|, df) (R `2 * pt(-abs(t), df)`),
 * as the regularised incomplete beta I_{df/(df + t²)}(df/2, ½). `df = Infinity` uses the normal.
 * @example ptTwoSided(2.228138851986274, 10) // => 0.05
 */
export function ptTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return 2 * pnorm(-Math.abs(t));
  if (!Number.isFinite(t)) return 0;
  return betainc(df / (df + t * t), df / 2, 0.5, true, false);
}

/**
 * Two-sided tail of the standard normal, P(|Z| > |z|) = 2 · pnorm(−|z|), from the lower tail
 * (never 1 − CDF).
 * @example pnormTwoSided(1.959963984540054) // => 0.05
 */
export function pnormTwoSided(z: number): number {
  return Number.isNaN(z) ? Number.NaN : 2 * pnorm(-Math.abs(z));
}
