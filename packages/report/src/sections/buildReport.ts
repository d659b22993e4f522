import type { ChartFormat, ChartSpec } from "@monitoring-social/charts";
import { listText } from "@monitoring-social/charts";
import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { StatsError } from "@monitoring-social/stats";
import { type TestAdjustment, TestLedger } from "../adjustment/testFamily.ts";
import type { Block, BuiltReport, BuiltSection, Finding } from "../content/block.ts";
import type { Section } from "../definition/section.ts";
import { type DisclosureDecision, DisclosureLedger } from "../disclosure/disclosureLedger.ts";
import { tr } from "../messages/index.ts";
import { ReportError } from "../reportError.ts";
import { keyFindings } from "../story/keyFindings.ts";
import type { Study } from "../study/study.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import { communeText } from "../study/studyCommune.ts";
import { studySourceLine } from "../study/studySourceLine.ts";
import { compareSection } from "./compareSection.ts";
import { mainComparison } from "./comparisonParts.ts";
import { likertSection } from "./likertSection.ts";
import { methodologySection } from "./methodologySection.ts";
import { sampleSection, tooSmallWarning } from "./sampleSection.ts";
import type { SectionContext } from "./sectionContext.ts";
import { testimoniesSection } from "./testimoniesSection.ts";
import { textSection } from "./textSection.ts";
import { timeShareSection } from "./timeShareSection.ts";

/** Options of {@link buildSection}. */
export interface BuildSectionOptions {
  /** Format every chart of the section is drawn in. Default: `"page"`. */
  readonly format?: ChartFormat;
}

/** Options of {@link buildReport}. */
export interface BuildReportOptions extends BuildSectionOptions {
  /**
   * Format of a second drawing of every chart, for narrow screens (phones; the page shows it below
   * a breakpoint): each section that draws a chart is built once more in this format and each of
   * its figures gets the matching chart as `narrow`, paired by figure id. Default: none (one drawing).
   */
  readonly narrowFormat?: ChartFormat;
}

/**
 * Builds one section of a report in a language (the key findings section is filled by
 * {@link buildReport}, from the other sections' headlines), its charts drawn in `options.format`.
 * @throws ReportError naming the section when a statistic cannot be computed on its question.
 * @example buildSection(study, { kind: "compare", id: "services", title, questions: ["C1"] }, "nl").blocks.length
 */
export function buildSection(
  study: Study,
  section: Section,
  lang: Language = DEFAULT_LANGUAGE,
  options: BuildSectionOptions = {},
): BuiltSection {
  const format = options.format ? { format: options.format } : {};
  // The definition's own section (as the study holds it, its French texts typeset) when it is one.
  const own = ofDefinition(study, section) ?? section;
  const { disclosure, tests } = reportDecisions(study, own);
  return guarded(own, lang, () => buildOne({ study, lang, disclosure, tests, ...format }, own));
}

/** Runs a section builder; a statistics function refusing what it asked becomes a ReportError naming the section. */
function guarded<T>(section: Section, lang: Language, build: () => T): T {
  try {
    return build();
  } catch (e) {
    // E.g. a column of the wrong type: the user's message, naming the section, rather than a stack trace.
    if (e instanceof StatsError)
      throw new ReportError("section_failed", (l) => ({ section: section.id, detail: e.messages[l] }), lang);
    throw e;
  }
}

/** What a report decides over all its sections before it is written: what to withhold, and every p-value adjusted. */
export interface ReportDecisions {
  /** The disclosure control over every number published. */
  readonly disclosure: DisclosureDecision;
  /** Holm's adjustment over every test published (one family: the whole report). */
  readonly tests: TestAdjustment;
}

const decisions = new WeakMap<Study, Map<Section | undefined, ReportDecisions>>();

/**
 * The study's section that `section` is: itself, or the definition's section of the same id and
 * kind (a notebook may pass the section of the definition it imported, before `loadStudy` typeset
 * its French texts). Undefined for a section of its own (not in the definition).
 */
function ofDefinition(study: Study, section: Section): Section | undefined {
  return study.definition.sections.find((s) => s === section || (s.id === section.id && s.kind === section.kind));
}

/**
 * The decisions of a study's report, taken once over everything the report publishes: each section
 * of the definition is built a first time to record its counts and its tests, then a
 * {@link DisclosureLedger} decides what to withhold (below the threshold, and whatever would let a
 * reader recompute it) and a {@link TestLedger} adjusts every p-value by Holm's method over all the
 * tests of the report. A section that is not in the definition (a notebook's own) is decided
 * together with the report's sections, so that it cannot undo their protection.
 * @example reportDecisions(study).tests.size // => 187
 */
export function reportDecisions(study: Study, extra?: Section): ReportDecisions {
  const own = extra === undefined || ofDefinition(study, extra) !== undefined ? undefined : extra;
  const memo = decisions.get(study) ?? new Map<Section | undefined, ReportDecisions>();
  decisions.set(study, memo);
  const known = memo.get(own);
  if (known) return known;
  const ledger = new DisclosureLedger();
  const tests = new TestLedger();
  for (const s of own ? [...study.definition.sections, own] : study.definition.sections)
    guarded(s, DEFAULT_LANGUAGE, () => buildOne({ study, lang: DEFAULT_LANGUAGE, disclosure: ledger, tests }, s));
  const decided = {
    disclosure: ledger.decide(study.harmonised.table, study.threshold, STUDY_WAVE_COLUMN),
    tests: tests.decide(),
  };
  memo.set(own, decided);
  return decided;
}

/**
 * The disclosure control of a study's report, decided once over every number the report publishes
 * (see {@link reportDecisions}).
 * @example reportDisclosure(study).withheld // => { primary: 12, complementary: 9 }
 */
