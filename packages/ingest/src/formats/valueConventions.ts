import type { Choice } from "@monitoring-social/questionnaire";

/**
 * How a survey tool writes answers that are not the instrument's own codes or labels: cells that mean
 * "no answer", its own word for the "other" option, and codes it numbers by position. The general
 * reader asks these of the file's tool; each tool folder says what they are and where it is documented.
 */
export interface ValueConventions {
  /** Cells that mean "nothing here" (LimeSurvey's `N/A` for a subquestion never shown). Default: none. */
  readonly blank: ReadonlySet<string>;
  /** The tool's own answer for its "Other" option (LimeSurvey: `-oth-`, « Autre », « Anders »). Default: none. */
  readonly other: ReadonlySet<string>;
  /**
   * The choice a tool's default code stands for, by position in the instrument's list without the
   * "other" choice (LimeSurvey numbers answer options `AO01`, `AO02`…), or `undefined`.
   */
  readonly positional: (raw: string, choices: readonly Choice[]) => Choice | undefined;
  /** Whether the tool writes an "other" text in place of the choice (Google Forms). Default: `false`. */
  readonly otherInPlace: boolean;
  /** Whether an "other" text column also means the "other" choice was picked (LimeSurvey `Q[other]`). */
  readonly otherTextImpliesChoice: boolean;
}

/** Conventions of a tool that writes the instrument's codes or labels and nothing else. */
export const PLAIN_VALUES: ValueConventions = {
  blank: new Set(),
  other: new Set(),
  positional: () => undefined,
  otherInPlace: false,
  otherTextImpliesChoice: false,
};

/**
 * The n-th (1-based) choice of a list, not counting its "other" choice (tools add their own "other").
 * @example nthChoice(choices, 2)?.code // => "logement"
 */
export function nthChoice(choices: readonly Choice[], n: number): Choice | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  return choices.filter((c) => !c.other)[n - 1];
}
