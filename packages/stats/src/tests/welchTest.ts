import { ptTwoSided, qt } from "../distributions.ts";
import type { Interval } from "../intervals/proportionInterval.ts";

/** Result of {@link welchTest}. */
export interface WelchResult {
  readonly statistic: number;
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number;
  readonly pValue: number;
  /** Difference of means x̄ − ȳ. */
  readonly difference: number;
  /** Confidence interval of the difference. */
  readonly interval: Interval;
}

function meanVar(xs: readonly number[]): [number, number] {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
  return [m, v];
}

/**
 * Welch's two-sample t test (unequal variances), as R `t.test(x, y)`.
 * Needs at least two values in each sample; otherwise every figure is NaN.
 * @example welchTest([1, 2, 3], [2, 4, 6]).df // => 2.9411…
 */
export function welchTest(x: readonly number[], y: readonly number[], level = 0.95): WelchResult {
  if (x.length < 2 || y.length < 2) {
    return {
      statistic: Number.NaN,
      df: Number.NaN,
      pValue: Number.NaN,
      difference: Number.NaN,
      interval: { low: Number.NaN, high: Number.NaN },
    };
  }
  const [mx, vx] = meanVar(x);
  const [my, vy] = meanVar(y);
  const ax = vx / x.length;
  const ay = vy / y.length;
  const se = Math.sqrt(ax + ay);
  const df = (ax + ay) ** 2 / (ax ** 2 / (x.length - 1) + ay ** 2 / (y.length - 1));
  const t = (mx - my) / se;
  const q = qt(1 - (1 - level) / 2, df);
  return {
    statistic: t,
    df,
    pValue: ptTwoSided(t, df),
    difference: mx - my,
    interval: { low: mx - my - q * se, high: mx - my + q * se },
  };
}
