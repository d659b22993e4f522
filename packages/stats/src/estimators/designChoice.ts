import type { SurveyDesign } from "../design/surveyDesign.ts";
import { type CiMethod, DESIGN_CI_METHODS, isDesignCiMethod, SIMPLE_CI_METHODS } from "../intervals/ciMethod.ts";
import { StatsError } from "../statsError.ts";

// Internal: which path an estimator takes, and which interval method it may use (not exported by the package).

/** The path of an estimate: classical (groups are simple random samples) or design-based. */
export interface DesignChoice {
  /** Groups are separate simple random samples (`separateSamples`). */
  readonly separate: boolean;
  /** The interval method, checked against the design. */
  readonly method: CiMethod;
  /** Whether the method is computed from the design (R `svyciprop`) rather than from counts. */
  readonly fromDesign: boolean;
}

/**
 * Chooses the interval method of a proportion: the one asked if the design can give it, else a
 * StatsError naming those it can give; by default Wilson for simple random samples, Korn–Graubard
 * (beta) otherwise. `separate`: whether the groups are separate simple random samples
 * (`separateSamples`).
 */
export function chooseProportionMethod(separate: boolean, asked: CiMethod | undefined): DesignChoice {
  const allowed = separate ? SIMPLE_CI_METHODS : DESIGN_CI_METHODS;
  const method = asked ?? (separate ? "wilson" : "beta");
  if (!allowed.includes(method)) throw new StatsError("ci_method_unavailable", { method, methods: allowed.join(", ") });
  return { separate, method, fromDesign: isDesignCiMethod(method) };
}

/** The sorted non-null group keys. */
export function groupKeys(groups: readonly (string | null)[]): string[] {
  return [...new Set(groups.filter((g): g is string => g !== null))].sort();
}

/** Mask of the rows of group `g` that pass `keep`. */
export function mask(groups: readonly (string | null)[], g: string, keep: (i: number) => boolean): Uint8Array {
  return Uint8Array.from(groups, (x, i) => (x === g && keep(i) ? 1 : 0));
}

/** Text of the method column for a design-based mean or total: `t` (simple random samples) or `t-linearised`. */
export function tMethod(separate: boolean, design: SurveyDesign): string {
  return separate && !design.weights ? "t" : "t-linearised";
}
