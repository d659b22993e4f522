import type { ColumnTable } from "arquero";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { readCodes, readNumbers, weightOf } from "../missing.ts";
import { tidy } from "./tidy.ts";

/** Options of {@link timeBurden}. */
export interface TimeBurdenOptions {
  /** Column of the share of working time, in % (0–100). Give this, or `shareCodes`. */
  readonly share?: string;
  /** Column of the share in brackets, with the value (in %) to use for each code (e.g. the midpoint). */
  readonly shareCodes?: { readonly column: string; readonly percent: Readonly<Record<string, number>> };
  /** Column of the working time in full-time equivalents (ETP, 0–1). Required. */
  readonly etp: string;
  /** Hours of a full-time week. Default: `38` (Belgian full-time week). */
  readonly hoursPerWeek?: number;
  /** Group by this column. Default: none. */
  readonly by?: string;
  /** Confidence level. Default: `0.95`. */
  readonly level?: number;
}

/**
 * Time spent helping with procedures, from the share of working time × the working time (ETP):
 * per respondent, hours per week = share/100 × ETP × 38 and ETP = share/100 × ETP. Reports, per
 * group, the mean hours per week and the summed ETP among respondents, each with a t interval
 * (sum: n × mean, SE × n; weighted: Σw × weighted mean). Respondents missing either answer are left
 * out (counted in `n_missing`). With brackets, the result depends on the value chosen per bracket.
 * @example timeBurden(surveyDesign(t), { share: "B1_pct", etp: "A5", by: "vague" })
 */
export function timeBurden(design: SurveyDesign, options: TimeBurdenOptions): ColumnTable {
  const hours = options.hoursPerWeek ?? 38;
  const level = options.level ?? 0.95;
  const etp = readNumbers(design, options.etp);
  const share: (number | null)[] = options.share
    ? readNumbers(design, options.share)
    : readCodes(design, options.shareCodes!.column).map((c) =>
        c === null ? null : (options.shareCodes!.percent[c] ?? null),
      );
  const groups = options.by ? readCodes(design, options.by) : etp.map(() => "");
  const keys = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const rows: Record<string, unknown>[] = [];
  for (const g of keys) {
    const inGroup = etp.flatMap((_, i) => (groups[i] === g ? [i] : []));
    const idx = inGroup.filter((i) => etp[i] !== null && share[i] !== null);
    const fte = idx.map((i) => (share[i]! / 100) * etp[i]!);
    const ws = idx.map((i) => weightOf(design, i));
    const sw = ws.reduce((s, w) => s + w, 0);
    const n = idx.length;
    const mean = fte.reduce((s, x, k) => s + ws[k]! * x, 0) / sw;
    const ss = fte.reduce((s, x, k) => s + (ws[k]! * (x - mean)) ** 2, 0);
    const se = n > 1 ? Math.sqrt((n / (n - 1)) * ss) / sw : Number.NaN;
    const q = n > 1 ? qt(1 - (1 - level) / 2, n - 1) : Number.NaN;
    const base = { ...(options.by ? { [options.by]: g } : {}), n, n_missing: inGroup.length - n };
    rows.push({
      ...base,
      indicator: "heures_par_semaine",
      estimate: mean * hours,
      ci_low: (mean - q * se) * hours,
      ci_high: (mean + q * se) * hours,
    });
    rows.push({
      ...base,
      indicator: "etp_par_repondant",
      estimate: mean,
      ci_low: mean - q * se,
      ci_high: mean + q * se,
    });
    rows.push({
      ...base,
      indicator: "etp_total",
      estimate: sw * mean,
      ci_low: sw * (mean - q * se),
      ci_high: sw * (mean + q * se),
    });
  }
  return tidy(
    [...(options.by ? [options.by] : []), "indicator", "n", "n_missing", "estimate", "ci_low", "ci_high"],
    rows,
  );
}