export function reportDisclosure(study: Study, extra?: Section): DisclosureDecision {
  return reportDecisions(study, extra).disclosure;
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

const figuresOf = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === "figure" ? [b] : []));

/**
 * Gives each figure of a section its narrow chart, taken from the same section drawn in the narrow
 * format. Both drawings come from the same data, so they have the same figures: a figure missing
 * from either is a defect of the section builder, reported rather than published half-drawn.
 */
function pairNarrow(wide: BuiltSection, narrow: BuiltSection): BuiltSection {
  const charts = new Map<string, ChartSpec>(figuresOf(narrow.blocks).map((b) => [b.id, b.chart]));
  const ids = figuresOf(wide.blocks).map((b) => b.id);
  const unpaired = [...ids.filter((id) => !charts.has(id)), ...[...charts.keys()].filter((id) => !ids.includes(id))];
  if (unpaired.length > 0)
    throw new Error(`buildReport: section « ${wide.id} » draws different figures per format (${unpaired.join(", ")})`);
  return {
    ...wide,
    blocks: wide.blocks.map((b) => (b.kind === "figure" ? { ...b, narrow: charts.get(b.id)! } : b)),
  };
}

/**
 * The key findings of a report: with comparisons, the largest demonstrated ones of the comparison
 * the sections' headlines come from ({@link mainComparison}), worded as changes or as gaps
 * (`keyFindings`); without comparison (one wave), the sections' descriptive headlines as they are.
 */
function leadFindings(study: Study, lang: Language, headlines: readonly Finding[]): Block[] {
  const main = mainComparison({ study });
  if (!main) return headlines.length > 0 ? [{ kind: "findings", items: [...headlines] }] : [];
  return keyFindings(headlines, {
    lang,
    waves: [main.groups[0].label[lang], main.groups[1].label[lang]],
    change: main.change,
  });
}

/**
 * Builds a whole report in one language from a loaded study: every section of the definition in
 * order; the key findings section lists the largest demonstrated changes among the headline findings
 * of the other sections, in plain sentences (`keyFindings`; a difference that is not significant is
 * never called a rise). Charts are drawn
 * in `options.format` and, with `options.narrowFormat`, once more for narrow screens (each section
 * with a figure is then built twice: its statistics are computed twice).
 * @example buildReport(await loadStudy(definition, { baseDir }), "fr").sections.map((s) => s.id)
 * @example buildReport(study, "fr", { narrowFormat: "column" }).sections[3]?.blocks.find((b) => b.kind === "figure")?.narrow?.meta.format // => "column"
 */
export function buildReport(
  study: Study,
  lang: Language = DEFAULT_LANGUAGE,
  options: BuildReportOptions = {},
): BuiltReport {
  const def = study.definition;
  const { disclosure, tests } = reportDecisions(study);
  const draw = (s: Section, format: ChartFormat | undefined) =>
    guarded(s, lang, () => buildOne({ study, lang, disclosure, tests, ...(format ? { format } : {}) }, s));
  const built = def.sections.map((s) => {
    const wide = draw(s, options.format);
    if (!options.narrowFormat || figuresOf(wide.blocks).length === 0) return wide;
    return pairNarrow(wide, draw(s, options.narrowFormat));
  });
  const headlines = built.flatMap((s) => s.headlines);
  const fictionalReference = study.waves.find((w) => w.reference && w.fictional);
  const sections = built.map((s, i) => {
    const section = def.sections[i]!;
    if (section.kind !== "keyFindings") return s;
    return {
      ...s,
      blocks: [
        ...(study.fictional ? [{ kind: "paragraph" as const, text: tr("key_findings_fictional", lang) }] : []),
        // Real data compared with a fictional reference: those comparisons are no result either.
        ...(!study.fictional && fictionalReference
          ? [
              {
                kind: "paragraph" as const,
                text: tr("key_findings_fictional_reference", lang, {
                  reference: communeText(fictionalReference.place, lang),
                }),
              },
            ]
          : []),
        ...(study.tooSmall.length > 0
          ? [{ kind: "paragraph" as const, text: tooSmallWarning({ study, lang, disclosure, tests }) }]
          : []),
        ...(section.intro ? [{ kind: "paragraph" as const, text: section.intro[lang] }] : []),
        ...leadFindings(study, lang, headlines),
        {
          kind: "paragraph" as const,
          // The reading rule of the comparisons the study makes: changes over time, gaps between
          // places, or both; a one-wave study makes none.
          text: tr(readingRule(study), lang, { alpha: String(study.alpha).replace(".", ",") }),
        },
      ],
    };
  });
  return {
    id: def.id,
    lang,
    title: def.title[lang],
    ...(def.subtitle ? { subtitle: def.subtitle[lang] } : {}),
    scope: tr("report_scope", lang, {
      communes: listText(
        study.communes.map((c) => communeText(c, lang)),
        lang,
      ),
      years: listText(study.years, lang),
    }),
    fictional: study.fictional,
    source: studySourceLine(study, lang),
    sections,
  };
}

/** Which reading rule the key findings state: for changes, for gaps, for both, or none to state. */
function readingRule(
  study: Study,
): "key_findings_reading" | "key_findings_reading_gap" | "key_findings_reading_both" | "key_findings_reading_none" {
  const change = study.comparisons.some((c) => c.change);
  const gap = study.comparisons.some((c) => !c.change);
  return change && gap
    ? "key_findings_reading_both"
    : gap
      ? "key_findings_reading_gap"
      : change
        ? "key_findings_reading"
        : "key_findings_reading_none";
}
