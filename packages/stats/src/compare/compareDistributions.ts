import type { ColumnTable } from "arquero";
import { degf } from "../design/degf.ts";
import { separateSamples } from "../design/separateSamples.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { ptTwoSided, qt } from "../distributions.ts";
import { domainContrast, domainMean } from "../estimators/linearisation.ts";
import { tidy } from "../estimators/tidy.ts";
import { readCodes, readNumbers, weightOf } from "../missing.ts";
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
  /** The two groups to compare (see `CompareOptions.groups`). Default: the only two groups of `by`. */
  readonly groups?: readonly [string, string];
  /** Continuity correction of the classical Wilcoxon test (R `wilcox.test(correct =)`). Default: `true`. */
  readonly correct?: boolean;
}

/** Weighted mid-ranks as R `svyranktest`: (cumulative weight − w/2), averaged over ties, divided by Σw. */
function rankScores(design: SurveyDesign, values: readonly (number | null)[], domain: Uint8Array): Float64Array {
  const rows = values.flatMap((v, i) => (domain[i] && v !== null ? [i] : [])).sort((a, b) => values[a]! - values[b]!);
  const score = new Float64Array(values.length);
  let cumulative = 0;
  let total = 0;
  for (const i of rows) total += weightOf(design, i);
  for (let k = 0; k < rows.length; ) {
    let j = k;
    while (j + 1 < rows.length && values[rows[j + 1]!] === values[rows[k]!]) j++;
    let sum = 0;
    for (let m = k; m <= j; m++) {
      const w = weightOf(design, rows[m]!);
      cumulative += w;
      sum += cumulative - w / 2;
    }
    for (let m = k; m <= j; m++) score[rows[m]!] = sum / (j - k + 1) / total;
    k = j + 1;
  }
  return score;
}

/**
 * Compares an ordinal answer (a Likert item, a frequency scale) between two groups: one row with the
 * mean rank of each group, their difference, `statistic`, `p_value`, `test` and `test_reason`.
 * Groups that are simple random samples (unweighted, uncalibrated, unstratified or stratified by
 * `by`): the Wilcoxon–Mann–Whitney test, R `wilcox.test(x, y, exact = FALSE, correct = TRUE)`
 * (`correct: false` for R `correct = FALSE`). Any other design: the design-based rank test, R
 * `svyranktest(rank ~ by, subset(design, !is.na(rank)), test = "wilcoxon")` (weighted mid-ranks,
 * t on degf − 1), test `design-wilcoxon`, and weighted mean ranks. Codes without a rank (ne sait
 * pas) are left out.
 * @example compareOrdinal(surveyDesign(h), "F1", { by: "vague", ranks })
 */
export function compareOrdinal(design: SurveyDesign, variable: string, options: CompareOrdinalOptions): ColumnTable {
  const codes = readCodes(design, variable);
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by, options.groups);
  const rankOf = codes.map((c) => (c !== null && Object.hasOwn(options.ranks, c) ? options.ranks[c]! : null));
  const inGroups = groups.map((g) => (g === a || g === b ? g : null));
  const row = {
    question: variable,
    group_a: a,
    group_b: b,
    test_reason: "ordinal",
  };
  if (separateSamples(design, inGroups)) {
    const ranksOf = (g: string) => rankOf.flatMap((r, i) => (groups[i] === g && r !== null ? [r] : []));
    const x = ranksOf(a);
    const y = ranksOf(b);
    const t = wilcoxonTest(x, y, { correct: options.correct ?? true });
    const mean = (v: number[]) => v.reduce((s, z) => s + z, 0) / v.length;
    return tidy(ORDINAL_COLUMNS, [
      {
        ...row,
        n_a: x.length,
        n_b: y.length,
        estimate_a: mean(x),
        estimate_b: mean(y),
        difference: mean(y) - mean(x),
        statistic: t.statistic,
        p_value: t.pValue,
        test: "wilcoxon",
      },
    ]);
  }
  // Design-based rank test, R svyranktest(rank ~ by, subset(design, valid), test = "wilcoxon").
  const domain = Uint8Array.from(rankOf, (r, i) => (r !== null && inGroups[i] !== null ? 1 : 0));
  const score = rankScores(design, rankOf, domain);
  const of = (g: string) => Uint8Array.from(domain, (v, i) => (v && groups[i] === g ? 1 : 0));
  const da = of(a);
  const db = of(b);
  const sa = domainMean(design, score, da);
  const sb = domainMean(design, score, db);
  const shift = domainContrast(design, [sa, sb], [-1, 1]);
  const df = degf(design, domain) - 1;
  const t = shift.estimate / shift.se;
  const ma = domainMean(design, rankOf, da);
  const mb = domainMean(design, rankOf, db);
  return tidy(ORDINAL_COLUMNS, [
    {
      ...row,
      n_a: da.reduce((s, v) => s + v, 0),
      n_b: db.reduce((s, v) => s + v, 0),
      estimate_a: ma.estimate,
      estimate_b: mb.estimate,
      difference: mb.estimate - ma.estimate,
      statistic: t,
      p_value: df > 0 ? ptTwoSided(t, df) : Number.NaN,
      test: "design-wilcoxon",
    },
  ]);
}

