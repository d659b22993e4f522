import type { Finding } from "../content/block.ts";
import { findingSize } from "./findingSize.ts";

/**
 * The demonstrated findings (significant, with their numbers) ordered by size, largest first
 * ({@link findingSize}); ties keep their order. The input is not changed.
 * Missing values: a finding without numbers (withheld, a summary) is left out.
 * @example rankFindings([small, notShown, large]) // => [large, small]
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => f.significant && f.facts !== undefined)
    .map((f, i) => ({ f, i, size: findingSize(f.facts!) }))
    .sort((x, y) => y.size - x.size || x.i - y.i)
    .map((x) => x.f);
}

/**
 * The largest demonstrated finding of a list ({@link rankFindings}), or undefined when none is.
 * @example largestFinding(findings)?.facts?.label // => "Guichet sans rendez-vous"
 */
export function largestFinding(findings: readonly Finding[]): Finding | undefined {
  return rankFindings(findings)[0];
}
