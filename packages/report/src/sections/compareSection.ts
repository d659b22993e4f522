import { dumbbellChart, LOCALES, quote } from "@monitoring-social/charts";
import { indicatorColumn, isChoiceKind, isNumericKind, question } from "@monitoring-social/questionnaire";
import { compareMeans, compareMultiple, compareOrdinal } from "@monitoring-social/stats";
import type { Block, BuiltSection, Finding } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { choiceLabels, missingCodes, questionLabel, ranks, scaleCodes } from "../content/labels.ts";
import { type MeanComparisonRow, meansTable } from "../content/meansTable.ts";
import type { CompareSection } from "../definition/section.ts";
import { comparisonForms, disclosedRows, rankForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { findingInContext } from "../story/findingInContext.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { comparisonBases } from "../story/waveBases.ts";
import type { StudyComparison } from "../study/studyComparison.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { describeComparison } from "../wording/describeComparison.ts";
import { formatP } from "../wording/formatP.ts";
import { inWave } from "../wording/inWave.ts";
import {
  changeOrGap,
  compareBy,
  comparisonBlockId,
  comparisonShown,
  differenceNote,
  groupWaves,
  holmNote,
  mainComparison,
  namedGroups,
  testedRows,
  testKey,
} from "./comparisonParts.ts";
import { indicatorOf } from "./derive.ts";
import { distributionFigure } from "./distributionFigure.ts";
import {
  askedWaves,
  blockId,
  chartOptions,
  comparabilityNote,
  comparable,
  designOf,
  type SectionContext,
} from "./sectionContext.ts";
import { singleChoiceComparison } from "./singleChoiceComparison.ts";
import { meansOfWaves, sharesOfWaves, sideBySide } from "./waveParts.ts";
import { choiceColumns } from "./waveShares.ts";

type Result = { blocks: Block[]; headlines: Finding[] };

const join = (parts: readonly (string | undefined)[], lang: "fr" | "nl") =>
  parts.filter(Boolean).join(LOCALES[lang].semicolon);

/** A multiple-choice question: % of respondents per choice, dumbbell of the change, one test per choice. */
function multipleChoice(
  ctx: SectionContext,
  section: CompareSection,
  id: string,
  cmp: StudyComparison,
  figure: boolean,
): Result {
  const { study, lang } = ctx;
  const labels = choiceLabels(study.instrument, id, lang);
  const columns = choiceColumns(ctx, id);
  const raw = compareMultiple(study.design, columns, {
    ...compareBy(cmp),
    threshold: study.threshold,
  }).objects() as unknown as ShareComparisonRow[];
  const rows = namedGroups(
    ctx,
    cmp,
    disclosedRows(
      ctx.disclosure,
      testedRows(ctx, raw, (r) => testKey(section.id, cmp.id, id, r.level)),
      comparisonForms(
        (r) => ({ variable: indicatorColumn(id, r.level), codes: [true], excluded: [null], binary: true }),
        groupWaves(cmp),
      ),
    ),
  );
  const [a, b] = [cmp.groups[0].label[lang], cmp.groups[1].label[lang]];
  const title = questionLabel(study.instrument, id, lang);
  const note = join([tr("note_multiple", lang), differenceNote(cmp, lang), comparabilityNote(ctx, id)], lang);
  const fid = comparisonBlockId(ctx, cmp, section.id, id);
  const findings = rows
    .filter((r) => !r.suppressed)
    .map((r) => ({
      r,
      f: describeComparison(r, { label: labels[r.level] ?? r.level, lang, alpha: study.alpha, change: cmp.change }),
    }));
  const significant = findings
    .filter((x) => x.f.significant)
    .sort((x, y) => Math.abs(y.r.difference!) - Math.abs(x.r.difference!));
  const summary = tr(
    findings.length === 0
      ? "multiple_masked"
      : changeOrGap(cmp, significant.length === 0 ? "multiple_none" : "multiple_some"),
    lang,
    {
      k: significant.length,
      n: findings.length,
      question: title,
      a,
      b,
    },
  );
  const largest = significant[0] ? findingInContext(significant[0].f, title) : undefined;
  const headline: Finding = largest
    ? { ...largest, text: `${title} — ${largest.text}` }
    : { text: summary, significant: false, subject: title };
  const table = comparisonTable(rows, { id: fid, caption: title, labels, lang, note: holmNote(ctx, cmp) });
  return {
    blocks: [
      { kind: "paragraph", text: summary },
      ...(significant.length > 0 ? [{ kind: "findings" as const, items: significant.map((x) => x.f) }] : []),
      figure
        ? {
            kind: "figure",
            id: fid,
            chart: dumbbellChart(rows, {
              ...chartOptions(
                ctx,
                {
                  title: findingTitle(largest, title, lang),
                  subtitle: questionSubtitle({
                    lang,
                    measure: tr(changeOrGap(cmp, "subtitle_multiple"), lang, { a, b }),
                    wordings: studyQuestionAsAsked(study, id, lang, [...cmp.groups[0].waves, ...cmp.groups[1].waves]),
                    bases: comparisonBases(rows),
                  }),
                  note,
                },
                comparisonShown(ctx, cmp),
              ),
              labels,
              alpha: study.alpha,
            }),
            table,
          }
        : { kind: "table", table },
    ],
    headlines: [headline],
  };
}

/**
 * An ordinal question's distribution in every wave that asks it: one stacked bar per wave (the
 * study's order), titled with the finding of the comparison that leads the key findings when it is
 * demonstrated.
 */
function ordinalFigure(
  ctx: SectionContext,
  section: CompareSection,
  id: string,
  waves: readonly StudyWave[],
  finding: Finding | undefined,
): Block {
  const { study, lang } = ctx;
  const missing = missingCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const nsp =
    missing.length > 0
      ? tr("note_missing_excluded", lang, { answers: missing.map((c) => quote(labels[c] ?? c, lang)).join(", ") })
      : "";
  const note = join([nsp, comparabilityNote(ctx, id)], lang);
  return distributionFigure(ctx, { id, fid: blockId(section.id, id), waves, finding, ...(note ? { note } : {}) });
}

/** An ordinal question compared: the "top" share (with its test) and the whole scale (Wilcoxon–Mann–Whitney). */
function ordinal(ctx: SectionContext, section: CompareSection, id: string, cmp: StudyComparison): Result {
  const { study, lang } = ctx;
  const levels = scaleCodes(study.instrument, id);
  const missing = missingCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const rankOf = ranks(study.instrument, id);
  const whole = compareOrdinal(study.design, id, { ...compareBy(cmp), ranks: rankOf }).objects()[0] as {
    p_value: number;
    n_a: number;
    n_b: number;
    estimate_a: number;
    estimate_b: number;
  };
  const p = ctx.tests.adjust(testKey(section.id, cmp.id, id, "scale"), whole.p_value);
  // The mean ranks reveal sums of ranks: published only if that cannot expose a withheld cell.
  const wavesOf = groupWaves(cmp);
  const meansShown = [
    rankForms(wavesOf(cmp.groups[0].key), id, rankOf, whole.n_a, whole.estimate_a),
    rankForms(wavesOf(cmp.groups[1].key), id, rankOf, whole.n_b, whole.estimate_b),
  ]
    .map((f) => ctx.disclosure.publish(f.shown, f.needs))
    .every(Boolean);
  const top = section.top?.filter((c) => levels.includes(c)) ?? levels.slice(-2);
  const topLabel = tr("top_share", lang, {
    question: title,
    answers: top.map((c) => quote(labels[c] ?? c, lang)).join(tr("or", lang)),
  });
  const flagged = indicatorOf(study.harmonised.table, id, top, `top__${id}`, missing);
  const raw = compareMultiple(designOf(flagged), [`top__${id}`], {
    ...compareBy(cmp),
    threshold: study.threshold,
  }).objects() as unknown as ShareComparisonRow[];
  const topRow = namedGroups(
    ctx,
    cmp,
    disclosedRows(
      ctx.disclosure,
      testedRows(ctx, raw, () => testKey(section.id, cmp.id, id, "top")),
      comparisonForms(() => ({ variable: id, codes: top, excluded: [null, ...missing], binary: true }), wavesOf),
    ),
  )[0]!;
  const finding = describeComparison(topRow, { label: topLabel, lang, alpha: study.alpha, change: cmp.change });
  const scaleSentence = tr(meansShown ? changeOrGap(cmp, "ordinal_test") : "ordinal_test_masked", lang, {
    question: title,
    a: cmp.groups[0].label[lang],
    b: cmp.groups[1].label[lang],
    in_a: inWave(cmp.groups[0].label[lang], lang),
    in_b: inWave(cmp.groups[1].label[lang], lang),
    mean_a: whole.estimate_a.toFixed(2).replace(".", ","),
    mean_b: whole.estimate_b.toFixed(2).replace(".", ","),
    p: formatP(p, lang, { adjusted: p !== null }),
  });
  return {
    blocks: [
      { kind: "findings", items: [finding] },
      { kind: "paragraph", text: scaleSentence },
    ],
    headlines: [finding],
  };
}

/** A numeric question: means per group, Welch's t test (a pooled group: the design's t test). */
function numeric(ctx: SectionContext, section: CompareSection, id: string, cmp: StudyComparison): Result {
  const { study, lang } = ctx;
  const title = questionLabel(study.instrument, id, lang);
  const raw = compareMeans(study.design, id, compareBy(cmp)).objects()[0] as unknown as MeanComparisonRow;
  const adjusted = ctx.tests.adjust(testKey(section.id, cmp.id, id, "mean"), raw.p_value);
  const row = namedGroups(ctx, cmp, [{ ...raw, p_value: adjusted }])[0]!;
  const finding = describeComparison(
    { ...row, p_adjusted: adjusted, suppressed: row.n_a < study.threshold || row.n_b < study.threshold },
    { label: tr("mean_of", lang, { question: title }), lang, alpha: study.alpha, scale: "mean", change: cmp.change },
  );
  return {
    blocks: [
      { kind: "findings", items: [finding] },
      {
        kind: "table",
        table: meansTable([row], {
          id: comparisonBlockId(ctx, cmp, section.id, id),
          caption: title,
          labels: { [id]: title },
          lang,
          threshold: study.threshold,
          adjusted: true,
        }),
      },
    ],
    headlines: [finding],
  };
}

/** The parts of one question: per wave without comparison, or side by side and each comparison with its test. */
function questionParts(ctx: SectionContext, section: CompareSection, id: string): Result {
  const { study, lang } = ctx;
  const q = question(study.instrument, id);
  const asked = askedWaves(ctx, id).filter((w) => !w.reference);
  if (asked.length === 0)
    return {
      blocks: [
        { kind: "paragraph", text: tr("not_asked", lang, { question: questionLabel(study.instrument, id, lang) }) },
      ],
      headlines: [],
    };
  const comparisons = study.comparisons.filter((c) =>
    comparable(ctx, id, [...c.groups[0].waves, ...c.groups[1].waves]),
  );
  if (comparisons.length === 0)
    return isNumericKind(q.kind) ? meansOfWaves(ctx, id, asked) : sharesOfWaves(ctx, section.id, id, asked);
  const blocks: Block[] = [];
  const headlines: Finding[] = [];
  const main = mainComparison(ctx);
  const lead = main !== undefined && comparisons.includes(main) ? main : comparisons[0];
  const several = comparisons.length > 1;
  if (q.kind !== "ordinal") {
    // Several communes in a year: side by side, and pooled.
    for (const year of study.years) {
      const ofYear = asked.filter((w) => w.year === year);
      if (ofYear.length >= 2) blocks.push(...sideBySide(ctx, section.id, id, year, ofYear));
    }
  }
  const parts: Block[] = [];
  for (const cmp of comparisons) {
    const figure = cmp.kind !== "others";
    const r =
      q.kind === "multiple"
        ? multipleChoice(ctx, section, id, cmp, figure)
        : q.kind === "ordinal"
          ? ordinal(ctx, section, id, cmp)
          : isChoiceKind(q.kind)
            ? {
                blocks: singleChoiceComparison(ctx, section.id, id, "distribution_test", cmp, { figure }),
                headlines: [],
              }
            : numeric(ctx, section, id, cmp);
    if (several) parts.push({ kind: "heading", text: cmp.title[lang] });
    parts.push(...r.blocks);
    if (cmp === lead) headlines.push(...r.headlines);
  }
  // An ordinal question: one stacked distribution of every wave compared (after its only
  // comparison's findings, or before the comparisons when there are several), titled with the
  // lead comparison's finding.
  const stacked =
    q.kind === "ordinal"
      ? ordinalFigure(
          ctx,
          section,
          id,
          study.waves.filter((w) =>
            comparisons.some((c) => [...c.groups[0].waves, ...c.groups[1].waves].includes(w.key)),
          ),
          headlines[0],
        )
      : undefined;
  if (stacked && several) blocks.push(stacked);
  blocks.push(...parts);
  if (stacked && !several) blocks.push(stacked);
  return { blocks, headlines };
}

/**
 * Builds a `compare` section: each question with the chart, test and wording its kind calls for,
 * for each comparison of the study (multiple choice → dumbbell; ordinal → stacked distribution of
 * every wave + Wilcoxon + "top" share; single choice → grouped bars; numbers → means and Welch);
 * several communes of a year side by side on one scale with the communes pooled; a study without
 * comparison (one wave) or a question asked in one wave: that wave's shares with their intervals.
 * Every p-value is adjusted by Holm over the whole report.
 * @example compareSection({ study, lang: "fr" }, { kind: "compare", id: "services", title, questions: ["C1"] })
 */
export function compareSection(ctx: SectionContext, section: CompareSection): BuiltSection {
  const blocks: Block[] = [];
  const headlines: Finding[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[ctx.lang] });
  for (const id of section.questions) {
    const r = questionParts(ctx, section, id);
    if (section.questions.length > 1)
      blocks.push({ kind: "heading", text: questionLabel(ctx.study.instrument, id, ctx.lang) });
    blocks.push(...r.blocks);
    headlines.push(...r.headlines);
  }
  return { id: section.id, title: section.title[ctx.lang], blocks, headlines };
}
