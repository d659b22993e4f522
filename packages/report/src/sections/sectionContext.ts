import type { ChartFormat, CommonChartOptions } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import type { Disclosure } from "../disclosure/disclosureLedger.ts";
import type { Study } from "../study/study.ts";

/**
 * What a section builder receives: the study, the language to write in, the report's disclosure
 * control and the format to draw in.
 */
export interface SectionContext {
  readonly study: Study;
  readonly lang: Language;
  /** Asked before any count is published: the decision over the whole report (see `DisclosureLedger`). */
  readonly disclosure: Disclosure;
  /** Format every chart of the section is drawn in (see {@link chartOptions}). Default: `"page"`. */
  readonly format?: ChartFormat;
}

/**
 * The options every chart of a report shares: language, source line (fictional or not), the
 * context's format (default `page`); plus a title, subtitle and note.
 * @example chartOptions({ study, lang: "nl", format: "column" }, { title: "T" }).format // => "column"
 */
export function chartOptions(
  ctx: SectionContext,
  texts: { title: string; subtitle?: string; note?: string },
): CommonChartOptions {
  return {
    lang: ctx.lang,
    title: texts.title,
    ...(texts.subtitle ? { subtitle: texts.subtitle } : {}),
    ...(texts.note ? { note: texts.note } : {}),
    source: ctx.study.definition.source[ctx.lang],
    fictional: ctx.study.fictional,
    format: ctx.format ?? "page",
  };
}

/**
 * The comparability note of a question (harmonisation), in the context's language, or undefined
 * when the question is identical in both waves.
 */
export function comparabilityNote(ctx: SectionContext, question: string): string | undefined {
  const row = ctx.study.harmonised.comparability.find((r) => r.question === question);
  return row?.note?.[ctx.lang] || undefined;
}

/** The comparability status of a question (`identical`, `binned`, `only_one_version`…). */
export function comparabilityStatus(ctx: SectionContext, question: string): string | undefined {
  return ctx.study.harmonised.comparability.find((r) => r.question === question)?.status;
}

/** A file-safe id: `services` + `C1` → `services-c1`. */
export function blockId(...parts: readonly string[]): string {
  return parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
