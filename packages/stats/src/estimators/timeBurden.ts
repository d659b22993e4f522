import type { ColumnTable } from "arquero";
import { separateSamples } from "../design/separateSamples.ts";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { qt } from "../distributions.ts";
import { readCodes, readNumbers } from "../missing.ts";
import { groupKeys, mask, tMethod } from "./designChoice.ts";
import { domainMean, domainTotal } from "./linearisation.ts";
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
 * group, the mean hours per week and the mean ETP per respondent (R `svymean`) and the total ETP
 * among respondents (R `svytotal`), each with `se`, a t interval on R `degf` and `method`.
 * Groups that are simple random samples (unweighted, uncalibrated, unstratified or stratified by
 * `by`): each group is its own sample (R `svydesign(ids = ~1, data = subset(d, by == g))`: the
 * mean's interval is `t.test`'s, the total is the sum with SE √n·s); any other design: the group
 * as a domain (R `svyby(~etp, ~by, design, svymean)` and `svytotal`), the design's strata, fpc and
 * calibration honoured. Respondents missing either answer are left out (counted in `n_missing`).
 * With brackets, the result depends on the value chosen per bracket.
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
  const separate = separateSamples(design, groups);
  const method = tMethod(separate, design);
  const fte = etp.map((e, i) => (e === null || share[i] === null ? null : (share[i]! / 100) * e));
  const rows: Record<string, unknown>[] = [];
  for (const g of groupKeys(groups)) {
    const inGroup = groups.filter((x) => x === g).length;
    const domain = mask(groups, g, (i) => fte[i] !== null);
    const n = domain.reduce((s, v) => s + v, 0);
    const mean = domainMean(design, fte, domain, { separate });
    const sum = domainTotal(design, fte, domain, { separate });
    const q = mean.df > 0 ? qt(1 - (1 - level) / 2, mean.df) : Number.NaN;
    const base = { ...(options.by ? { [options.by]: g } : {}), n, n_missing: inGroup - n, df: mean.df, method };
    const row = (indicator: string, d: { estimate: number; se: number }, k: number) => ({
      ...base,
      indicator,
      estimate: d.estimate * k,
      se: d.se * k,
      ci_low: (d.estimate - q * d.se) * k,
      ci_high: (d.estimate + q * d.se) * k,
    });
    rows.push(row("heures_par_semaine", mean, hours), row("etp_par_repondant", mean, 1), row("etp_total", sum, 1));
  }
  return tidy(
    [
      ...(options.by ? [options.by] : []),
      "indicator",
      "n",
      "n_missing",
      "estimate",
      "se",
      "df",
      "ci_low",
      "ci_high",
      "method",
    ],
    rows,
  );
}
