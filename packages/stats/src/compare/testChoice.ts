import { chiSquareTest } from "../tests/chiSquareTest.ts";
import type { Counts } from "../tests/contingency.ts";
import { fisherExactTest } from "../tests/fisherExactTest.ts";

/** Tests a comparison may use. */
export const TestName = {
  chiSquare: "chi-square",
  fisher: "fisher",
  fisherMonteCarlo: "fisher-monte-carlo",
  wilcoxon: "wilcoxon",
  welch: "welch",
  raoScott: "rao-scott",
  raoScottChisq: "rao-scott-chisq",
  designT: "design-t",
  designWilcoxon: "design-wilcoxon",
} as const;
/** One of the tests of {@link TestName}. */
export type TestName = (typeof TestName)[keyof typeof TestName];

/**
 * Why a test was chosen, as a stable code (messages in fr/nl in `testReasonText`).
 * - `expected_ge_5`: every expected count ≥ 5 → chi-square.
 * - `expected_lt_5`: an expected count < 5 → Fisher's exact test.
 * - `too_many_tables`: Fisher by seeded Monte-Carlo simulation (the exact network is beyond the work budget).
 * - `ordinal`: ranks of an ordered scale → Wilcoxon–Mann–Whitney.
 * - `numeric`: numbers → Welch's t.
 * - `weighted`: weighted data → Rao–Scott corrected chi-square (or the design-based t / rank test).
 * - `design`: unweighted, but the groups are not simple random samples of the design (other
 *   strata, fpc) → the same design-based tests.
 */
export type TestReason =
  | "expected_ge_5"
  | "expected_lt_5"
  | "too_many_tables"
  | "ordinal"
  | "numeric"
  | "weighted"
  | "design";

/** Result of {@link independenceTest}. */
export interface TestChoice {
  readonly test: TestName;
  readonly reason: TestReason;
  readonly pValue: number;
  /** Smallest expected count. */
  readonly minExpected: number;
}

/**
 * Tests independence in a contingency table, choosing chi-square when every expected count is at
 * least 5 and Fisher's exact test otherwise (Cochran's rule), and saying why.
 * @example independenceTest([[3, 1], [1, 3]]) // => { test: "fisher", reason: "expected_lt_5", pValue: 0.4857…, … }
 */
export function independenceTest(counts: Counts): TestChoice {
  const chi = chiSquareTest(counts);
  if (chi.minExpected >= 5)
    return { test: "chi-square", reason: "expected_ge_5", pValue: chi.pValue, minExpected: chi.minExpected };
  const f = fisherExactTest(counts);
  return f.method === "exact"
    ? { test: "fisher", reason: "expected_lt_5", pValue: f.pValue, minExpected: chi.minExpected }
    : { test: "fisher-monte-carlo", reason: "too_many_tables", pValue: f.pValue, minExpected: chi.minExpected };
}

/** Texts of the test reasons, French and Dutch. */
export const TEST_REASON_TEXT = {
  fr: {
    expected_ge_5: "test du khi² : tous les effectifs attendus sont d'au moins 5",
    expected_lt_5: "test exact de Fisher : un effectif attendu est inférieur à 5",
    too_many_tables:
      "test exact de Fisher par simulation Monte-Carlo (graine fixée) : le calcul exact serait trop long",
    ordinal: "test de Wilcoxon–Mann–Whitney : réponses sur une échelle ordonnée",
    numeric: "test t de Welch : réponses numériques",
    weighted: "khi² corrigé de Rao–Scott : données pondérées",
    design: "test selon le plan d'échantillonnage (strates, correction pour population finie)",
  },
  nl: {
    expected_ge_5: "chi²-toets: alle verwachte aantallen zijn minstens 5",
    expected_lt_5: "exacte toets van Fisher: een verwacht aantal is kleiner dan 5",
    too_many_tables:
      "exacte toets van Fisher via Monte-Carlosimulatie (vaste seed): de exacte berekening zou te lang duren",
    ordinal: "Wilcoxon–Mann–Whitney-toets: antwoorden op een geordende schaal",
    numeric: "t-toets van Welch: numerieke antwoorden",
    weighted: "Rao–Scott-gecorrigeerde chi²-toets: gewogen gegevens",
    design: "toets volgens het steekproefontwerp (strata, eindige-populatiecorrectie)",
  },
} as const;
