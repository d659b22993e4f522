import { type ColumnTable, table } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { readCodes } from "../missing.ts";
import { StatsError } from "../statsError.ts";
import { adjustPValues } from "../tests/adjustPValues.ts";
import { type CompareOptions, compareProportions } from "./compareProportions.ts";
import { twoGroups } from "./twoGroups.ts";

/** Options of {@link compareWithin}. */
export interface CompareWithinOptions extends CompareOptions {
  /** Column of the strata (e.g. `A1`, type of structure): the groups are compared within each. Required. */
  readonly within: string;
  /** Strata, in order. Default: the codes seen in `within`, sorted. */
  readonly strata?: readonly string[];
}

/**
 * Compares the answers to a single-choice or ordinal question between two groups (e.g. the 2021
 * and 2025 waves) within each stratum of another column (e.g. each type of structure): per
 * stratum, exactly {@link compareProportions} on that stratum's respondents (Wilson intervals,
 * Newcombe difference, chi-square or Fisher, or Rao–Scott when weighted; the overall test of the
 * stratum's distribution in `overall_*`), with the stratum in a first column named after
 * `within`. Then `p_holm`, `p_bh` and `p_adjusted` (= Holm) are recomputed across every row of
 * every stratum, as R `p.adjust` over all the tests: testing each stratum multiplies the chances
 * of a false alarm, and the adjustment pays for it.
 *
 * Missing values: respondents with a null stratum are left out; missing-flagged codes as in
 * {@link compareProportions}. A stratum where a group has no valid answer keeps its rows, with
 * count 0, estimates and tests NaN and `suppressed` true (nothing to compare, said rather than
 * dropped). Weighted designs keep their weights.
 *
 * @throws StatsError when `by` does not hold exactly two groups, or a column is missing.
 * @example compareWithin(surveyDesign(h), "plus_quart", { by: "vague", within: "A1", levels: ["oui"] }).objects()[0]
 * // => { A1: "association", question: "plus_quart", level: "oui", group_a: "2021", …, p_adjusted: … }
 */
export function compareWithin(design: SurveyDesign, variable: string, options: CompareWithinOptions): ColumnTable {
  const { within, strata: wanted, ...compare } = options;
  for (const column of [variable, within])
    if (!design.table.columnNames().includes(column)) throw new StatsError("unknown_column", { column });
  twoGroups(readCodes(design, options.by), options.by);
  const codes = readCodes(design, variable);
  const strataOf = readCodes(design, within);
  const strata = wanted ?? [...new Set(strataOf.filter((s): s is string => s !== null))].sort();
  // The same levels in every stratum, even where one is never chosen.
  const levels = compare.levels ?? [...new Set(codes.filter((c): c is string => c !== null))].sort();
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  for (const stratum of strata) {
    // The question's answers outside the stratum become null: compareProportions then counts only
    // this stratum's respondents, with the groups and weights of the whole design.
    const masked = codes.map((c, i) => (strataOf[i] === stratum ? c : null));
    const t = design.table.assign(table({ [variable]: masked }));
    const sub: SurveyDesign = { ...design, table: t };
    const result = compareProportions(sub, variable, { ...compare, levels });
    columns = result.columnNames();
    for (const r of result.objects() as Record<string, unknown>[]) {
      const empty = r.denominator_a === 0 || r.denominator_b === 0;
      rows.push({
        [within]: stratum,
        ...r,
        ...(empty ? { p_value: Number.NaN, overall_p: Number.NaN, suppressed: true } : {}),
      });
    }
  }
  const p = rows.map((r) => (typeof r.p_value === "number" ? r.p_value : Number.NaN));
  const holm = adjustPValues(p, "holm");
  const bh = adjustPValues(p, "bh");
  rows.forEach((r, k) => {
    r.p_holm = holm[k];
    r.p_bh = bh[k];
    r.p_adjusted = holm[k];
  });
  const names = [within, ...columns];
  return table(Object.fromEntries(names.map((c) => [c, rows.map((r) => r[c] ?? null)])));
}
