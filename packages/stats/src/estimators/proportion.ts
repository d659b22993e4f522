import type { ColumnTable } from "arquero";
import { dictionaryOf } from "../columns/typedColumn.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import type { CiMethod, DesignCiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { designProportionInterval } from "../intervals/weightedProportionInterval.ts";
import type { MissingOptions } from "../missing.ts";
import { chooseProportionMethod } from "./designChoice.ts";
import { DomainSums, separateGroups } from "./domainSums.ts";
import { byColumns, type GroupIndex, groupIndex, keyFields } from "./groupIndex.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link proportion}. */
export interface ProportionOptions extends MissingOptions {
  /** Group by this column (e.g. `vague`), or by several (`["vague", "commune"]`). Default: no grouping. */
  readonly by?: string | readonly string[];
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
 * One pass over the rows gives every group and level (a calibrated design keeps one pass per group
 * and level: its influence values are residualised row by row).
 *
 * @throws StatsError when the column is not a code column (no coercion), or the method is not one
 *   the design can give.
 * @example proportion(surveyDesign(t), "A1", { by: "vague" }).objects()[0]
 * // => { vague: "2021", question: "A1", level: "association", n: 61, estimate: 0.34…, ci_low: 0.27…, … }
 */
export function proportion(design: SurveyDesign, variable: string, options: ProportionOptions = {}): ColumnTable {
  const { codes, dict } = dictionaryOf(design.table, variable);
  const by = byColumns(options.by);
  const groups = groupIndex(design, by);
  const missing = new Set(options.includeMissing ? [] : (options.missingCodes ?? []));
  const conf = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const choice = chooseProportionMethod(separateGroups(design, groups.of, groups.keys.length), options.method);
  const n = codes.length;
  const present = new Uint8Array(dict.length);
  for (let i = 0; i < n; i++) if (codes[i]! >= 0) present[codes[i]!] = 1;
  const levels = options.levels
    ? options.levels.filter((l) => !missing.has(l))
    : dict.filter((d, c) => present[c] && !missing.has(d)).sort();
  // Per dictionary code: its level's position, -1 (a valid answer not reported), -2 (missing-flagged).
  const levelOf = Int32Array.from(dict, (d) => (missing.has(d) ? -2 : levels.indexOf(d)));

  const G = groups.keys.length;
  const sums = new DomainSums(design, G, levels.length);
  const nMissing = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    const g = groups.of[i]!;
    const c = codes[i]!;
    if (g < 0 || c < 0) continue;
    const l = levelOf[c]!;
    if (l === -2) {
      nMissing[g]!++;
      continue;
    }
    const cell = sums.addRow(i, g);
    if (l >= 0) sums.addValue(i, cell, l, 1);
  }
  const calibrated = design.calibration.length > 0;
  const rows: Record<string, unknown>[] = [];
  for (let g = 0; g < G; g++) {
    const denominator = sums.rows(g);
    levels.forEach((lv, k) => {
      const count = sums.hitCount(g, k);
      let estimate: number;
      let se: number;
      let ci: { low: number; high: number };
      if (!choice.fromDesign) {
        estimate = denominator > 0 ? count / denominator : Number.NaN;
        se = denominator > 0 ? Math.sqrt((estimate * (1 - estimate)) / denominator) : Number.NaN;
        ci = proportionInterval(count, denominator, choice.method as UnweightedCiMethod, conf);
      } else {
        const d = calibrated
          ? calibratedShare(design, groups, g, codes, levelOf, k)
          : { ...sums.estimate(g, k, false), df: sums.df(g), n: sums.rows(g), sumWeights: sums.weight(g) };
        estimate = d.estimate;
        se = d.se;
        ci = designProportionInterval(d, choice.method as DesignCiMethod, conf, d.df);
      }
      rows.push({
        ...keyFields(groups, g),
        question: variable,
        level: lv,
        n: count,
        n_w: sums.weightedHits(g, k),
        denominator,
        n_missing: nMissing[g]!,
        estimate,
        se,
        ci_low: ci.low,
        ci_high: ci.high,
        method: choice.method,
        suppressed: count < threshold,
      });
    });
  }
  return tidy(estimateColumns(by), rows);
}

/** The share of level `k` in group `g` of a calibrated design: its influence values are residualised row by row. */
function calibratedShare(
  design: SurveyDesign,
  groups: GroupIndex,
  g: number,
  codes: Int32Array,
  levelOf: Int32Array,
  k: number,
): { estimate: number; se: number; df: number; n: number; sumWeights: number } {
  const n = codes.length;
  const valid = new Uint8Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (groups.of[i] !== g || c < 0 || levelOf[c] === -2) continue;
    valid[i] = 1;
    if (levelOf[c] === k) y[i] = 1;
  }
  return domainMean(design, y, valid);
}
