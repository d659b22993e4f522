import { type Interval, wilsonInterval } from "../intervals/proportionInterval.ts";

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions p₁ − p₂
 * (Newcombe 1998, method 10), built from the two Wilson intervals. Reference: Newcombe (1998),
 * Statistics in Medicine 17:873–890, Table II: 56/70 − 48/80 → (0.0524, 0.3339).
 * @example newcombeInterval(56, 70, 48, 80) // => { low: 0.05243…, high: 0.33387… }
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, level = 0.95): Interval {
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const w1 = wilsonInterval(x1, n1, level);
  const w2 = wilsonInterval(x2, n2, level);
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}
