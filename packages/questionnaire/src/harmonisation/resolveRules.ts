import { type Instrument, instrumentKey } from "../model/instrument.ts";
import type { Harmonisation, HarmonisationRule, SourceRule } from "./harmonisation.ts";

/** The two versions of a harmonisation, as instruments, oldest first. */
export type VersionPair = readonly [Instrument, Instrument];

/**
 * Picks the instruments of a harmonisation's two versions from a list.
 * @throws Error naming the missing version.
 */
export function versionPair(harmonisation: Harmonisation, instruments: readonly Instrument[]): VersionPair {
  const pick = (version: string): Instrument => {
    const found = instruments.find((i) => i.id === harmonisation.instrument && i.version === version);
    if (!found)
      throw new Error(
        `Harmonisation « ${harmonisation.id} » : version ${harmonisation.instrument}@${version} introuvable.`,
      );
    return found;
  };
  return [pick(harmonisation.versions[0]), pick(harmonisation.versions[1])];
}

/** Source question id of a rule in a version, or `null` when absent. */
export function sourceOf(rule: HarmonisationRule, version: string): SourceRule | null {
  return rule.sources[version] ?? null;
}

/**
 * Every question of the comparison schema: the declared rules, plus a `same` rule for each question
 * present with the same id in both versions and not covered by a declared rule, plus a rule with a
 * single source for each question present in one version only. Ordered as in the latest version,
 * with questions found only in the oldest inserted after their predecessor there.
 *
 * @example resolveRules(workerHarmonisation, workerInstruments).find((r) => r.target === "A1")
 * // => { target: "A1", sources: { "2021": { op: "same", question: "A1" }, "2025": { op: "same", question: "A1" } } }
 */
export function resolveRules(harmonisation: Harmonisation, instruments: readonly Instrument[]): HarmonisationRule[] {
  const [older, newer] = versionPair(harmonisation, instruments);
  const covered = (version: string, id: string) =>
    harmonisation.rules.some((r) => sourceOf(r, version)?.question === id);
  const declaredFor = (version: string, id: string) =>
    harmonisation.rules.find((r) => sourceOf(r, version)?.question === id);

  const ordered: HarmonisationRule[] = [];
  const seen = new Set<string>();
  const push = (rule: HarmonisationRule) => {
    if (seen.has(rule.target)) return;
    seen.add(rule.target);
    ordered.push(rule);
  };
  const implicit = (id: string): HarmonisationRule => {
    const inOlder = older.questions.some((q) => q.id === id) && !covered(older.version, id);
    const inNewer = newer.questions.some((q) => q.id === id) && !covered(newer.version, id);
    return {
      target: id,
      sources: {
        [older.version]: inOlder ? { op: "same", question: id } : null,
        [newer.version]: inNewer ? { op: "same", question: id } : null,
      },
    };
  };

  for (const q of newer.questions) push(declaredFor(newer.version, q.id) ?? implicit(q.id));
  // Questions of the older version not placed yet: after their predecessor in the older version.
  older.questions.forEach((q, i) => {
    const rule = declaredFor(older.version, q.id) ?? implicit(q.id);
    if (seen.has(rule.target)) return;
    const previous = older.questions[i - 1];
    const previousTarget = previous
      ? (declaredFor(older.version, previous.id) ?? implicit(previous.id)).target
      : undefined;
    const at = previousTarget === undefined ? 0 : ordered.findIndex((r) => r.target === previousTarget) + 1;
    seen.add(rule.target);
    ordered.splice(at, 0, rule);
  });
  // Declared rules whose sources are in neither version's question list still appear (validation reports them).
  for (const r of harmonisation.rules) push(r);
  return ordered;
}

/** Key of the comparison schema, e.g. `worker@2021-2025`. */
export function comparisonKey(harmonisation: Harmonisation): string {
  return instrumentKey({ id: harmonisation.instrument, version: harmonisation.versions.join("-") });
}
