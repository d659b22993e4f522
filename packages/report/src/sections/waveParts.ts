import {
  barChart,
  formatNumber,
  formatPercent,
  formatPercentInterval,
  LOCALES,
  quote,
  smallMultiplesChart,
} from "@monitoring-social/charts";
import { isNumericKind, question } from "@monitoring-social/questionnaire";
import { mean } from "@monitoring-social/stats";
import type { Block, Finding } from "../content/block.ts";
import { distributionTable } from "../content/distributionTable.ts";
import { choiceLabels, questionLabel, scaleCodes } from "../content/labels.ts";
import { tr } from "../messages/index.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { distributionBases } from "../story/waveBases.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { blockId, chartOptions, comparabilityNote, type SectionContext } from "./sectionContext.ts";
import { groupLabel, labelledShares, pooledKey, pooledShares, sharesByWave } from "./waveShares.ts";

/** Blocks of a part of a section and the findings it gives the key findings. */
export interface WaveParts {
  readonly blocks: Block[];
  readonly headlines: Finding[];
}

const join = (parts: readonly (string | undefined)[], lang: "fr" | "nl") =>
  parts.filter(Boolean).join(LOCALES[lang].semicolon);

/** A numeric question in some waves, without comparison: each wave's mean with its interval. */
export function meansOfWaves(ctx: SectionContext, id: string, waves: readonly StudyWave[]): WaveParts {
  const { study, lang } = ctx;
  const title = questionLabel(study.instrument, id, lang);
  const note = comparabilityNote(ctx, id) ?? "";
  const rows = mean(study.design, id, { by: STUDY_WAVE_COLUMN, threshold: study.threshold }).objects() as {
    vague_etude: string;
    n: number;
    estimate: number;
    ci_low: number;
    ci_high: number;
    suppressed: boolean;
  }[];
  const sentences = waves.map((w) => {
    const m = rows.find((r) => r.vague_etude === w.key);
    return !m || m.suppressed
      ? tr("finding_suppressed", lang, { label: `${title} (${w.label[lang]})` })
      : tr("one_wave_mean", lang, {
          question: title,
          year: w.label[lang],
          n: m.n,
          mean: formatNumber(m.estimate, lang, { digits: 1 }),
          low: formatNumber(m.ci_low, lang, { digits: 1 }),
          high: formatNumber(m.ci_high, lang, { digits: 1 }),
        });
  });
  const text = `${sentences.join(" ")} ${note}`.trim();
  return {
    blocks: [{ kind: "paragraph", text }],
    headlines: study.comparisons.length === 0 && sentences[0] ? [{ text: sentences[0], significant: false }] : [],
  };
}

/**
 * A choice question in some waves, without comparison (a first survey, or a question asked in one
 * wave only): each answer's share with its interval — one bar chart for one wave, small multiples on
 * one scale for several — and the table; the most frequent answer as the section's headline in a
 * study without comparison.
 */
