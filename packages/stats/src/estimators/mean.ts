import type { ColumnTable } from "arquero";
import { numbersOf } from "../columns/typedColumn.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { tMethod } from "./designChoice.ts";
import { DomainSums, separateGroups } from "./domainSums.ts";
import { byColumns, groupIndex, keyFields } from "./groupIndex.ts";
import { domainMean } from "./linearisation.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link mean}. */
export interface MeanOptions {
  /** Group by this column, or by several (`["vague", "commune"]`). Default: none. */
  readonly by?: string | readonly string[];
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
  const values = numbersOf(design.table, variable);
  const by = byColumns(options.by);
  const groups = groupIndex(design, by);
  const G = groups.keys.length;
  const conf = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const separate = separateGroups(design, groups.of, G);
  const calibrated = design.calibration.length > 0;
  // One pass over the rows for every group (a calibrated design residualises row by row, per group).
  const sums = new DomainSums(design, G, 1);
  for (let i = 0; i < values.length; i++) {
    const g = groups.of[i]!;
    const y = values[i]!;
    if (g < 0 || Number.isNaN(y)) continue;
    sums.addValue(i, sums.addRow(i, g), 0, y);
  }
  const rows = groups.keys.map((_, g) => {
    const n = sums.rows(g);
    let d: { estimate: number; se: number; df: number };
    if (calibrated) {
      const domain = Uint8Array.from(values, (y, i) => (groups.of[i] === g && !Number.isNaN(y) ? 1 : 0));
      d = domainMean(design, values, domain, { separate });
    } else d = { ...sums.estimate(g, 0, separate), df: sums.df(g) };
    const q = d.df > 0 ? qt(1 - (1 - conf) / 2, d.df) : Number.NaN;
    return {
      ...keyFields(groups, g),
      question: variable,
      level: "mean",
      n,
      n_w: sums.weight(g),
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
  return tidy(estimateColumns(by), rows);
}
