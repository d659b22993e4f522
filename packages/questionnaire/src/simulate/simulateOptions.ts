/**
 * Shift of one question's simulated answers, so that a fictional wave can differ from another
 * (e.g. a fictional 2025 with more time spent on procedures than a fictional 2021). Fields that do
 * not apply to the question's kind are ignored; fields left out keep their default.
 */
export interface Effect {
  /**
   * Single/ordinal: relative weight per choice code (non-negative; codes left out keep their
   * default weight). Default: ordinal → a mild hump centred on the middle of the scale
   * (1, 2, 3, 2, 1 on five points); single → `1 / (1 + 0.25 × position)`, "other" `0.2`.
   */
  readonly weights?: Readonly<Record<string, number>>;
  /**
   * Multiple choice: probability (0–1) that each code is ticked, independently (codes left out keep
   * the default). Default: `0.3`, "other" `0.05`.
   */
  readonly probabilities?: Readonly<Record<string, number>>;
  /**
   * Numbers: mean of the normal draw, which is then truncated into the range (redrawn, then clamped
   * after 32 tries) and rounded to `step`. Default: the middle of the range (percent: 30).
   */
  readonly mean?: number;
  /** Numbers: standard deviation of the normal draw (≥ 0). Default: a sixth of the range (percent: 20). */
  readonly sd?: number;
  /** Numbers: rounding step (e.g. 0.1 for ETP, 5 for minutes). Default: 1 (integer, percent), 0.1 (decimal). */
  readonly step?: number;
  /** Text: pool of fictional answers drawn uniformly. Default: the built-in fictional pools. */
  readonly texts?: readonly string[];
  /** Single/multiple with an "other" choice: pool of fictional "other, specify" texts. Default: `FICTIONAL_OTHER`. */
  readonly otherTexts?: readonly string[];
  /** Probability (0–1) that this question is left blank when asked and not required. Default: the `missingness` option. */
  readonly missingness?: number;
  /** Probability (0–1) of a missing-flagged answer (ne sait pas) for this question. Default: the `dontKnow` option. */
  readonly dontKnow?: number;
}

/** Options of `simulateResponses`. Every rate is a probability from 0 to 1. */
export interface SimulateOptions {
  /** Number of fictional respondents (a non-negative integer). Required. */
  readonly n: number;
  /** Seed of the random generator (d3-random's LCG): same options, same table and CSV bytes. Default: `1`. */
  readonly seed?: number;
  /** Value of the `vague` column. Default: the instrument's `version`. */
  readonly vague?: string;
  /** Value of the `commune` column (postcode). Default: `"1030"` (Schaerbeek). */
  readonly commune?: string;
  /** Prefix of respondent ids, followed by a zero-padded row number (`sim-2025-001`). Default: `"sim-<vague>-"`. */
  readonly idPrefix?: string;
  /** Probability that an asked, non-required question is left blank. Default: `0.05`. */
  readonly missingness?: number;
  /**
   * Probability of a missing-flagged answer (*ne sait pas*) when the question's list has one; for a
   * multiple-choice question it is then the only choice ticked. Default: `0.05`.
   */
  readonly dontKnow?: number;
  /**
   * Probability that a free-text answer ends with a fake e-mail address or Belgian phone number
   * (`FAKE_PII`), so that pseudonymisation has something to find. `0` for none. Default: `0.15`.
   */
  readonly piiRate?: number;
  /**
   * Shifts per question id, merged field by field over the plausible defaults of
   * `defaultEffects(instrument, commune)`. Unknown question ids or choice codes throw.
   * Default: none (the plausible defaults alone).
   */
  readonly effects?: Readonly<Record<string, Effect>>;
}
