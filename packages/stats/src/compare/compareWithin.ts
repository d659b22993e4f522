import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { readCodes } from "../missing.ts";
import { StatsError } from "../statsError.ts";
import { adjustCompared, type CompareOptions, comparedTable, compareItems } from "./compareItems.ts";
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
 * stratum, {@link compareProportions} on that stratum's respondents, with the stratum in a first
 * column named after `within`. Then `p_holm`, `p_bh` and `p_adjusted` (= Holm) are recomputed over
 * every test actually made in every stratum (a yes/no question: one test per stratum), as R
 * `p.adjust` over all the tests: testing each stratum multiplies the chances of a false alarm, and
 * the adjustment pays for it.
 *
 * The design is honoured: groups that are simple random samples get the classical methods on the
 * stratum's counts; any other design compares the two domains (group ∩ stratum) of the whole design
 * (R `svyby(~I(q == level), ~by, subset(design, A1 == s), svyciprop)`, `svychisq(…, subset(design,
 * A1 == s))`), so that the strata, fpc and calibration of the design count.
 *
 * Missing values: respondents with a null stratum are left out; missing-flagged codes as in
 * {@link compareProportions}. A stratum where a group has no valid answer keeps its rows, with
 * count 0, estimates and tests NaN and `suppressed` true (nothing to compare, said rather than
 * dropped).
 *
 * @throws StatsError when `by` does not hold exactly two groups, or a column is missing.
 * @example compareWithin(surveyDesign(h), "plus_quart", { by: "vague", within: "A1", levels: ["oui"] }).objects()[0]
 * // => { A1: "association", question: "plus_quart", level: "oui", group_a: "2021", …, p_adjusted: … }
 */
export function compareWithin(design: SurveyDesign, variable: string, options: CompareWithinOptions): ColumnTable {
  const { within, strata: wanted, ...compare } = options;
  for (const column of [variable, within])
    if (!design.table.columnNames().includes(column)) throw new StatsError("unknown_column", { column });
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by, options.groups);
  const codes = readCodes(design, variable);
  const strataOf = readCodes(design, within);
  const strata = wanted ?? [...new Set(strataOf.filter((s): s is string => s !== null))].sort();
  const missing = new Set(compare.includeMissing ? [] : (compare.missingCodes ?? []));
  const valid = codes.map((c) => (c !== null && !missing.has(c) ? c : null));
  // The same levels in every stratum, even where one is never chosen.
  const levels = compare.levels
    ? compare.levels.filter((l) => !missing.has(l))
    : [...new Set(valid.filter((c): c is string => c !== null))].sort();
  const rows: Record<string, unknown>[] = [];
  const keys: (string | null)[] = [];
  for (const stratum of strata) {
    // Answers outside the stratum become null: only this stratum's respondents are compared, as
    // domains of the whole design.
    const masked = valid.map((c, i) => (strataOf[i] === stratum ? c : null));
    const items = levels.map((lv) => ({
      question: variable,
      level: lv,
      y: masked.map((c) => (c === null ? null : c === lv ? 1 : 0)) as (0 | 1 | null)[],
    }));
    const part = compareItems(design, groups, a, b, items, masked, compare, `${stratum}\u0000`);
    part.rows.forEach((r, k) => {
      const empty = r.denominator_a === 0 || r.denominator_b === 0;
      rows.push({
        [within]: stratum,
        ...r,
        ...(empty ? { p_value: Number.NaN, overall_p: Number.NaN, suppressed: true } : {}),
      });
      keys.push(empty ? null : part.keys[k]!);
    });
  }
  adjustCompared({ rows, keys });
  return comparedTable(rows, [within]);
}
