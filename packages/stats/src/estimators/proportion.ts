import type { ColumnTable } from "arquero";
import { Adder } from "d3-array";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import type { CiMethod, DesignCiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { designProportionInterval } from "../intervals/weightedProportionInterval.ts";
import { type MissingOptions, readCodes, weightOf } from "../missing.ts";
import { chooseProportionMethod, groupKeys, mask } from "./designChoice.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link proportion}. */
export interface ProportionOptions extends MissingOptions {
  /** Group by this column (e.g. `vague`). Default: no grouping. */
  readonly by?: string;
  /**
   * Interval method. Default: `wilson` when the groups are simple random samples (unweighted,
   * uncalibrated, unstratified or stratified by `by`), else `beta`. A weighted, stratified or
   * calibrated design gives only `beta` and `logit`; asking for another is an error that names them.
   */
  readonly method?: CiMethod;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Levels to report, in order (e.g. the choice codes of the question). Default: levels seen, sorted. */
  readonly levels?: readonly string[];
  /** Cells with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Proportion of each answer of a single-choice or ordinal question, by group, with its interval:
 * a tidy table with the group key, `question`, `level`, `n`, `n_w`, `denominator`, `n_missing`,
 * `estimate`, `se`, `ci_low`, `ci_high`, `method`, `suppressed`. Missing values follow the policy
 * of `missing.ts`. Pure: the design is not modified.
 *
 * Groups that are simple random samples (`separateSamples`): counts, binomial `se`, Wilson by
 * default (R `prop.test(correct = FALSE)`), or Clopper–Pearson, Jeffreys, Agresti–Coull. Any
 * design, and `beta` / `logit`: the design-based share of each group as a domain, R
 * `svyby(~I(q == level), ~by, subset(design, !is.na(q)), svyciprop, method = "beta" | "logit")`
 * (linearised `se` with the design's strata, fpc and calibration; t on the domain's `degf`).
 *
 * @throws StatsError when the column is not a code column (no coercion), or the method is not one
 *   the design can give.
 * @example proportion(surveyDesign(t), "A1", { by: "vague" }).objects()[0]
 * // => { vague: "2021", question: "A1", level: "association", n: 61, estimate: 0.34…, ci_low: 0.27…, … }
 */
export function proportion(design: SurveyDesign, variable: string, options: ProportionOptions = {}): ColumnTable {
  const codes = readCodes(design, variable);
  const groups = options.by ? readCodes(design, options.by) : codes.map(() => "");
  const missing = new Set(options.includeMissing ? [] : (options.missingCodes ?? []));
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const choice = chooseProportionMethod(design, groups, options.method);
  const levels = options.levels
    ? options.levels.filter((l) => !missing.has(l))
    : [...new Set(codes.filter((c): c is string => c !== null && !missing.has(c)))].sort();

  const rows: Record<string, unknown>[] = [];
  for (const g of groupKeys(groups)) {
    const valid = mask(groups, g, (i) => codes[i] !== null && !missing.has(codes[i]!));
    const nMissing = codes.filter((c, i) => groups[i] === g && c !== null && missing.has(c)).length;
    let denominator = 0;
    for (const v of valid) denominator += v;
    for (const lv of levels) {
      let n = 0;
      const nW = new Adder();
      valid.forEach((v, i) => {
        if (v && codes[i] === lv) {
          n++;
          nW.add(weightOf(design, i));
        }
      });
      let estimate: number;
      let se: number;
      let ci: { low: number; high: number };
      if (!choice.fromDesign) {
        estimate = denominator > 0 ? n / denominator : Number.NaN;
        se = denominator > 0 ? Math.sqrt((estimate * (1 - estimate)) / denominator) : Number.NaN;
        ci = proportionInterval(n, denominator, choice.method as UnweightedCiMethod, level);
      } else {
        const y = codes.map((c) => (c === lv ? 1 : 0));
        const d = domainMean(design, y, valid);
        estimate = d.estimate;
        se = d.se;
        ci = designProportionInterval(d, choice.method as DesignCiMethod, level, d.df);
      }
      rows.push({
        ...(options.by ? { [options.by]: g } : {}),
        question: variable,
        level: lv,
        n,
        n_w: +nW,
        denominator,
        n_missing: nMissing,
        estimate,
        se,
        ci_low: ci.low,
        ci_high: ci.high,
        method: choice.method,
        suppressed: n < threshold,
      });
    }
  }
  return tidy(estimateColumns(options.by), rows);
}
