import type { FindingFacts } from "./findingFacts.ts";

/**
 * The size of a change between two waves, on one scale for shares and means, so that findings of
 * different kinds can be ranked: a share's absolute difference in percentage points; a mean's
 * standardized difference (Cohen's d, the difference over the pooled standard deviation implied by
 * its 95 % interval: sd = (high − low) / (2 × 1,96) / √(1/nA + 1/nB)) converted to the percentage
 * points by which a share of 50 % moves for the same effect (Cohen's h = d: 100 × sin(d) / 2, which
 * is ≈ 50 × d for small d; d is capped at π/2). Cohen, *Statistical power analysis*, 1988, ch. 2 and 6.
 * Missing values: a mean whose interval or counts are unknown has size 0 (ranked last).
 * @example findingSize({ scale: "share", difference: -0.253, … }) // => 25.3
 * @example findingSize({ scale: "mean", difference: 2, low: 1, high: 3, nA: 100, nB: 100, … }) // => 28.1…
 */
export function findingSize(facts: FindingFacts): number {
  if (facts.scale === "share") return Math.abs(facts.difference) * 100;
  const { low, high, nA, nB } = facts;
  if (low === null || high === null || !nA || !nB || !(high > low)) return 0;
  const sd = (high - low) / (2 * 1.96) / Math.sqrt(1 / nA + 1 / nB);
  const d = Math.min(Math.abs(facts.difference) / sd, Math.PI / 2);
  return (100 * Math.sin(d)) / 2;
}
