/**
 * What the variance does with a stratum that has a single respondent (R
 * `options(survey.lonely.psu = …)`, for `ids = ~1` designs where each respondent is a PSU):
 * - `fail` — R's default: an error (`Stratum (…) has only one PSU at stage 1`); here a
 *   {@link StatsError} `lonely_stratum` in French or Dutch naming the stratum.
 * - `adjust` — the default here: the lone respondent's contribution is measured from the overall
 *   mean instead of its stratum's mean (conservative). R `options(survey.lonely.psu = "adjust")`.
 * - `certainty` / `remove` — the stratum adds nothing to the variance (R: same values for both
 *   with `ids = ~1`).
 *
 * Why not R's default: a report or a notebook over waves × communes must not stop because one
 * commune has one respondent in one wave (that cell is suppressed anyway); `adjust` keeps every
 * other figure and errs on the wide side. Ask for `fail` to get R's behaviour.
 */
export const LonelyPsu = { fail: "fail", adjust: "adjust", certainty: "certainty", remove: "remove" } as const;
/** One of the treatments of {@link LonelyPsu}. */
export type LonelyPsu = (typeof LonelyPsu)[keyof typeof LonelyPsu];

/**
 * Whether a value is a lonely-stratum treatment.
 * @example isLonelyPsu("adjust") // => true
 */
export function isLonelyPsu(value: unknown): value is LonelyPsu {
  return typeof value === "string" && (Object.values(LonelyPsu) as string[]).includes(value);
}
