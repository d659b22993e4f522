/**
 * Comparability of a question across the versions of an instrument a study compares.
 *
 * - `identical`: same question and codes.
 * - `reworded`: same codes, wording changed.
 * - `recoded`: codes mapped or merged; comparable on the comparison codes.
 * - `partial`: some choices exist in one version only; compared on the shared choices.
 * - `binned`: a number in one version grouped into the other version's brackets.
 * - `only_one_version`: asked in one of the compared versions only.
 * - `not_comparable`: measured differently; never compared.
 * - `not_asked`: asked in none of the compared versions (a study of other versions).
 */
export const Comparability = {
  identical: "identical",
  reworded: "reworded",
  recoded: "recoded",
  partial: "partial",
  binned: "binned",
  onlyOneVersion: "only_one_version",
  notComparable: "not_comparable",
  notAsked: "not_asked",
} as const;
/** One of the comparability statuses of {@link Comparability}. */
export type Comparability = (typeof Comparability)[keyof typeof Comparability];

/**
 * Whether a value is a comparability status.
 * @example isComparability("binned") // => true
 */
export function isComparability(value: unknown): value is Comparability {
  return typeof value === "string" && (Object.values(Comparability) as string[]).includes(value);
}

/**
 * Whether waves may be compared on a question with this status.
 * @example isComparable("reworded") // => true
 * @example isComparable("only_one_version") // => false
 */
export function isComparable(status: Comparability): boolean {
  return status !== "only_one_version" && status !== "not_comparable" && status !== "not_asked";
}
