import { readCodes, weightOf } from "../missing.ts";
import type { Margin } from "./margin.ts";
import type { SurveyDesign } from "./surveyDesign.ts";

/**
 * Raking margins that give a sample the composition of a reference sample: for each column, the
 * reference's (weighted) share of each level times `total` (usually the size of the sample to
 * rake). Used to compare two waves "at equal composition" (e.g. 2025 raked to 2021's mix of
 * structures and functions). Missing values (null) in the reference are left out of its shares.
 *
 * @throws StatsError when a column is missing or is not a code column.
 * @example compositionMargins(surveyDesign(w2021), ["A1"], 229)
 * // => [{ column: "A1", totals: { association: 90.1, commune: 38.6, cpas: 78.5, … } }]
 */
export function compositionMargins(reference: SurveyDesign, columns: readonly string[], total: number): Margin[] {
  return columns.map((column) => {
    const codes = readCodes(reference, column);
    const sums = new Map<string, number>();
    let all = 0;
    codes.forEach((c, i) => {
      if (c === null) return;
      const w = weightOf(reference, i);
      sums.set(c, (sums.get(c) ?? 0) + w);
      all += w;
    });
    const totals = Object.fromEntries([...sums.keys()].sort().map((c) => [c, (sums.get(c)! / all) * total]));
    return { column, totals };
  });
}