const ORDINAL_COLUMNS = [
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
];

/**
 * Compares a numeric answer between two groups: means, difference (second group − first) with its
 * interval, `statistic`, `df`, `p_value`, `test`, `test_reason`. Groups that are simple random
 * samples: Welch's t test, R `t.test(y, x)`. Any other design: the design-based t test, R
 * `svyttest(x ~ by, subset(design, !is.na(x)))` — difference of the domain means, linearised SE
 * (strata, fpc, calibration), t on degf − 1 for the test and the interval (test `design-t`).
 * @example compareMeans(surveyDesign(t), "B3", { by: "vague" })
 */
export function compareMeans(
  design: SurveyDesign,
  variable: string,
  options: {
    /** Column holding the groups. Required. */
    readonly by: string;
    /** The two groups to compare. Default: the only two groups of `by`. */
    readonly groups?: readonly [string, string];
    /** Confidence level. Default: `0.95`. */
    readonly level?: number;
  },
): ColumnTable {
  const values = readNumbers(design, variable);
  const groups = readCodes(design, options.by);
  const [a, b] = twoGroups(groups, options.by, options.groups);
  const inGroups = groups.map((g) => (g === a || g === b ? g : null));
  const level = options.level ?? 0.95;
  const columns = [
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
  ];
  if (separateSamples(design, inGroups)) {
    const of = (g: string) => values.flatMap((v, i) => (groups[i] === g && v !== null ? [v] : []));
    const x = of(a);
    const y = of(b);
    const t = welchTest(y, x, level);
    const mean = (v: number[]) => v.reduce((s, z) => s + z, 0) / v.length;
    return tidy(columns, [
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
    ]);
  }
  // Design-based t test, R svyttest(x ~ by, subset(design, !is.na(x))): df = degf − 1.
  const of = (g: string) => Uint8Array.from(values, (v, i) => (v !== null && groups[i] === g ? 1 : 0));
  const da = of(a);
  const db = of(b);
  const ma = domainMean(design, values, da);
  const mb = domainMean(design, values, db);
  const diff = domainContrast(design, [ma, mb], [-1, 1]);
  const df = diff.df - 1;
  const q = df > 0 ? qt(1 - (1 - level) / 2, df) : Number.NaN;
  const t = diff.estimate / diff.se;
  return tidy(columns, [
    {
      question: variable,
      group_a: a,
      group_b: b,
      n_a: da.reduce((s, v) => s + v, 0),
      n_b: db.reduce((s, v) => s + v, 0),
      estimate_a: ma.estimate,
      estimate_b: mb.estimate,
      difference: diff.estimate,
      diff_ci_low: diff.estimate - q * diff.se,
      diff_ci_high: diff.estimate + q * diff.se,
      statistic: t,
      df,
      p_value: df > 0 ? ptTwoSided(t, df) : Number.NaN,
      test: "design-t",
      test_reason: design.weights ? "weighted" : "design",
    },
  ]);
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
