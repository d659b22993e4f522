import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { tidy } from "../estimators/tidy.ts";
import { readCodes, readNumbers } from "../missing.ts";
import { adjustPValues } from "../tests/adjustPValues.ts";
import { welchTest } from "../tests/welchTest.ts";
import { wilcoxonTest } from "../tests/wilcoxonTest.ts";
import { twoGroups } from "./twoGroups.ts";

/** Options of {@link compareOrdinal}. */
export interface CompareOrdinalOptions {
  /** Column holding the two groups. Required. */
  readonly by: string;
  /** Rank of each answer code (codes without a rank, e.g. ne sait pas, are left out). Required. */
  readonly ranks: Readonly<Record<string, number>>;
}

/**
 * Compares an ordinal answer (a Likert item, a frequency scale) between two groups with the
 * Wilcoxon–Mann–Whitney test (R `wilcox.test(exact = FALSE, correct = TRUE)`): one row with the
 * mean rank of each group, their difference, `p_value`, `test` and `test_reason`. Unweighted.
 * @example compareOrdinal(surveyDesign(h), "F1", { by: "vague", ranks })
 */
export function compareOrdinal(design: SurveyDesign, variable: string, options: CompareOrdinalOptions): ColumnTable {
  const codes = readCodes(design, variable);
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by);
  const ranksOf = (g: string) =>
    codes.flatMap((c, i) =>
      groups[i] === g && c !== null && Object.hasOwn(options.ranks, c) ? [options.ranks[c]!] : [],
    );
  const x = ranksOf(a);
  const y = ranksOf(b);
  const t = wilcoxonTest(x, y);
  const mean = (v: number[]) => v.reduce((s, z) => s + z, 0) / v.length;
  return tidy(
    [
      "question",
      "group_a",
      "group_b",
      "n_a",
      "n_b",
      "estimate_a",
      "estimate_b",
      "difference",
      "statistic",
      "p_value",
      "test",
      "test_reason",
    ],
    [
      {
        question: variable,
        group_a: a,
        group_b: b,
        n_a: x.length,
        n_b: y.length,
        estimate_a: mean(x),
        estimate_b: mean(y),
        difference: mean(y) - mean(x),
        statistic: t.statistic,
        p_value: t.pValue,
        test: "wilcoxon",
        test_reason: "ordinal",
      },
    ],
  );
}

/**
 * Compares a numeric answer between two groups with Welch's t test (R `t.test(x, y)`): means,
 * difference (second group − first) with its interval, `p_value`, `test`, `test_reason`.
 * @example compareMeans(surveyDesign(t), "B3", { by: "vague" })
 */
export function compareMeans(
  design: SurveyDesign,
  variable: string,
  options: { readonly by: string; readonly level?: number },
): ColumnTable {
  const values = readNumbers(design, variable);
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by);
  const of = (g: string) => values.flatMap((v, i) => (groups[i] === g && v !== null ? [v] : []));
  const x = of(a);
  const y = of(b);
  const t = welchTest(y, x, options.level);
  const mean = (v: number[]) => v.reduce((s, z) => s + z, 0) / v.length;
  return tidy(
    [
      "question",
      "group_a",
      "group_b",
      "n_a",
      "n_b",
      "estimate_a",
      "estimate_b",
      "difference",
      "diff_ci_low",
      "diff_ci_high",
      "statistic",
      "df",
      "p_value",
      "test",
      "test_reason",
    ],
    [
      {
        question: variable,
        group_a: a,
        group_b: b,
        n_a: x.length,
        n_b: y.length,
        estimate_a: mean(x),
        estimate_b: mean(y),
        difference: t.difference,
        diff_ci_low: t.interval.low,
        diff_ci_high: t.interval.high,
        statistic: t.statistic,
        df: t.df,
        p_value: t.pValue,
        test: "welch",
        test_reason: "numeric",
      },
    ],
  );
}

/**
 * Compares a battery of ordinal items (e.g. the Likert items of module F) between two groups: one
 * Wilcoxon–Mann–Whitney test per item, with Holm (`p_holm`, also `p_adjusted`) and
 * Benjamini–Hochberg (`p_bh`) adjustment across the battery.
 * @example compareBattery(surveyDesign(h), ["F1", "F2", "F4"], { by: "vague", ranks })
 */
export function compareBattery(
  design: SurveyDesign,
  items: readonly string[],
  options: CompareOrdinalOptions,
): ColumnTable {
  const rows = items.map((item) => compareOrdinal(design, item, options).objects()[0] as Record<string, unknown>);
  const p = rows.map((r) => r.p_value as number);
  const holm = adjustPValues(p, "holm");
  const bh = adjustPValues(p, "bh");
  const out = rows.map((r, k) => ({ ...r, p_holm: holm[k], p_bh: bh[k], p_adjusted: holm[k] }));
  return tidy(
    [
      "question",
      "group_a",
      "group_b",
      "n_a",
      "n_b",
      "estimate_a",
      "estimate_b",
      "difference",
      "statistic",
      "p_value",
      "p_holm",
      "p_bh",
      "p_adjusted",
      "test",
      "test_reason",
    ],
    out,
  );
}
