import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { StatsError } from "@monitoring-social/stats";
import type { BuiltReport, BuiltSection } from "../content/block.ts";
import type { Section } from "../definition/section.ts";
import { tr } from "../messages/index.ts";
import { ReportError } from "../reportError.ts";
import type { Study } from "../study/study.ts";
import { studySourceLine } from "../study/studySourceLine.ts";
import { compareSection } from "./compareSection.ts";
import { likertSection } from "./likertSection.ts";
import { methodologySection } from "./methodologySection.ts";
import { sampleSection } from "./sampleSection.ts";
import type { SectionContext } from "./sectionContext.ts";
import { testimoniesSection } from "./testimoniesSection.ts";
import { textSection } from "./textSection.ts";
import { timeShareSection } from "./timeShareSection.ts";

/**
 * Builds one section of a report in a language (the key findings section is filled by
 * {@link buildReport}, from the other sections' headlines).
 * @throws ReportError naming the section when a statistic cannot be computed on its question.
 * @example buildSection(study, { kind: "compare", id: "services", title, questions: ["C1"] }, "nl").blocks.length
 */
export function buildSection(study: Study, section: Section, lang: Language = DEFAULT_LANGUAGE): BuiltSection {
  try {
    return buildOne({ study, lang }, section);
  } catch (e) {
    // A statistics function refusing what a section asked of it (e.g. a column of the wrong type):
    // the user's message, naming the section, rather than a stack trace.
    if (e instanceof StatsError)
      throw new ReportError("section_failed", (l) => ({ section: section.id, detail: e.messages[l] }), lang);
    throw e;
  }
}

function buildOne(ctx: SectionContext, section: Section): BuiltSection {
  const { lang } = ctx;
  switch (section.kind) {
    case "text":
      return textSection(ctx, section);
    case "sample":
      return sampleSection(ctx, section);
    case "timeShare":
      return timeShareSection(ctx, section);
    case "compare":
      return compareSection(ctx, section);
    case "likert":
      return likertSection(ctx, section);
    case "testimonies":
      return testimoniesSection(ctx, section);
    case "methodology":
      return methodologySection(ctx, section);
    case "keyFindings":
      return { id: section.id, title: section.title[lang], blocks: [], headlines: [] };
  }
}

/**
 * Builds a whole report in one language from a loaded study: every section of the definition in
 * order; the key findings section lists the headline finding of every other section, each worded
 * from its numbers (a difference that is not significant is never called a rise).
 * @example buildReport(await loadStudy(definition, { baseDir }), "fr").sections.map((s) => s.id)
 */
export function buildReport(study: Study, lang: Language = DEFAULT_LANGUAGE): BuiltReport {
  const def = study.definition;
  const built = def.sections.map((s) => buildSection(study, s, lang));
  const headlines = built.flatMap((s) => s.headlines);
  const sections = built.map((s, i) => {
    const section = def.sections[i]!;
    if (section.kind !== "keyFindings") return s;
    return {
      ...s,
      blocks: [
        ...(study.fictional ? [{ kind: "paragraph" as const, text: tr("key_findings_fictional", lang) }] : []),
        ...(section.intro ? [{ kind: "paragraph" as const, text: section.intro[lang] }] : []),
        { kind: "findings" as const, items: headlines },
        {
          kind: "paragraph" as const,
          text: tr("key_findings_reading", lang, { alpha: String(study.alpha).replace(".", ",") }),
        },
      ],
    };
  });
  return {
    id: def.id,
    lang,
    title: def.title[lang],
    ...(def.subtitle ? { subtitle: def.subtitle[lang] } : {}),
    fictional: study.fictional,
    source: studySourceLine(study, lang),
    sections,
  };
}
