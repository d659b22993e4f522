import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import type { CiMethod, UnweightedCiMethod } from "../intervals/ciMethod.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { betaInterval, logitInterval, weightedMean } from "../intervals/weightedProportionInterval.ts";
import { type MissingOptions, readCodes, weightOf } from "../missing.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/** Options of {@link proportion}. */
export interface ProportionOptions extends MissingOptions {
  /** Group by this column (e.g. `vague`). Default: no grouping. */
  readonly by?: string;
  /** Interval method. Default: `wilson` unweighted, `beta` weighted. */
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
 * of `missing.ts`. Unweighted: Wilson by default (R `prop.test(correct = FALSE)`); weighted:
 * Korn–Graubard beta by default (R `survey::svyciprop`). Pure: the design is not modified.
 *
 * @throws StatsError when the column is not a code column (no coercion).
 * @example proportion(surveyDesign(t), "A1", { by: "vague" }).objects()[0]
 * // => { vague: "2021", question: "A1", level: "association", n: 61, estimate: 0.34…, ci_low: 0.27…, … }
 */
export function proportion(design: SurveyDesign, variable: string, options: ProportionOptions = {}): ColumnTable {
  const codes = readCodes(design, variable);
  const groups = options.by ? readCodes(design, options.by) : codes.map(() => "");
  const missing = new Set(options.includeMissing ? [] : (options.missingCodes ?? []));
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const method: CiMethod = options.method ?? (design.weights ? "beta" : "wilson");
  const groupKeys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const levels = options.levels
    ? options.levels.filter((l) => !missing.has(l))
    : [...new Set(codes.filter((c): c is string => c !== null && !missing.has(c)))].sort();

  const rows: Record<string, unknown>[] = [];
  for (const g of groupKeys) {
    const idx = codes.flatMap((c, i) => (groups[i] === g && c !== null && !missing.has(c) ? [i] : []));
    const nMissing = codes.filter((c, i) => groups[i] === g && c !== null && missing.has(c)).length;
    const denominator = idx.length;
    for (const lv of levels) {
      const hits = idx.filter((i) => codes[i] === lv);
      const n = hits.length;
      const nW = hits.reduce((a, i) => a + weightOf(design, i), 0);
      let estimate: number;
      let se: number;
      let low: number;
      let high: number;
      if (!design.weights) {
        estimate = denominator > 0 ? n / denominator : Number.NaN;
        se = denominator > 0 ? Math.sqrt((estimate * (1 - estimate)) / denominator) : Number.NaN;
        const ci = proportionInterval(n, denominator, method as UnweightedCiMethod, level);
        [low, high] = [ci.low, ci.high];
      } else {
        const wp = weightedMean(
          idx.map((i) => (codes[i] === lv ? 1 : 0)),
          idx.map((i) => weightOf(design, i)),
        );
        estimate = wp.estimate;
        se = wp.se;
        const ci = method === "logit" ? logitInterval(wp, level) : betaInterval(wp, level);
        [low, high] = [ci.low, ci.high];
      }
      rows.push({
        ...(options.by ? { [options.by]: g } : {}),
        question: variable,
        level: lv,
        n,
        n_w: nW,
        denominator,
        n_missing: nMissing,
        estimate,
        se,
        ci_low: low,
        ci_high: high,
        method,
        suppressed: n < threshold,
      });
    }
  }
  return tidy(estimateColumns(options.by), rows);
}
