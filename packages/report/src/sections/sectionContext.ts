import type { ChartFormat, CommonChartOptions } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import { type SurveyDesign, surveyDesign } from "@monitoring-social/stats";
import type { ColumnTable } from "arquero";
import type { TestFamily } from "../adjustment/testFamily.ts";
import type { Disclosure } from "../disclosure/disclosureLedger.ts";
import { tr } from "../messages/index.ts";
import type { Study } from "../study/study.ts";
import { STUDY_STRATA } from "../study/studyColumns.ts";
import type { StudyGroup } from "../study/studyComparison.ts";
import { studySourceText } from "../study/studySourceLine.ts";
import type { StudyWave } from "../study/studyWave.ts";

/**
 * What a section builder receives: the study, the language to write in, the report's disclosure
 * control and test family, and the format to draw in.
 */
export interface SectionContext {
  readonly study: Study;
  readonly lang: Language;
  /** Asked before any count is published: the decision over the whole report (see `DisclosureLedger`). */
  readonly disclosure: Disclosure;
  /** Asked for every p-value published: adjusted by Holm over every test of the report (see `TestLedger`). */
  readonly tests: TestFamily;
  /** Format every chart of the section is drawn in (see {@link chartOptions}). Default: `"page"`. */
  readonly format?: ChartFormat;
}

/**
 * The options every chart of a report shares: language, source line (the study's, naming its
 * communes; fictional when a wave it shows is — a reference study's waves included), the context's
 * format (default `page`); plus a title, subtitle and note, and the study's waves it draws (each
 * keeps its colour).
 * @example chartOptions({ study, lang: "nl", format: "column" }, { title: "T" }).format // => "column"
 */
export function chartOptions(
  ctx: SectionContext,
  texts: { title: string; subtitle?: string; note?: string },
  shown: { readonly groups?: readonly StudyGroup[]; readonly waves?: readonly string[] } = {},
): CommonChartOptions {
  const fictional = ctx.study.fictional || (shown.groups ?? []).some((g) => g.fictional);
  return {
    lang: ctx.lang,
    title: texts.title,
    ...(texts.subtitle ? { subtitle: texts.subtitle } : {}),
    ...(texts.note ? { note: texts.note } : {}),
    source: studySourceText(ctx.study, ctx.lang),
    fictional,
    format: ctx.format ?? "page",
    ...(shown.waves && shown.waves.length > 0 ? { waves: shown.waves } : {}),
  };
}

/**
 * The study's design over a derived table (an indicator added, one wave kept…): the same strata,
 * wave × commune, so that a pooled group is estimated through them.
 * @example designOf(yesNoOf(study.harmonised.table, "B1", above, "above"))
 */
export function designOf(table: ColumnTable): SurveyDesign {
  return surveyDesign(table, { strata: [...STUDY_STRATA] });
}

/** A wave of the study by its key. */
export function waveOf(ctx: SectionContext, key: string): StudyWave | undefined {
  return ctx.study.waves.find((w) => w.key === key);
}

/** How the report names a wave (its label in the context's language), or the key itself. */
export function waveLabel(ctx: SectionContext, key: string): string {
  return waveOf(ctx, key)?.label[ctx.lang] ?? key;
}

/**
 * The comparability note of a question (harmonisation) for the waves a part of the report shows,
 * in the context's language, or undefined when it is identical in all of them. A question asked in
 * some of the study's waves only says in which (« Question posée seulement en 2025 : … »).
 */
export function comparabilityNote(ctx: SectionContext, question: string): string | undefined {
  const row = ctx.study.harmonised.comparability.find((r) => r.question === question);
  if (!row) return undefined;
  const asked = askedWaves(ctx, question);
  const own = ctx.study.waves.filter((w) => !w.reference);
  const ownAsked = asked.filter((w) => !w.reference);
  if (ownAsked.length < own.length && own.length > 1) {
    const list = ownAsked.map((w) => w.label[ctx.lang]);
    const waves =
      list.length <= 1 ? (list[0] ?? "—") : `${list.slice(0, -1).join(", ")}${tr("and", ctx.lang)}${list.at(-1)}`;
    return tr(ownAsked.length <= 1 ? "note_asked_one_wave" : "note_asked_some_waves", ctx.lang, { waves });
  }
  if (row.status === "only_one_version" || row.status === "not_asked") return undefined;
  return row.note?.[ctx.lang] || undefined;
}

/** The comparability status of a question (`identical`, `binned`, `only_one_version`…). */
export function comparabilityStatus(ctx: SectionContext, question: string): string | undefined {
  return ctx.study.harmonised.comparability.find((r) => r.question === question)?.status;
}

/**
 * The study's waves that ask a question in a comparable form: those whose instrument version asks
 * it (a question `not_comparable` across versions is comparable within one version only).
 */
export function askedWaves(ctx: SectionContext, question: string): StudyWave[] {
  const row = ctx.study.harmonised.comparability.find((r) => r.question === question);
  if (!row) return [...ctx.study.waves];
  return ctx.study.waves.filter((w) => row.versions.includes(w.instrument.version));
}

/**
 * Whether two groups of a comparison may be compared on a question: every wave of both asks it, in
 * the same version when the versions measure it differently.
 */
export function comparable(ctx: SectionContext, question: string, waves: readonly string[]): boolean {
  const asked = new Set(askedWaves(ctx, question).map((w) => w.key));
  if (!waves.every((k) => asked.has(k))) return false;
  if (comparabilityStatus(ctx, question) !== "not_comparable") return true;
  return new Set(waves.map((k) => waveOf(ctx, k)?.instrument.version)).size === 1;
}

/** A file-safe id: `services` + `C1` → `services-c1`. */
export function blockId(...parts: readonly string[]): string {
  return parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
