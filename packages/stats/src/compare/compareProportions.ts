import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { readBooleans, readCodes } from "../missing.ts";
import { adjustCompared, type CompareOptions, comparedTable, compareItems } from "./compareItems.ts";
import { twoGroups } from "./twoGroups.ts";

export type { CompareOptions } from "./compareItems.ts";

/**
 * Compares the answers to a single-choice or ordinal question between two groups (e.g. the 2021
 * and 2025 waves): per level, both shares with their intervals, the difference (second group minus
 * first) with its interval, a test per level with Holm and Benjamini–Hochberg adjustment
 * (`p_adjusted` = Holm) over the tests actually made — a yes/no question makes one test, not two —
 * and one test of the whole distribution (`overall_*`). Each test says why it was chosen
 * (`test_reason`); a level nobody (or everybody) chose has no test (`p_value` NaN, `test` null).
 *
 * Groups that are simple random samples (unweighted, uncalibrated, unstratified or stratified by
 * `by` — the two waves of a wave-stratified design): Wilson intervals (R `prop.test(correct =
 * FALSE)`), Newcombe's hybrid-score difference, a 2 × 2 chi-square (R `chisq.test(correct = FALSE)`)
 * or Fisher's exact test when an expected count is below 5 (R `fisher.test`), Cramér's V overall.
 *
 * Any other design (weighted, raked or calibrated, stratified otherwise, fpc), or `method: "beta" |
 * "logit"`: each group's share as a domain (R `svyby(~I(q == level), ~by, design, svyciprop)`), the
 * difference and its t interval on the design's degrees of freedom (R `svycontrast(svyby(…,
 * covmat = TRUE), c(-1, 1))`, `confint(df = degf(design))`), Rao–Scott tests (R `svychisq(~I(q ==
 * level) + by, subset(design, valid), statistic = "F" | "Chisq")`) and no Cramér's V.
 *
 * @throws StatsError when `by` does not hold exactly two groups, or the method is not one the design gives.
 * @example compareProportions(surveyDesign(h), "E1", { by: "vague", missingCodes: ["nsp"] })
 */
export function compareProportions(design: SurveyDesign, variable: string, options: CompareOptions): ColumnTable {
  const codes = readCodes(design, variable);
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by, options.groups);
  const missing = new Set(options.includeMissing ? [] : (options.missingCodes ?? []));
  const valid = codes.map((c) => (c !== null && !missing.has(c) ? c : null));
  const levels = options.levels
    ? options.levels.filter((l) => !missing.has(l))
    : [...new Set(valid.filter((c): c is string => c !== null))].sort();
  const items = levels.map((lv) => ({
    question: variable,
    level: lv,
    y: valid.map((c) => (c === null ? null : c === lv ? 1 : 0)),
  }));
  const compared = compareItems(design, groups, a, b, items, valid, options);
  adjustCompared(compared);
  return comparedTable(compared.rows);
}

/**
 * Compares a multiple-choice question between two groups, one item per choice (indicator columns
 * `question__choice`, % of respondents who answered the question), with one test per choice and
 * Holm and Benjamini–Hochberg adjustment across the choices tested; the design is honoured exactly
 * as in {@link compareProportions} (classical tests for simple random samples, design-based shares,
 * differences and Rao–Scott tests otherwise: R `svyby(~C1__cpas, ~vague, design, svymean)`,
 * `svychisq(~C1__cpas + vague, design)`).
 * @example compareMultiple(surveyDesign(h), ["C1__commune", "C1__cpas"], { by: "vague" })
 */
export function compareMultiple(
  design: SurveyDesign,
  columns: readonly string[],
  options: CompareOptions,
): ColumnTable {
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by, options.groups);
  const items = columns.map((column) => {
    const v = readBooleans(design, column);
    const at = column.indexOf("__");
    return {
      question: at > 0 ? column.slice(0, at) : column,
      level: at > 0 ? column.slice(at + 2) : column,
      y: v.map((x) => (x === null ? null : x ? 1 : 0)) as (0 | 1 | null)[],
    };
  });
  const compared = compareItems(design, groups, a, b, items, null, options);
  adjustCompared(compared);
  return comparedTable(compared.rows);
}
