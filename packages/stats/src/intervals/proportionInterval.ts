import { qbeta, qnorm } from "../distributions.ts";
import { StatsError } from "../statsError.ts";
import type { UnweightedCiMethod } from "./ciMethod.ts";

/** A confidence interval. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new StatsError("bad_level", { level: String(level) });
}

/**
 * Wilson score interval for x successes out of n (R `prop.test(x, n, correct = FALSE)$conf.int`).
 * Correct at 0 % and 100 % (a bound at 0 or 1) and for n = 1. n = 0 gives [0, 1].
 * @example wilsonInterval(7, 23) // => { low: 0.15604…, high: 0.50865… }
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  checkLevel(level);
  if (n === 0) return { low: 0, high: 1 };
  const z = qnorm(1 - (1 - level) / 2);
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return { low: x === 0 ? 0 : (centre - half) / denom, high: x === n ? 1 : (centre + half) / denom };
}

/**
 * Clopper–Pearson exact interval (R `binom.test(x, n)$conf.int`).
 * @example clopperPearsonInterval(1, 1) // => { low: 0.025, high: 1 }
 */
export function clopperPearsonInterval(x: number, n: number, level = 0.95): Interval {
  checkLevel(level);
  if (n === 0) return { low: 0, high: 1 };
  const a = (1 - level) / 2;
  return { low: x === 0 ? 0 : qbeta(a, x, n - x + 1), high: x === n ? 1 : qbeta(1 - a, x + 1, n - x) };
}

/**
 * Jeffreys interval: Beta(x + ½, n − x + ½) quantiles, with the lower bound 0 when x = 0 and the
 * upper bound 1 when x = n (Brown, Cai & DasGupta 2001).
 */
export function jeffreysInterval(x: number, n: number, level = 0.95): Interval {
  checkLevel(level);
  if (n === 0) return { low: 0, high: 1 };
  const a = (1 - level) / 2;
  return { low: x === 0 ? 0 : qbeta(a, x + 0.5, n - x + 0.5), high: x === n ? 1 : qbeta(1 - a, x + 0.5, n - x + 0.5) };
}

/** Agresti–Coull interval, clipped to [0, 1] (Agresti & Coull 1998). */
export function agrestiCoullInterval(x: number, n: number, level = 0.95): Interval {
  checkLevel(level);
  if (n === 0) return { low: 0, high: 1 };
  const z = qnorm(1 - (1 - level) / 2);
  const nt = n + z * z;
  const pt = (x + (z * z) / 2) / nt;
  const half = z * Math.sqrt((pt * (1 - pt)) / nt);
  return { low: Math.max(0, pt - half), high: Math.min(1, pt + half) };
}

/**
 * Interval for an unweighted proportion by method name (default Wilson).
 * @example proportionInterval(46, 100, "clopper-pearson") // => { low: 0.3598…, high: 0.5625… }
 */
export function proportionInterval(
  x: number,
  n: number,
  method: UnweightedCiMethod = "wilson",
  level = 0.95,
): Interval {
  switch (method) {
    case "wilson":
      return wilsonInterval(x, n, level);
    case "clopper-pearson":
      return clopperPearsonInterval(x, n, level);
    case "jeffreys":
      return jeffreysInterval(x, n, level);
    case "agresti-coull":
      return agrestiCoullInterval(x, n, level);
  }
}
