/**
 * The numbers behind a sentence about a comparison of two waves (or two places), kept beside the sentence so that
 * the story layer (key findings, figure titles) can rank and reword it without recomputing it.
 * Written by `describeComparison`; absent when the figures are withheld.
 */
export interface FindingFacts {
  /** What is compared, as in the sentence (« Non-recours observé : « Souvent » ou « Très souvent » »). */
  readonly label: string;
  /** The question the label is an answer of, when the label alone does not say it (a choice of a multiple-choice question). Default: none. */
  readonly context?: string;
  /** Shares (0–1) or means. */
  readonly scale: "share" | "mean";
  /** Decimals of a mean. */
  readonly digits: number;
  /** Unit written after a mean. Default: none. */
  readonly unit?: string;
  /**
   * The two groups, as the report names them, in the order of the difference (b − a): the earlier
   * wave then the later; the other commune(s) or the reference then the commune compared.
   */
  readonly a: string;
  readonly b: string;
  /**
   * Whether the groups are two times of one place — a change, worded « en hausse / en baisse » — or
   * two places at one time — a gap, never worded as a rise. Default: `true`.
   */
  readonly change?: boolean;
  /** The value in each wave (share 0–1 or mean). */
  readonly valueA: number;
  readonly valueB: number;
  /** Number of answers in each wave (the denominator of a share, the n of a mean); null when unknown. */
  readonly nA: number | null;
  readonly nB: number | null;
  /** b minus a (later minus earlier), with its 95 % interval (null bounds: not computed). */
  readonly difference: number;
  readonly low: number | null;
  readonly high: number | null;
  /** The test as `stats` codes it (`chi-square`, `welch`…). */
  readonly test: string;
  /** The p-value the wording used: Holm-adjusted when `adjusted`. */
  readonly p: number | null;
  readonly adjusted: boolean;
  /** Adjusted p under alpha AND interval excluding 0: the only case worded as a rise or a fall. */
  readonly significant: boolean;
  /**
   * The same comparison at the earlier wave's composition (raked), said in the same sentence as
   * the raw one by the key findings. Default: none.
   */
  readonly atComposition?: { readonly qualifier: string; readonly facts: FindingFacts };
}
