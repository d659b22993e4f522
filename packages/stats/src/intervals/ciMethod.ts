/**
 * Confidence-interval methods for a proportion.
 * - `wilson` (default, unweighted): score interval, R `prop.test(x, n, correct = FALSE)`.
 * - `clopper-pearson`: exact, R `binom.test`.
 * - `jeffreys`: Beta(x + ½, n − x + ½) quantiles, bounds 0 and 1 at the edges (Brown, Cai & DasGupta 2001).
 * - `agresti-coull`: "add z²/2 successes and failures" (Agresti & Coull 1998).
 * - `logit` (weighted): R `survey::svyciprop(method = "logit")`.
 * - `beta` (weighted): Korn–Graubard, R `survey::svyciprop(method = "beta")`, with the effective sample size.
 */
export const CiMethod = {
  wilson: "wilson",
  clopperPearson: "clopper-pearson",
  jeffreys: "jeffreys",
  agrestiCoull: "agresti-coull",
  logit: "logit",
  beta: "beta",
} as const;
/** One of the interval methods of {@link CiMethod}. */
export type CiMethod = (typeof CiMethod)[keyof typeof CiMethod];

/**
 * Whether a value is an interval method.
 * @example isCiMethod("wilson") // => true
 */
export function isCiMethod(value: unknown): value is CiMethod {
  return typeof value === "string" && (Object.values(CiMethod) as string[]).includes(value);
}

/** Methods for unweighted counts. */
export type UnweightedCiMethod = "wilson" | "clopper-pearson" | "jeffreys" | "agresti-coull";
/** Methods of R `svyciprop`, which any design can give. */
export type DesignCiMethod = "logit" | "beta";

/** Methods a design-based estimate can give, whatever the design (R `svyciprop`). */
export const DESIGN_CI_METHODS: readonly DesignCiMethod[] = ["beta", "logit"];
/**
 * Methods for groups that are simple random samples (`separateSamples`): the count-based
 * intervals, and R `svyciprop`'s (computed on the design).
 */
export const SIMPLE_CI_METHODS: readonly CiMethod[] = [
  "wilson",
  "clopper-pearson",
  "jeffreys",
  "agresti-coull",
  "beta",
  "logit",
];

/**
 * Whether an interval method is one of R `svyciprop`'s (computed from the design, any design).
 * @example isDesignCiMethod("beta") // => true
 */
export function isDesignCiMethod(value: unknown): value is DesignCiMethod {
  return value === "logit" || value === "beta";
}
