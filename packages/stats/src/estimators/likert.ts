import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { proportionInterval } from "../intervals/proportionInterval.ts";
import { readCodes } from "../missing.ts";
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
  /** Groups with fewer respondents are flagged `suppressed`. Default: `5`. */
  readonly threshold?: number;
}

/**
 * Summary of a battery of Likert items, one row per item and group: the share agreeing (top two
 * boxes by default) with a Wilson interval, and the mean rank with a t interval. Codes without a
 * rank (ne sait pas) are left out and counted in `n_missing`. Unweighted.
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
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const rows: Record<string, unknown>[] = [];
  for (const item of items) {
    const codes = readCodes(design, item);
    for (const g of keys) {
      const inGroup = codes.filter((c, i) => groups[i] === g && c !== null) as string[];
      const valid = inGroup.filter((c) => Object.hasOwn(options.ranks, c));
      const k = valid.filter((c) => agree.has(c)).length;
      const m = valid.length;
      const ci = proportionInterval(k, m, "wilson", level);
      const r = valid.map((c) => options.ranks[c]!);
      const mean = r.reduce((s, x) => s + x, 0) / m;
      const sd = Math.sqrt(r.reduce((s, x) => s + (x - mean) ** 2, 0) / (m - 1));
      const q = m > 1 ? qt(1 - (1 - level) / 2, m - 1) : Number.NaN;
      rows.push({
        ...(options.by ? { [options.by]: g } : {}),
        question: item,
        n: m,
        n_missing: inGroup.length - m,
        agree_n: k,
        agree: m > 0 ? k / m : Number.NaN,
        agree_ci_low: ci.low,
        agree_ci_high: ci.high,
        mean_rank: mean,
        mean_ci_low: mean - q * (sd / Math.sqrt(m)),
        mean_ci_high: mean + q * (sd / Math.sqrt(m)),
        method: "wilson; t",
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
