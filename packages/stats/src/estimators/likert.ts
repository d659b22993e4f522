import type { ColumnTable } from "arquero";
import { separateSamples } from "../design/separateSamples.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import type { CiMethod, DesignCiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { designProportionInterval } from "../intervals/weightedProportionInterval.ts";
import { readCodes } from "../missing.ts";
import { chooseProportionMethod, groupKeys, mask, tMethod } from "./designChoice.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { tidy } from "./tidy.ts";

/** Options of {@link likert}. */
export interface LikertOptions {
  /** Rank of each answer code on the scale (from the instrument's choice `value`s). Required. */
  readonly ranks: Readonly<Record<string, number>>;
  /** Codes counted as agreeing ("top two boxes"). Default: the two highest ranks. */
  readonly agree?: readonly string[];
  /** Group by this column. Default: none. */
  readonly by?: string;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /**
   * Interval of the share agreeing. Default: `wilson` for simple random samples, else `beta`; a
   * weighted, stratified or calibrated design gives only `beta` and `logit`.
   */
  readonly method?: CiMethod;
  /** Groups with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Summary of a battery of Likert items, one row per item and group: the share agreeing (top two
 * boxes by default) and the mean rank, each with its interval. Codes without a rank (ne sait pas)
 * are left out and counted in `n_missing`. Groups that are simple random samples: Wilson (R
 * `prop.test(correct = FALSE)`) and Student's t (R `t.test`), method `wilson; t`. Any other design:
 * R `svyciprop(~I(F1 %in% agree), subset(design, by == g & ranked), method = "beta")` and
 * `svymean(~rank)` with t on `degf`, method `beta; t-linearised`.
 * The full distribution of each item comes from `proportion`.
 * @example likert(surveyDesign(h), ["F1", "F6"], { by: "vague", ranks: { pas_du_tout: 1, …, tout_a_fait: 5 } })
 */
export function likert(design: SurveyDesign, items: readonly string[], options: LikertOptions): ColumnTable {
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const ranked = Object.entries(options.ranks).sort((a, b) => b[1] - a[1]);
  const agree = new Set(options.agree ?? ranked.slice(0, 2).map(([c]) => c));
  const n = design.table.numRows();
  const groups = options.by ? readCodes(design, options.by) : new Array<string>(n).fill("");
  const choice = chooseProportionMethod(separateSamples(design, groups), options.method);
  const rows: Record<string, unknown>[] = [];
  for (const item of items) {
    const codes = readCodes(design, item);
    const rankOf = codes.map((c) => (c !== null && Object.hasOwn(options.ranks, c) ? options.ranks[c]! : null));
    const agrees = codes.map((c) => (c !== null && agree.has(c) ? 1 : 0));
    for (const g of groupKeys(groups)) {
      const domain = mask(groups, g, (i) => rankOf[i] !== null);
      const answered = codes.filter((c, i) => groups[i] === g && c !== null).length;
      const m = domain.reduce((s, v) => s + v, 0);
      let k = 0;
      domain.forEach((v, i) => {
        if (v) k += agrees[i]!;
      });
      const share = domainMean(design, agrees, domain, { separate: !choice.fromDesign });
      const ci = choice.fromDesign
        ? designProportionInterval(share, choice.method as DesignCiMethod, level, share.df)
        : proportionInterval(k, m, choice.method as UnweightedCiMethod, level);
      const meanRank = domainMean(design, rankOf, domain, { separate: !choice.fromDesign });
      const q = meanRank.df > 0 ? qt(1 - (1 - level) / 2, meanRank.df) : Number.NaN;
      rows.push({
        ...(options.by ? { [options.by]: g } : {}),
        question: item,
        n: m,
        n_missing: answered - m,
        agree_n: k,
        agree: m > 0 ? share.estimate : Number.NaN,
        agree_ci_low: ci.low,
        agree_ci_high: ci.high,
        mean_rank: meanRank.estimate,
        mean_ci_low: meanRank.estimate - q * meanRank.se,
        mean_ci_high: meanRank.estimate + q * meanRank.se,
        method: `${choice.method}; ${tMethod(!choice.fromDesign, design)}`,
        suppressed: m < threshold,
      });
    }
  }
  const cols = [
    ...(options.by ? [options.by] : []),
    "question",
    "n",
    "n_missing",
    "agree_n",
    "agree",
    "agree_ci_low",
    "agree_ci_high",
    "mean_rank",
    "mean_ci_low",
    "mean_ci_high",
    "method",
    "suppressed",
  ];
  return tidy(cols, rows);
}
