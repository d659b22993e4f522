/** Shift of one question's answers, so that a fictional wave can differ from another. */
export interface Effect {
  /** Single/ordinal: relative weight per choice code (codes left out keep their default weight). */
  readonly weights?: Readonly<Record<string, number>>;
  /** Multiple choice: probability that each code is ticked (codes left out keep the default). */
  readonly probabilities?: Readonly<Record<string, number>>;
  /** Numbers: mean of the normal draw (clamped into the range). Default: middle of the range. */
  readonly mean?: number;
  /** Numbers: standard deviation of the normal draw. Default: a sixth of the range. */
  readonly sd?: number;
  /** Numbers: rounding step (e.g. 0.1 for ETP, 5 for minutes). Default: 1 for integer/percent, 0.01 for decimal. */
  readonly step?: number;
  /** Text: pool of fictional answers to draw from. Default: the built-in pool. */
  readonly texts?: readonly string[];
  /** Probability that this question is left blank when asked and not required. Default: `missingness`. */
  readonly missingness?: number;
}

/** Options of `simulateResponses`. */
export interface SimulateOptions {
  /** Number of fictional respondents. Required. */
  readonly n: number;
  /** Seed of the random generator: same seed, same table (and same CSV bytes). Default: `1`. */
  readonly seed?: number;
  /** Value of the `vague` column. Default: the instrument's version. */
  readonly vague?: string;
  /** Value of the `commune` column (postcode). Default: `"1030"` (Schaerbeek). */
  readonly commune?: string;
  /** Prefix of respondent ids, followed by a zero-padded number. Default: `"sim-<vague>-"`. */
  readonly idPrefix?: string;
  /** Probability that an asked, non-required question is left blank. Default: `0.05`. */
  readonly missingness?: number;
  /** Probability of choosing a missing-type answer (ne sait pas) when the list has one. Default: `0.05`. */
  readonly dontKnow?: number;
  /**
   * Probability that a free-text answer contains a fake e-mail address or Belgian phone number, so
   * that pseudonymisation has something to do. Default: `0.15`.
   */
  readonly piiRate?: number;
  /** Shifts per question id. Default: none. */
  readonly effects?: Readonly<Record<string, Effect>>;
}
