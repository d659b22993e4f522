import type { SurveyDesign } from "./surveyDesign.ts";

/**
 * Whether the groups of a comparison are, under this design, independent simple random samples of
 * fixed size — the model of the classical small-sample methods (Wilson and exact intervals,
 * Newcombe's difference, chi-square and Fisher's exact test, Student's and Welch's t): the design
 * has no weights, no calibration and no finite population correction, and is either unstratified
 * or stratified exactly by the groups (each stratum is one group, e.g. `strata: "vague"` compared
 * `by: "vague"`). Rows with a null group are left out of the check.
 *
 * Why the wave-stratified, unweighted two-wave comparison uses the classical tests: each wave is
 * then a simple random sample of fixed size — the product-binomial model that the chi-square test
 * and Fisher's test (which conditions on both margins and is exact) assume. R's design-based
 * `svychisq(~y + vague, svydesign(ids = ~1, strata = ~vague))` only approximates this (its F
 * reference distribution is asymptotic); the two agree closely for large samples (see the
 * reference tests).
 * @example separateSamples(surveyDesign(t, { strata: "vague" }), t.array("vague")) // => true
 */
export function separateSamples(design: SurveyDesign, groups: readonly (string | null)[]): boolean {
  if (design.weights || design.calibration.length > 0 || design.populationSizes) return false;
  if (!design.strata) return true;
  const groupOf = new Map<number, string>();
  const stratumOf = new Map<string, number>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g === null || g === undefined) continue;
    const h = design.strata[i]!;
    if ((groupOf.get(h) ?? g) !== g || (stratumOf.get(g) ?? h) !== h) return false;
    groupOf.set(h, g);
    stratumOf.set(g, h);
  }
  return true;
}
