import type { ColumnTable } from "arquero";
import { randomInt, randomLcg } from "d3-random";
import { quantileSorted } from "simple-statistics";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { readCodes, readNumbers, weightOf } from "../missing.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { estimateColumns, tidy } from "./tidy.ts";

/**
 * Weighted quantile: the smallest value x with weighted CDF F(x) ≥ p (R `survey::svyquantile`
 * with `qrule = "math"`; unweighted, R `quantile(x, p, type = 1)`). NaN for no values.
 * @example weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.5) // => 2
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const total = weights.reduce((s, w) => s + w, 0);
  if (order.length === 0 || total <= 0) return Number.NaN;
  let acc = 0;
  for (const i of order) {
    acc += weights[i]!;
    if (acc >= p * total * (1 - 1e-12)) return values[i]!;
  }
  return values[order.at(-1)!]!;
}

/** Options of {@link quantile}. */
export interface QuantileOptions {
  /** Probability: 0.5 for the median (default). */
  readonly p?: number;
  /** Group by this column. Default: none. */
  readonly by?: string;
  /** Bootstrap replicates for the interval. Default: `2000`. */
  readonly replicates?: number;
  /** Seed of the bootstrap: same seed, same interval. Default: `1`. */
  readonly seed?: number;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
  /** Groups with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Quantile (median by default) of a numeric question by group: the estimate is R
 * `svyquantile(~x, design, p, qrule = "math")` (unweighted: `quantile(x, p, type = 1)`); the
 * interval is a seeded percentile bootstrap — respondents resampled with replacement within each
 * stratum of the design, weights carried along, bounds as R `quantile(replicates, c(α/2, 1 − α/2))`
 * (type 7, simple-statistics `quantileSorted`). This interval is not R's (svyquantile's Woodruff
 * interval); calibration is not redone in each replicate. Null values are left out; strings are an
 * error, never coerced.
 * @example quantile(surveyDesign(t), "B4", { by: "vague" }).objects()[0].estimate // => 35
 */
export function quantile(design: SurveyDesign, variable: string, options: QuantileOptions = {}): ColumnTable {
  const p = options.p ?? 0.5;
  const replicates = options.replicates ?? 2000;
  const level = options.level ?? 0.95;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const values = readNumbers(design, variable);
  const groups = options.by ? readCodes(design, options.by) : values.map(() => "");
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const rows = keys.map((g) => {
    const idx = values.flatMap((v, i) => (groups[i] === g && v !== null ? [i] : []));
    const xs = idx.map((i) => values[i]!);
    const ws = idx.map((i) => weightOf(design, i));
    const estimate = weightedQuantile(xs, ws, p);
    const random = randomLcg(options.seed ?? 1);
    // Resample within each stratum of the design (one stratum when unstratified).
    const byStratum = new Map<number, number[]>();
    idx.forEach((row, k) => {
      const h = design.strata ? design.strata[row]! : 0;
      byStratum.set(h, [...(byStratum.get(h) ?? []), k]);
    });
    const strata = [...byStratum.values()];
    const picks = strata.map((members) => randomInt.source(random)(members.length));
    const boot: number[] = [];
    if (xs.length > 0) {
      for (let b = 0; b < replicates; b++) {
        const bx: number[] = [];
        const bw: number[] = [];
        strata.forEach((members, s) => {
          for (let k = 0; k < members.length; k++) {
            const j = members[picks[s]!()]!;
            bx.push(xs[j]!);
            bw.push(ws[j]!);
          }
        });
        boot.push(weightedQuantile(bx, bw, p));
      }
    }
    boot.sort((a, b) => a - b);
    const a = (1 - level) / 2;
    const at = (q: number) => (boot.length ? quantileSorted(boot, q) : Number.NaN);
    return {
      ...(options.by ? { [options.by]: g } : {}),
      question: variable,
      level: `q${p}`,
      n: xs.length,
      n_w: ws.reduce((s, w) => s + w, 0),
      denominator: xs.length,
      n_missing: 0,
      estimate,
      se: null,
      ci_low: at(a),
      ci_high: at(1 - a),
      method: `bootstrap-percentile (${replicates}, graine ${options.seed ?? 1})`,
      suppressed: xs.length < threshold,
    };
  });
  return tidy(estimateColumns(options.by), rows);
}
