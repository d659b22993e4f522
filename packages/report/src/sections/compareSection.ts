import { dumbbellChart, formatNumber, LOCALES, quote, stackedShareChart } from "@monitoring-social/charts";
import { indicatorColumn, isChoiceKind, isNumericKind, question } from "@monitoring-social/questionnaire";
import {
  compareMeans,
  compareMultiple,
  compareOrdinal,
  mean,
  multipleResponse,
  proportion,
  surveyDesign,
} from "@monitoring-social/stats";
import type { Block, BuiltSection, Finding } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { distributionTable, type ShareRow } from "../content/distributionTable.ts";
import { choiceLabels, isCentredScale, missingCodes, questionLabel, ranks, scaleCodes } from "../content/labels.ts";
import { type MeanComparisonRow, meansTable } from "../content/meansTable.ts";
import type { CompareSection } from "../definition/section.ts";
import { choiceForms, comparisonForms, disclosedRows, rankForms, shareForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { findingInContext } from "../story/findingInContext.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { comparisonBases, distributionBases } from "../story/waveBases.ts";
import { describeComparison } from "../wording/describeComparison.ts";
import { formatP } from "../wording/formatP.ts";
import { indicatorOf } from "./derive.ts";
import {
  blockId,
  chartOptions,
  comparabilityNote,
  comparabilityStatus,
  type SectionContext,
} from "./sectionContext.ts";
import { singleChoiceComparison } from "./singleChoiceComparison.ts";

type Result = { blocks: Block[]; headlines: Finding[] };

/** A multiple-choice question: % of respondents per choice, dumbbell of the change, one test per choice (Holm). */
function multipleChoice(ctx: SectionContext, section: CompareSection, id: string): Result {
  const { study, lang } = ctx;
  const labels = choiceLabels(study.instrument, id, lang);
  const columns = scaleCodes(study.instrument, id)
    .map((c) => indicatorColumn(id, c))
    .filter((c) => study.harmonised.table.columnNames().includes(c));
  const rows = disclosedRows(
    ctx.disclosure,
    compareMultiple(study.design, columns, {
      by: "vague",
      threshold: study.threshold,
    }).objects() as unknown as ShareComparisonRow[],
    comparisonForms((r) => ({ variable: indicatorColumn(id, r.level), codes: [true], excluded: [null], binary: true })),
  );
  const title = questionLabel(study.instrument, id, lang);
  const note = [tr("note_multiple", lang), tr("note_newcombe", lang), comparabilityNote(ctx, id)]
    .filter(Boolean)
    .join(LOCALES[lang].semicolon);
  const fid = blockId(section.id, id);
  const findings = rows
    .filter((r) => !r.suppressed)
    .map((r) => ({ r, f: describeComparison(r, { label: labels[r.level] ?? r.level, lang, alpha: study.alpha }) }));
  const significant = findings
    .filter((x) => x.f.significant)
    .sort((x, y) => Math.abs(y.r.difference!) - Math.abs(x.r.difference!));
  const summary = tr(significant.length === 0 ? "multiple_none" : "multiple_some", lang, {
    k: significant.length,
    n: findings.length,
    question: title,
  });
  const largest = significant[0] ? findingInContext(significant[0].f, title) : undefined;
  const chart = dumbbellChart(rows, {
    ...chartOptions(ctx, {
      title: findingTitle(largest, title, lang),
      subtitle: questionSubtitle({
        lang,
        measure: tr("subtitle_multiple", lang, { a: study.years[0], b: study.years[1] }),
        wordings: studyQuestionAsAsked(study, id, lang),
        bases: comparisonBases(rows),
      }),
      note,
    }),
    labels,
    alpha: study.alpha,
  });
  const headline = largest
    ? { ...largest, text: `${title} — ${largest.text}` }
    : { text: summary, significant: false, subject: title };
  return {
    blocks: [
      { kind: "paragraph", text: summary },
      ...(significant.length > 0 ? [{ kind: "findings" as const, items: significant.map((x) => x.f) }] : []),
      {
        kind: "figure",
        id: fid,
        chart,
        table: comparisonTable(rows, { id: fid, caption: title, labels, lang, note: tr("note_holm", lang) }),
      },
    ],
    headlines: [headline],
  };
}

/** An ordinal question: stacked distribution per wave, Wilcoxon on the whole scale, the "top" share compared. */
function ordinal(ctx: SectionContext, section: CompareSection, id: string): Result {
  const { study, lang } = ctx;
  const levels = scaleCodes(study.instrument, id);
  const missing = missingCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const dist = disclosedRows(
    ctx.disclosure,
    proportion(study.design, id, {
      by: "vague",
      levels,
      missingCodes: missing,
      threshold: study.threshold,
    }).objects() as unknown as ShareRow[],
    shareForms(id, [null, ...missing]),
  );
  const rankOf = ranks(study.instrument, id);
  const whole = compareOrdinal(study.design, id, { by: "vague", ranks: rankOf }).objects()[0] as {
    p_value: number;
    n_a: number;
    n_b: number;
    estimate_a: number;
    estimate_b: number;
  };
  // The mean ranks reveal sums of ranks: published only if that cannot expose a withheld cell.
  const meansShown = [
    rankForms(study.years[0], id, rankOf, whole.n_a, whole.estimate_a),
    rankForms(study.years[1], id, rankOf, whole.n_b, whole.estimate_b),
  ]
    .map((f) => ctx.disclosure.publish(f.shown, f.needs))
    .every(Boolean);
  const top = section.top?.filter((c) => levels.includes(c)) ?? levels.slice(-2);
  const topLabel = tr("top_share", lang, {
    question: title,
    answers: top.map((c) => quote(labels[c] ?? c, lang)).join(tr("or", lang)),
  });
  const flagged = indicatorOf(study.harmonised.table, id, top, `top__${id}`, missing);
  const topRow = disclosedRows(
    ctx.disclosure,
    compareMultiple(surveyDesign(flagged), [`top__${id}`], {
      by: "vague",
      threshold: study.threshold,
    }).objects() as unknown as ShareComparisonRow[],
    comparisonForms(() => ({ variable: id, codes: top, excluded: [null, ...missing], binary: true })),
  )[0]!;
  const finding = describeComparison(topRow, { label: topLabel, lang, alpha: study.alpha });
  const nsp =
    missing.length > 0
      ? tr("note_missing_excluded", lang, { answers: missing.map((c) => quote(labels[c] ?? c, lang)).join(", ") })
      : "";
  const note = [nsp, comparabilityNote(ctx, id)].filter(Boolean).join(LOCALES[lang].semicolon);
  const fid = blockId(section.id, id);
  const chart = stackedShareChart(dist as never, {
    ...chartOptions(ctx, {
      title: findingTitle(finding, title, lang),
      subtitle: questionSubtitle({
        lang,
        measure: tr("subtitle_distribution", lang),
        wordings: studyQuestionAsAsked(study, id, lang),
        bases: distributionBases(dist, "vague"),
      }),
      ...(note ? { note } : {}),
    }),
    by: "vague",
    levels,
    labels,
    // A scale centred on a neutral answer (decrease → increase) diverges around it.
    scale: isCentredScale(study.instrument, id) ? "diverging" : "sequential",
  });
  const scaleSentence = tr(meansShown ? "ordinal_test" : "ordinal_test_masked", lang, {
    question: title,
    a: study.years[0],
    b: study.years[1],
    mean_a: whole.estimate_a.toFixed(2).replace(".", ","),
    mean_b: whole.estimate_b.toFixed(2).replace(".", ","),
    p: formatP(whole.p_value, lang),
  });
  return {
    blocks: [
      { kind: "findings", items: [finding] },
      { kind: "paragraph", text: scaleSentence },
      {
        kind: "figure",
        id: fid,
        chart,
        table: distributionTable(dist, { id: fid, caption: title, by: "vague", levels, labels, lang }),
      },
    ],
    headlines: [finding],
  };
}

/** A single-choice question: grouped bars per wave, one test per answer (Holm) and one of the whole distribution. */
function singleChoice(ctx: SectionContext, section: CompareSection, id: string): Result {
  return { blocks: singleChoiceComparison(ctx, section.id, id, "distribution_test"), headlines: [] };
}

/** A numeric question: means per wave, Welch's t test. */
function numeric(ctx: SectionContext, section: CompareSection, id: string): Result {
  const { study, lang } = ctx;
  const title = questionLabel(study.instrument, id, lang);
  const row = compareMeans(study.design, id, { by: "vague" }).objects()[0] as unknown as MeanComparisonRow;
  const finding = describeComparison(
    { ...row, suppressed: row.n_a < study.threshold || row.n_b < study.threshold },
    { label: tr("mean_of", lang, { question: title }), lang, alpha: study.alpha, scale: "mean" },
  );
  return {
    blocks: [
      { kind: "findings", items: [finding] },
      {
        kind: "table",
        table: meansTable([row], {
          id: blockId(section.id, id),
          caption: title,
          labels: { [id]: title },
          lang,
          threshold: study.threshold,
        }),
      },
    ],
    headlines: [finding],
  };
}

/** A question asked in one wave only: that wave's figures, and the note that nothing is compared. */
function oneWave(ctx: SectionContext, section: CompareSection, id: string): Result {
  const { study, lang } = ctx;
  const q = question(study.instrument, id);
  const title = questionLabel(study.instrument, id, lang);
  const note = comparabilityNote(ctx, id) ?? "";
  const levels = isChoiceKind(q.kind) ? scaleCodes(study.instrument, id) : [];
  const columns = q.kind === "multiple" ? levels.map((c) => indicatorColumn(id, c)) : [id];
  const table = study.harmonised.table;
  const vague = table.array("vague") as readonly string[];
  const answered = new Set<string>();
  for (const c of columns.filter((c) => table.columnNames().includes(c)))
    (table.array(c) as readonly unknown[]).forEach((v, i) => {
      if (v !== null && v !== undefined) answered.add(vague[i]!);
    });
  const year = study.years.find((y) => answered.has(y)) ?? study.years[1];
  const ofYear = (rows: object[]) => rows.filter((r) => (r as { vague?: unknown }).vague === year);
  const fid = blockId(section.id, id);
  if (isNumericKind(q.kind)) {
    const m = ofYear(mean(study.design, id, { by: "vague", threshold: study.threshold }).objects())[0] as
      | { n: number; estimate: number; ci_low: number; ci_high: number; suppressed: boolean }
      | undefined;
    const text =
      !m || m.suppressed
        ? tr("finding_suppressed", lang, { label: title })
        : tr("one_wave_mean", lang, {
            question: title,
            year,
            n: m.n,
            mean: formatNumber(m.estimate, lang, { digits: 1 }),
            low: formatNumber(m.ci_low, lang, { digits: 1 }),
            high: formatNumber(m.ci_high, lang, { digits: 1 }),
          });
    return { blocks: [{ kind: "paragraph", text: `${text} ${note}`.trim() }], headlines: [] };
  }
  const labels = choiceLabels(study.instrument, id, lang);
  const result =
    q.kind === "multiple"
      ? multipleResponse(study.design, columns, { by: "vague", threshold: study.threshold })
      : proportion(study.design, id, {
          by: "vague",
          levels,
          missingCodes: missingCodes(study.instrument, id),
          threshold: study.threshold,
        });
  const dist = disclosedRows(
    ctx.disclosure,
    ofYear(result.objects()) as unknown as ShareRow[],
    q.kind === "multiple"
      ? choiceForms({ wave: year })
      : shareForms(id, [null, ...missingCodes(study.instrument, id)], { wave: year }),
  );
  return {
    blocks: [
      ...(note ? [{ kind: "paragraph" as const, text: note }] : []),
      {
        kind: "table",
        table: distributionTable(dist, { id: fid, caption: `${title} (${year})`, by: "vague", levels, labels, lang }),
      },
    ],
    headlines: [],
  };
}

/**
 * Builds a `compare` section: each question compared between the two waves, with the chart, test and
 * wording its kind calls for (multiple choice → dumbbell; ordinal → stacked distribution + Wilcoxon +
 * "top" share; single choice → grouped bars; numbers → means and Welch). Questions asked in one wave
 * only are shown for that wave, with the comparability note.
 * @example compareSection({ study, lang: "fr" }, { kind: "compare", id: "services", title, questions: ["C1"] })
 */
export function compareSection(ctx: SectionContext, section: CompareSection): BuiltSection {
  const blocks: Block[] = [];
  const headlines: Finding[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[ctx.lang] });
  for (const id of section.questions) {
    const q = question(ctx.study.instrument, id);
    const status = comparabilityStatus(ctx, id);
    const r =
      status === "only_one_version" || status === "not_comparable"
        ? oneWave(ctx, section, id)
        : q.kind === "multiple"
          ? multipleChoice(ctx, section, id)
          : q.kind === "ordinal"
            ? ordinal(ctx, section, id)
            : isChoiceKind(q.kind)
              ? singleChoice(ctx, section, id)
              : numeric(ctx, section, id);
    if (section.questions.length > 1)
      blocks.push({ kind: "heading", text: questionLabel(ctx.study.instrument, id, ctx.lang) });
    blocks.push(...r.blocks);
    headlines.push(...r.headlines);
  }
  return { id: section.id, title: section.title[ctx.lang], blocks, headlines };
}
