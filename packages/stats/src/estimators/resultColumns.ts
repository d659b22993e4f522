/**
 * Columns of every estimate table (DESIGN.md result conventions): group keys first, then these.
 * `n` is the unweighted count in the cell, `n_w` the weighted one, `denominator` the unweighted
 * number of valid answers in the group, `n_missing` the missing-flagged answers left out.
 */
export const ESTIMATE_COLUMNS = [
  "question",
  "level",
  "n",
  "n_w",
  "denominator",
  "n_missing",
  "estimate",
  "se",
  "ci_low",
  "ci_high",
  "method",
  "suppressed",
] as const;

/** Default disclosure threshold: a cell with fewer respondents is flagged `suppressed`. */
export const DEFAULT_THRESHOLD = 5;
