import type { SurveyDesign } from "./surveyDesign.ts";

/**
 * Degrees of freedom of a design, as R `survey::degf`: the number of respondents with a weight
 * other than 0, minus the number of strata they fall in (n − 1 for an unstratified design). With
 * `rows`, those of a domain (R: `degf(subset(design, …))`). Used for every t interval of a
 * weighted, stratified or calibrated design.
 * @example degf(surveyDesign(t, { strata: "vague" })) // => 405 (407 respondents, 2 strata)
 */
export function degf(design: SurveyDesign, rows?: ArrayLike<boolean | number> | null): number {
  const n = design.table.numRows();
  let count = 0;
  const strata = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (rows && !rows[i]) continue;
    if (design.weights && design.weights[i]! === 0) continue;
    count++;
    strata.add(design.strata ? design.strata[i]! : 0);
  }
  return count - strata.size;
}