export function sharesOfWaves(
  ctx: SectionContext,
  sectionId: string,
  id: string,
  waves: readonly StudyWave[],
): WaveParts {
  const { study, lang } = ctx;
  const q = question(study.instrument, id);
  const levels = scaleCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const note = comparabilityNote(ctx, id);
  const fid = blockId(sectionId, id);
  const rows = sharesByWave(ctx, id, waves);
  const order = q.kind === "ordinal" ? "instrument" : "value";
  const multipleChoice = q.kind === "multiple";
  const caption = waves.length === 1 ? `${title} (${waves[0]!.label[lang]})` : title;
  const only = waves.length === 1 ? waves[0]! : undefined;
  // The question as asked and who answered, after what the chart draws.
  const subtitle = (measure: string) =>
    questionSubtitle({
      lang,
      measure,
      wordings: studyQuestionAsAsked(
        study,
        id,
        lang,
        waves.map((w) => w.key),
      ),
      bases: distributionBases(labelledShares(ctx, rows), STUDY_WAVE_COLUMN),
    });
  const chart = only
    ? barChart(rows, {
        ...chartOptions(
          ctx,
          {
            title,
            subtitle: subtitle(
              tr(multipleChoice ? "subtitle_multiple_one" : "subtitle_share_one", lang, {
                a: only.label[lang],
              }),
            ),
            ...(note ? { note } : {}),
          },
          { groups: [{ key: only.key, waves: [only.key], label: only.label, fictional: only.fictional }] },
        ),
        labels,
        order,
        multipleChoice,
      })
    : smallMultiplesChart(rows as never, {
        ...chartOptions(ctx, {
          title,
          subtitle: subtitle(tr("subtitle_share_by_group", lang)),
          ...(note ? { note } : {}),
        }),
        by: STUDY_WAVE_COLUMN,
        groups: waves.map((w) => w.key),
        groupLabels: Object.fromEntries(waves.map((w) => [w.key, w.label[lang]])),
        labels,
        levels,
        order,
        multipleChoice,
      });
  const named = labelledShares(ctx, rows);
  const shown = rows.filter((r) => !r.suppressed && r.estimate !== null);
  const topRow = [...shown].sort((x, y) => y.estimate! - x.estimate!)[0];
  const headline =
    study.comparisons.length === 0 && only && topRow && q.kind !== "single"
      ? [
          {
            text: tr("descriptive_top", lang, {
              question: title,
              answer: quote(labels[topRow.level] ?? topRow.level, lang),
              value: formatPercent(topRow.estimate!, lang),
              interval: formatPercentInterval(topRow.ci_low!, topRow.ci_high!, lang),
              wave: only.label[lang],
            }),
            significant: false,
          },
        ]
      : [];
  return {
    blocks: [
      ...(note && waves.length < study.waves.filter((w) => !w.reference).length
        ? [{ kind: "paragraph" as const, text: note }]
        : []),
      {
        kind: "figure",
        id: fid,
        chart,
        table: distributionTable(named, {
          id: fid,
          caption,
          by: STUDY_WAVE_COLUMN,
          levels,
          labels,
          lang,
          groups: waves.map((w) => w.label[lang]),
        }),
      },
    ],
    headlines: headline,
  };
}

/**
 * Several communes of a year side by side: each answer's share in each commune with its interval,
 * on one scale (small multiples), then a table with every commune and all of them pooled (the
 * pooled share through the stratified design, each commune a stratum).
 */
export function sideBySide(
  ctx: SectionContext,
  sectionId: string,
  id: string,
  year: string,
  waves: readonly StudyWave[],
): Block[] {
  const { study, lang } = ctx;
  const q = question(study.instrument, id);
  const title = questionLabel(study.instrument, id, lang);
  const note = comparabilityNote(ctx, id);
  if (isNumericKind(q.kind)) return [];
  const levels = scaleCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const rows = sharesByWave(ctx, id, waves);
  const pooled = pooledShares(ctx, id, year);
  const fid = study.years.length > 1 ? blockId(sectionId, id, "communes", year) : blockId(sectionId, id, "communes");
  const groups = [...waves.map((w) => w.key), pooledKey(year)];
  const named = labelledShares(ctx, [...rows, ...pooled]);
  const yearText = study.years.length > 1 ? ` (${year})` : "";
  return [
    {
      kind: "figure",
      id: fid,
      chart: smallMultiplesChart([...rows, ...pooled] as never, {
        ...chartOptions(ctx, {
          title: `${title}${yearText}`,
          subtitle: questionSubtitle({
            lang,
            measure: tr(q.kind === "multiple" ? "subtitle_multiple_communes" : "subtitle_share_by_commune", lang),
            wordings: studyQuestionAsAsked(
              study,
              id,
              lang,
              waves.map((w) => w.key),
            ),
            bases: distributionBases(named, STUDY_WAVE_COLUMN),
          }),
          note: join([tr("note_pooled", lang), note], lang),
        }),
        by: STUDY_WAVE_COLUMN,
        groups,
        groupLabels: Object.fromEntries(groups.map((g) => [g, groupLabel(ctx, g)])),
        labels,
        levels,
        order: q.kind === "ordinal" ? "instrument" : "value",
        multipleChoice: q.kind === "multiple",
      }),
      table: distributionTable(named, {
        id: fid,
        caption: `${title}${yearText}`,
        by: STUDY_WAVE_COLUMN,
        levels,
        labels,
        lang,
        groups: groups.map((g) => groupLabel(ctx, g)),
        note: tr("note_pooled_table", lang),
      }),
    },
  ];
}
