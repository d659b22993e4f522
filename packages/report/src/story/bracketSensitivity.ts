import { type SurveyDesign, timeBurden } from "@monitoring-social/stats";

/**
 * Bounds (in %) of the 2021 time brackets, as notebook 02 takes them: the lowest and highest
 * percentage each bracket's label allows (« 11 à 25 % » → 11 and 25).
 */
export const BRACKET_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  b0_10: [0, 10],
  b11_25: [11, 25],
  b26_50: [26, 50],
  b51_75: [51, 75],
  b76_100: [76, 100],
};

/** Options of {@link bracketSensitivity}. */
export interface BracketSensitivityOptions {
  /** Column of the bracket codes. Required. */
  readonly column: string;
  /** Column of each respondent's working time (FTE). Required. */
  readonly fte: string;
  /** Percentage taken in each bracket by the report (its midpoint). Required. */
  readonly midpoints: Readonly<Record<string, number>>;
  /** Lowest and highest percentage of each bracket. Default: {@link BRACKET_BOUNDS}. */
  readonly bounds?: Readonly<Record<string, readonly [number, number]>>;
}

/** Hours per week per respondent in two waves under one assumption, and their difference (later − earlier). */
export interface HoursPair {
  readonly a: number;
  readonly b: number;
  readonly difference: number;
}

/** What {@link bracketSensitivity} returns. */
export interface BracketSensitivity {
  /** Both waves at the brackets' midpoints (the report's figure). */
  readonly midpoints: HoursPair;
  /**
   * The bound least favourable to the change found at the midpoints: for a rise, the earlier wave
   * at its brackets' upper bounds and the later at their lower bounds (the reverse for a fall).
   */
  readonly worstCase: HoursPair;
  /** Whether the worst case keeps the sign of the midpoint difference (a zero difference keeps none). */
  readonly signHolds: boolean;
}

const hours = (design: SurveyDesign, column: string, fte: string, percent: Readonly<Record<string, number>>) => {
  const rows = timeBurden(design, { shareCodes: { column, percent }, etp: fte }).objects() as {
    indicator: string;
    estimate: number;
  }[];
  return rows.find((r) => r.indicator === "heures_par_semaine")?.estimate ?? Number.NaN;
};

/**
 * How far the comparison of hours per week depends on where respondents sit inside their time
 * brackets (notebook 02, § 4): hours per respondent (`stats` `timeBurden`: share × FTE × 38 h) in
 * both waves at the brackets' midpoints, then at the bound least favourable to the change found
 * (a rise: earlier wave at upper bounds, later wave at lower bounds), and whether the sign of the
 * change survives. The worst case is an extreme bound, not a plausible assumption: if the sign
 * holds there, the brackets alone guarantee the direction of the change.
 * Missing values: as `timeBurden` (respondents without a bracket or an FTE are left out).
 * @throws StatsError from `timeBurden` when a column is missing or of the wrong type.
 * @example bracketSensitivity(surveyDesign(t2021), surveyDesign(t2025), { column: "B1", fte: "A5", midpoints: BRACKET_MIDPOINTS }).signHolds // => false
 */
export function bracketSensitivity(
  earlier: SurveyDesign,
  later: SurveyDesign,
  options: BracketSensitivityOptions,
): BracketSensitivity {
  const { column, fte } = options;
  const bounds = options.bounds ?? BRACKET_BOUNDS;
  const pick = (i: 0 | 1) => Object.fromEntries(Object.entries(bounds).map(([code, b]) => [code, b[i]]));
  const pair = (pa: Readonly<Record<string, number>>, pb: Readonly<Record<string, number>>): HoursPair => {
    const a = hours(earlier, column, fte, pa);
    const b = hours(later, column, fte, pb);
    return { a, b, difference: b - a };
  };
  const midpoints = pair(options.midpoints, options.midpoints);
  const rise = midpoints.difference >= 0;
  const worstCase = rise ? pair(pick(1), pick(0)) : pair(pick(0), pick(1));
  const signHolds = midpoints.difference !== 0 && Math.sign(worstCase.difference) === Math.sign(midpoints.difference);
  return { midpoints, worstCase, signHolds };
}
