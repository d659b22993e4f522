import type { ColumnTable } from "arquero";
import { Adder } from "d3-array";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import type { CiMethod, DesignCiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { designProportionInterval } from "../intervals/weightedProportionInterval.ts";
import { readBooleans, readCodes, weightOf } from "../missing.ts";
import { chooseProportionMethod, groupKeys } from "./designChoice.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link multipleResponse}. */
export interface MultipleResponseOptions {
  /** Group by this column. Default: none. */
  readonly by?: string;
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
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const values = columns.map((c) => readBooleans(design, c));
  const n = design.table.numRows();
  const groups = options.by ? readCodes(design, options.by) : new Array<string>(n).fill("");
  const choice = chooseProportionMethod(design, groups, options.method);
  const rows: Record<string, unknown>[] = [];
  for (const g of groupKeys(groups)) {
    const answered = Array.from({ length: n }, (_, i) => i).filter(
      (i) => groups[i] === g && values.some((v) => v[i] !== null),
    );
    const totalTicks = answered.reduce((s, i) => s + values.filter((v) => v[i] === true).length, 0);
    const totalTicksW = answered.reduce(
      (s, i) => s + weightOf(design, i) * values.filter((v) => v[i] === true).length,
      0,
    );
    columns.forEach((column, k) => {
      const v = values[k]!;
      const hits = answered.filter((i) => v[i] === true);
      const at = column.indexOf("__");
      const common = {
        ...(options.by ? { [options.by]: g } : {}),
        question: at > 0 ? column.slice(0, at) : column,
        level: at > 0 ? column.slice(at + 2) : column,
        n: hits.length,
        n_w: hits.reduce((s, i) => s.add(weightOf(design, i)), new Adder()).valueOf(),
        n_missing: 0,
        suppressed: hits.length < threshold,
      };
      if (base === "answers") {
        rows.push({
          ...common,
          denominator: totalTicks,
          estimate: design.weights ? (common.n_w as number) / totalTicksW : hits.length / totalTicks,
          se: null,
          ci_low: null,
          ci_high: null,
          method: "share-of-answers",
        });
        return;
      }
      if (!choice.fromDesign) {
        const ci = proportionInterval(hits.length, answered.length, choice.method as UnweightedCiMethod, level);
        const p = hits.length / answered.length;
        rows.push({
          ...common,
          denominator: answered.length,
          estimate: p,
          se: Math.sqrt((p * (1 - p)) / answered.length),
          ci_low: ci.low,
          ci_high: ci.high,
          method: choice.method,
        });
      } else {
        const domain = new Uint8Array(n);
        for (const i of answered) domain[i] = 1;
        const d = domainMean(
          design,
          v.map((x) => (x === true ? 1 : 0)),
          domain,
        );
        const ci = designProportionInterval(d, choice.method as DesignCiMethod, level, d.df);
        rows.push({
          ...common,
          denominator: answered.length,
          estimate: d.estimate,
          se: d.se,
          ci_low: ci.low,
          ci_high: ci.high,
          method: choice.method,
        });
      }
    });
  }
  return tidy(estimateColumns(options.by), rows);
}
