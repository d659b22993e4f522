import type { ColumnTable } from "arquero";
import { Adder } from "d3-array";
import { separateSamples } from "../design/separateSamples.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { readCodes, readNumbers, weightOf } from "../missing.ts";
import { groupKeys, mask, tMethod } from "./designChoice.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link mean}. */
export interface MeanOptions {
  /** Group by this column. Default: none. */
  readonly by?: string;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Groups with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Mean of a numeric question by group with a t interval. Groups that are simple random samples
 * (unweighted, uncalibrated, unstratified or stratified by `by`): R `t.test(x)$conf.int` per group
 * (method `t`). Any other design: the group as a domain, R `svyby(~x, ~by, design, svymean)` with
 * `confint(…, df = degf(subset(design, by == g & !is.na(x))))` (method `t-linearised`). Blank and
 * not-asked answers (null) are left out; a string in the column is an error, never coerced.
 * @example mean(surveyDesign(t), "B1_pct", { by: "vague" }).objects()[0].estimate // => 36.2…
 */
export function mean(design: SurveyDesign, variable: string, options: MeanOptions = {}): ColumnTable {
  const values = readNumbers(design, variable);
  const groups = options.by ? readCodes(design, options.by) : values.map(() => "");
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const separate = separateSamples(design, groups);
  const rows = groupKeys(groups).map((g) => {
    const domain = mask(groups, g, (i) => values[i] !== null);
    const d = domainMean(design, values, domain, { separate });
    const nW = new Adder();
    let n = 0;
    domain.forEach((v, i) => {
      if (v) {
        n++;
        nW.add(weightOf(design, i));
      }
    });
    const q = d.df > 0 ? qt(1 - (1 - level) / 2, d.df) : Number.NaN;
    return {
      ...(options.by ? { [options.by]: g } : {}),
      question: variable,
      level: "mean",
      n,
      n_w: +nW,
      denominator: n,
      n_missing: 0,
      estimate: d.estimate,
      se: d.se,
      ci_low: d.estimate - q * d.se,
      ci_high: d.estimate + q * d.se,
      method: tMethod(separate, design),
      suppressed: n < threshold,
    };
  });
  return tidy(estimateColumns(options.by), rows);
}
