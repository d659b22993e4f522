import { type Instrument, instrumentKey } from "../model/instrument.ts";
import type { Harmonisation, HarmonisationRule, SourceRule } from "./harmonisation.ts";

/**
 * Which of a harmonisation's versions a study compares (its waves' versions). The other versions
 * of the family, when given in the instruments, still define the comparison questions (the
 * brackets of B1 come from 2021 even in a study of 2025 waves only). Default: every version of the
 * harmonisation found in the instruments.
 */
export interface HarmonisationScope {
  /** Versions compared, e.g. `["2025"]` or `["2021", "2025"]`. Default: all those available. */
  readonly versions?: readonly string[];
}

/**
 * The instruments of a harmonisation's versions found in a list, oldest first (in the order of
 * `harmonisation.versions`); a version missing from the list is left out.
 * @throws Error when none of the harmonisation's versions is in the list.
 * @example harmonisedInstruments(workerHarmonisation, [worker2025]).map((i) => i.version) // => ["2025"]
 */
export function harmonisedInstruments(harmonisation: Harmonisation, instruments: readonly Instrument[]): Instrument[] {
  const found = harmonisation.versions.flatMap((version) => {
    const i = instruments.find((x) => x.id === harmonisation.instrument && x.version === version);
    return i ? [i] : [];
  });
  if (found.length === 0)
    throw new Error(
      `Harmonisation « ${harmonisation.id} » : aucune des versions ${harmonisation.versions.join(", ")} de « ${harmonisation.instrument} » n'est fournie.`,
    );
  return found;
}

/**
 * The instruments a study compares, oldest first: the versions of `scope` (default: every
 * harmonised version in the list).
 * @throws Error naming a version of the scope that the harmonisation does not have or the list lacks.
 * @example comparedInstruments(workerHarmonisation, workerInstruments, { versions: ["2025"] }).length // => 1
 */
export function comparedInstruments(
  harmonisation: Harmonisation,
  instruments: readonly Instrument[],
  scope: HarmonisationScope = {},
): Instrument[] {
  const pool = harmonisedInstruments(harmonisation, instruments);
  if (scope.versions === undefined) return pool;
  for (const v of scope.versions)
    if (!pool.some((i) => i.version === v))
      throw new Error(
        `Harmonisation « ${harmonisation.id} » : version ${harmonisation.instrument}@${v} introuvable (versions : ${pool.map((i) => i.version).join(", ")}).`,
      );
  return pool.filter((i) => scope.versions!.includes(i.version));
}

/** Source question id of a rule in a version, or `null` when absent. */
export function sourceOf(rule: HarmonisationRule, version: string): SourceRule | null {
  return rule.sources[version] ?? null;
}

/**
 * Every question of the comparison schema of a family, over every harmonised version found in
 * `instruments`: the declared rules, plus a `same` rule for each question id present in one or
 * more versions and not covered there by a declared rule (with a source in each version that has
 * it). Ordered as in the latest version, then, version by version towards the oldest, each
 * question not placed yet inserted after its predecessor in that version.
 *
 * @example resolveRules(workerHarmonisation, workerInstruments).find((r) => r.target === "A1")
 * // => { target: "A1", sources: { "2021": { op: "same", question: "A1" }, "2025": { op: "same", question: "A1" } } }
 */
export function resolveRules(harmonisation: Harmonisation, instruments: readonly Instrument[]): HarmonisationRule[] {
  const versions = harmonisedInstruments(harmonisation, instruments);
  const covered = (version: string, id: string) =>
    harmonisation.rules.some((r) => sourceOf(r, version)?.question === id);
  const declaredFor = (version: string, id: string) =>
    harmonisation.rules.find((r) => sourceOf(r, version)?.question === id);
  const sameIn = (v: Instrument, id: string): SourceRule | null =>
    v.questions.some((q) => q.id === id) && !covered(v.version, id) ? { op: "same", question: id } : null;
  const implicit = (id: string): HarmonisationRule => ({
    target: id,
    sources: Object.fromEntries(versions.map((v) => [v.version, sameIn(v, id)])),
  });
  // A declared rule that does not name a version (a version added later) takes that version's
  // question of the same id, unless another rule reads it: `null` alone marks a question absent.
  const completed = new Map(
    harmonisation.rules.map((r) => {
      const missing = versions.filter((v) => !Object.hasOwn(r.sources, v.version));
      if (missing.length === 0) return [r, r] as const;
      const extra = Object.fromEntries(
        missing.flatMap((v) => (sameIn(v, r.target) ? [[v.version, sameIn(v, r.target)]] : [])),
      );
      return [r, Object.keys(extra).length === 0 ? r : { ...r, sources: { ...r.sources, ...extra } }] as const;
    }),
  );
  const declaredTarget = (id: string) => harmonisation.rules.find((r) => r.target === id);
  const ruleOf = (version: string, id: string): HarmonisationRule => {
    const declared = declaredFor(version, id) ?? declaredTarget(id);
    return declared ? completed.get(declared)! : implicit(id);
  };

  const ordered: HarmonisationRule[] = [];
  const seen = new Set<string>();
  const push = (rule: HarmonisationRule) => {
    if (seen.has(rule.target)) return;
    seen.add(rule.target);
    ordered.push(rule);
  };
  const newest = versions[versions.length - 1]!;
  for (const q of newest.questions) push(ruleOf(newest.version, q.id));
  // Questions of older versions not placed yet: after their predecessor in that version.
  for (const older of [...versions].reverse().slice(1))
    older.questions.forEach((q, i) => {
      const rule = ruleOf(older.version, q.id);
      if (seen.has(rule.target)) return;
      const previous = older.questions[i - 1];
      const previousTarget = previous ? ruleOf(older.version, previous.id).target : undefined;
      const at = previousTarget === undefined ? 0 : ordered.findIndex((r) => r.target === previousTarget) + 1;
      seen.add(rule.target);
      ordered.splice(at, 0, rule);
    });
  // Declared rules whose sources are in no version's question list still appear (validation reports them).
  for (const r of harmonisation.rules) push(completed.get(r)!);
  return ordered;
}

/** Key of the comparison schema, e.g. `worker@2021-2025`. */
export function comparisonKey(harmonisation: Harmonisation): string {
  return instrumentKey({ id: harmonisation.instrument, version: harmonisation.versions.join("-") });
}
