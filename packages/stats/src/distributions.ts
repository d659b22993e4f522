/**
 * Distribution functions used by the estimators and tests, from stdlib (well-tested ports of the
 * Cephes / Boost algorithms). Never hand-rolled.
 */
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import fCdf from "@stdlib/stats-base-dists-f-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** Quantile of the standard normal. @example qnorm(0.975) // => 1.959963984540054 */
export const qnorm = (p: number): number => normalQuantile(p, 0, 1);
/** CDF of the standard normal. */
export const pnorm = (x: number): number => normalCdf(x, 0, 1);
/** Quantile of Student's t with `df` degrees of freedom (R `qt`). */
export const qt = (p: number, df: number): number => tQuantile(p, df);
/** CDF of Student's t (R `pt`). */
export const pt = (x: number, df: number): number => tCdf(x, df);
/** Quantile of Beta(a, b) (R `qbeta`). */
export const qbeta = (p: number, a: number, b: number): number => betaQuantile(p, a, b);
/** Upper tail of the chi-square distribution, P(X > x) (R `pchisq(x, df, lower.tail = FALSE)`). */
export const pchisqUpper = (x: number, df: number): number => 1 - chisquareCdf(x, df);
/** Upper tail of the F distribution, P(X > x) (R `pf(x, d1, d2, lower.tail = FALSE)`). */
export const pfUpper = (x: number, d1: number, d2: number): number => 1 - fCdf(x, d1, d2);
