import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { weightedMean } from "../intervals/weightedProportionInterval.ts";
import { readCodes, readNumbers, weightOf } from "../missing.ts";
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
 * Mean of a numeric question by group with a t-based interval (R `t.test(x)$conf.int`); weighted:
 * linearised standard error as R `survey::svymean`, t on n − 1 degrees of freedom. Blank and
 * not-asked answers (null) are left out; a string in the column is an error, never coerced.
 * @example mean(surveyDesign(t), "B1_pct", { by: "vague" }).objects()[0].estimate // => 36.2…
 */
export function mean(design: SurveyDesign, variable: string, options: MeanOptions = {}): ColumnTable {
  const values = readNumbers(design, variable);
  const groups = options.by ? readCodes(design, options.by) : values.map(() => "");
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const rows = keys.map((g) => {
    const idx = values.flatMap((v, i) => (groups[i] === g && v !== null ? [i] : []));
    const xs = idx.map((i) => values[i]!);
    const ws = idx.map((i) => weightOf(design, i));
    const n = xs.length;
    const { estimate, se } = design.weights
      ? weightedMean(xs, ws)
      : (() => {
          const m = xs.reduce((a, b) => a + b, 0) / n;
          const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
          return { estimate: m, se: sd / Math.sqrt(n) };
        })();
    const q = n > 1 ? qt(1 - (1 - level) / 2, n - 1) : Number.NaN;
    return {
      ...(options.by ? { [options.by]: g } : {}),
      question: variable,
      level: "mean",
      n,
      n_w: ws.reduce((a, b) => a + b, 0),
      denominator: n,
      n_missing: 0,
      estimate: n > 0 ? estimate : Number.NaN,
      se: n > 1 ? se : Number.NaN,
      ci_low: estimate - q * se,
      ci_high: estimate + q * se,
      method: design.weights ? "t-linearised" : "t",
      suppressed: n < threshold,
    };
  });
  return tidy(estimateColumns(options.by), rows);
}
