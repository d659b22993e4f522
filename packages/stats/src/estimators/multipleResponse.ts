import type { ColumnTable } from "arquero";
import { booleansOf } from "../columns/typedColumn.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import type { CiMethod, DesignCiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { designProportionInterval } from "../intervals/weightedProportionInterval.ts";
import { chooseProportionMethod } from "./designChoice.ts";
import { DomainSums, separateGroups } from "./domainSums.ts";
import { byColumns, groupIndex, keyFields } from "./groupIndex.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link multipleResponse}. */
export interface MultipleResponseOptions {
  /** Group by this column, or by several (`["vague", "commune"]`). Default: none. */
  readonly by?: string | readonly string[];
  /**
   * `respondents`: % of those who answered the question (any choice known) who ticked the choice
   * (default; the figures may add up to more than 100 %). `answers`: % of all ticks.
   */
  readonly base?: "respondents" | "answers";
  /**
   * Interval method (base `respondents`). Default: `wilson` for simple random samples, else `beta`;
   * a weighted, stratified or calibrated design gives only `beta` and `logit`.
   */
  readonly method?: CiMethod;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Cells with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Shares of a multiple-choice question (one indicator column `question__choice` per choice), by
 * group: as % of respondents (default) or as % of answers (no interval: answers are not independent
 * draws). A respondent who was not asked (all null) is left out. As % of respondents, groups that
 * are simple random samples get Wilson intervals (R `prop.test(correct = FALSE)`); any other design
 * the design-based share, R `svyby(~C1__cpas, ~by, subset(design, answered), svyciprop,
 * method = "beta")` (strata, fpc, calibration honoured).
 * @example multipleResponse(surveyDesign(h), ["C1__commune", "C1__cpas"], { by: "vague" })
 */
export function multipleResponse(
  design: SurveyDesign,
  columns: readonly string[],
  options: MultipleResponseOptions = {},
): ColumnTable {
  const base = options.base ?? "respondents";
  const conf = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const values = columns.map((c) => booleansOf(design.table, c));
  const n = design.table.numRows();
  const by = byColumns(options.by);
  const groups = groupIndex(design, by);
  const G = groups.keys.length;
  const choice = chooseProportionMethod(separateGroups(design, groups.of, G), options.method);
  // One pass: a respondent answered the question when any choice is known; the ticks are the hits.
  const sums = new DomainSums(design, G, columns.length);
  const ticks = new Float64Array(G);
  const ticksW = new Float64Array(G);
  const answered = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const g = groups.of[i]!;
    if (g < 0) continue;
    let known = false;
    for (const v of values) if (v[i] !== 0) known = true;
    if (!known) continue;
    answered[i] = 1;
    const cell = sums.addRow(i, g);
    const w = design.weights ? design.weights[i]! : 1;
    values.forEach((v, k) => {
      if (v[i] !== 2) return;
      sums.addValue(i, cell, k, 1);
      ticks[g]!++;
      ticksW[g]! += w;
    });
  }
  const calibrated = design.calibration.length > 0;
  const rows: Record<string, unknown>[] = [];
  for (let g = 0; g < G; g++) {
    const respondents = sums.rows(g);
    columns.forEach((column, k) => {
      const hits = sums.hitCount(g, k);
      const at = column.indexOf("__");
      const common = {
        ...keyFields(groups, g),
        question: at > 0 ? column.slice(0, at) : column,
        level: at > 0 ? column.slice(at + 2) : column,
        n: hits,
        n_w: sums.weightedHits(g, k),
        n_missing: 0,
        suppressed: hits < threshold,
      };
      if (base === "answers") {
        rows.push({
          ...common,
          denominator: ticks[g]!,
          estimate: design.weights ? common.n_w / ticksW[g]! : hits / ticks[g]!,
          se: null,
          ci_low: null,
          ci_high: null,
          method: "share-of-answers",
        });
        return;
      }
      if (!choice.fromDesign) {
        const ci = proportionInterval(hits, respondents, choice.method as UnweightedCiMethod, conf);
        const p = hits / respondents;
        rows.push({
          ...common,
          denominator: respondents,
          estimate: p,
          se: Math.sqrt((p * (1 - p)) / respondents),
          ci_low: ci.low,
          ci_high: ci.high,
          method: choice.method,
        });
        return;
      }
      let d: { estimate: number; se: number; df: number; n: number; sumWeights: number };
      if (calibrated) {
        // A calibrated design residualises the influence values row by row.
        const domain = Uint8Array.from(answered, (a, i) => (a && groups.of[i] === g ? 1 : 0));
        d = domainMean(
          design,
          Float64Array.from(values[k]!, (x) => (x === 2 ? 1 : 0)),
          domain,
        );
      } else d = { ...sums.estimate(g, k, false), df: sums.df(g), n: sums.rows(g), sumWeights: sums.weight(g) };
      const ci = designProportionInterval(d, choice.method as DesignCiMethod, conf, d.df);
      rows.push({
        ...common,
        denominator: respondents,
        estimate: d.estimate,
        se: d.se,
        ci_low: ci.low,
        ci_high: ci.high,
        method: choice.method,
      });
    });
  }
  return tidy(estimateColumns(by), rows);
}
