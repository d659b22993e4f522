import type { Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import type { StudyComparison, StudyGroup } from "../study/studyComparison.ts";
import { blockId, type SectionContext } from "./sectionContext.ts";

/**
 * The options a stats comparison (`compareProportions`, `compareMultiple`, `compareOrdinal`,
 * `compareMeans`, `compareBattery`) takes for a study's comparison: the column of its groups and
 * the two groups, first then second; the other rows stay in the design (strata, degrees of freedom).
 * @example compareBy(study.comparisons[0]!) // => { by: "vague_etude", groups: ["2021", "2025"] }
 */
export function compareBy(cmp: StudyComparison): { readonly by: string; readonly groups: readonly [string, string] } {
  return { by: cmp.column, groups: [cmp.groups[0].key, cmp.groups[1].key] };
}

/** The waves of each group of a comparison, for the disclosure forms (one wave, or the pooled ones). */
export function groupWaves(cmp: StudyComparison): (group: string) => string | readonly string[] {
  return (key) => {
    const g = cmp.groups.find((x) => x.key === key);
    if (!g) return key;
    return g.waves.length === 1 ? g.waves[0]! : g.waves;
  };
}

/** The stable key of a test in the report's family: section, comparison, question, answer, what is tested. */
export function testKey(...parts: readonly (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined).join("|");
}

/**
 * Rows of a comparison with their p-values adjusted over the whole report (`p_adjusted`, Holm over
 * every test the report publishes), each row's test asked of the context's family by `key`; rows
 * sharing a test (the two answers of a yes/no question) give the same key. Pure.
 */
export function testedRows<T extends { readonly p_value?: number | null; readonly p_adjusted?: number | null }>(
  ctx: SectionContext,
  rows: readonly T[],
  key: (row: T) => string,
): T[] {
  return rows.map((r) => ({ ...r, p_adjusted: ctx.tests.adjust(key(r), r.p_value ?? null) }));
}

/** Rows of a comparison with their groups named as the report names them (`group_a`, `group_b`). Pure. */
export function namedGroups<T extends { readonly group_a: string; readonly group_b: string }>(
  ctx: SectionContext,
  cmp: StudyComparison,
  rows: readonly T[],
): T[] {
  const label = (key: string) => cmp.groups.find((g) => g.key === key)?.label[ctx.lang] ?? key;
  return rows.map((r) => ({ ...r, group_a: label(r.group_a), group_b: label(r.group_b) }));
}

/**
 * What a comparison's chart shows, for `chartOptions`: its groups (a fictional one labels the
 * figure « Données fictives ») and, for a change over time, the study's waves of that commune, so
 * that each wave keeps its colour in every chart; two places take the two colours of a comparison.
 */
export function comparisonShown(
  ctx: SectionContext,
  cmp: StudyComparison,
): { readonly groups: readonly StudyGroup[]; readonly waves?: readonly string[] } {
  if (!cmp.change) return { groups: cmp.groups };
  const commune = ctx.study.waves.find((w) => w.key === cmp.groups[1].key)?.place.postcode;
  const waves = ctx.study.waves
    .filter((w) => !w.reference && w.place.postcode === commune)
    .sort((a, b) => a.year.localeCompare(b.year))
    .map((w) => w.label[ctx.lang]);
  return { groups: cmp.groups, waves };
}

/**
 * The id of a figure or table of a comparison: the section and question, and the comparison's id
 * when the study has more than one comparison (`services-c1`, `services-c1-2021-2023`).
 */
export function comparisonBlockId(ctx: SectionContext, cmp: StudyComparison, ...parts: readonly string[]): string {
  return ctx.study.comparisons.length > 1 ? blockId(...parts, cmp.id) : blockId(...parts);
}

/**
 * The comparison whose findings go to the key findings: the whole period of the report's commune
 * (first wave against last), else its latest change, else the first comparison of the study.
 */
export function mainComparison(ctx: Pick<SectionContext, "study">): StudyComparison | undefined {
  const cs = ctx.study.comparisons;
  const first = ctx.study.communes[0]?.postcode;
  const mine = (c: StudyComparison) => ctx.study.waves.find((w) => w.key === c.groups[1].key)?.place.postcode === first;
  return (
    cs.find((c) => c.kind === "period" && mine(c)) ??
    cs.filter((c) => c.kind === "consecutive" && mine(c)).at(-1) ??
    cs.find((c) => c.change) ??
    cs[0]
  );
}

/** Message code of a sentence, its « gap » variant (two places) when the comparison is not a change. */
export function changeOrGap<C extends string>(cmp: StudyComparison, code: C): C | `${C}_gap` {
  return cmp.change ? code : `${code}_gap`;
}

/** The note of a comparison table: how the difference is estimated and tested, Holm over the report. */
export function holmNote(ctx: SectionContext, cmp: StudyComparison): string {
  return tr(cmp.separate ? "note_holm" : "note_holm_design", ctx.lang, { m: ctx.tests.size });
}

/** The note that names the interval of each difference in a chart. */
export function differenceNote(cmp: StudyComparison, lang: Language): string {
  return tr(cmp.separate ? "note_newcombe" : "note_design_difference", lang);
}

/** The wave column of the study's table (`by` of per-wave estimates). */
export const WAVES_BY = STUDY_WAVE_COLUMN;
