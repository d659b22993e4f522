import { stackedShareChart } from "@monitoring-social/charts";
import type { Block, Finding } from "../content/block.ts";
import { distributionTable } from "../content/distributionTable.ts";
import { choiceLabels, isCentredScale, questionLabel, scaleCodes } from "../content/labels.ts";
import { tr } from "../messages/index.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { distributionBases } from "../story/waveBases.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { chartOptions, type SectionContext } from "./sectionContext.ts";
import { labelledShares, sharesByWave } from "./waveShares.ts";

/** What {@link distributionFigure} draws. */
export interface DistributionFigureOptions {
  /** The ordered question (B1, B2…). */
  readonly id: string;
  /** The figure's id in the page and its file names. */
  readonly fid: string;
  /** The waves drawn, one bar each, in this order. */
  readonly waves: readonly StudyWave[];
  /** The finding its title states when it is demonstrated (else the question's name). Default: none. */
  readonly finding?: Finding | undefined;
  /** The note under the chart. Default: none. */
  readonly note?: string;
}

/**
 * An ordered question's whole distribution in some waves, as published (disclosure decisions
 * applied): one 100 % stacked bar per wave — diverging colours for a scale centred on a neutral
 * answer, sequential otherwise — titled by its finding when demonstrated, with the question as
 * each wave asked it and the bases as subtitle, and its table (CSV) beside it.
 * @example distributionFigure(ctx, { id: "B1", fid: "temps-b1", waves: study.waves, finding })
 */
export function distributionFigure(ctx: SectionContext, options: DistributionFigureOptions): Block {
  const { study, lang } = ctx;
  const { id, fid, waves, note } = options;
  const levels = scaleCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const dist = labelledShares(ctx, sharesByWave(ctx, id, waves));
  return {
    kind: "figure",
    id: fid,
    chart: stackedShareChart(dist as never, {
      ...chartOptions(
        ctx,
        {
          title: findingTitle(options.finding, title, lang),
          subtitle: questionSubtitle({
            lang,
            measure: tr("subtitle_distribution", lang),
            wordings: studyQuestionAsAsked(
              study,
              id,
              lang,
              waves.map((w) => w.key),
            ),
            bases: distributionBases(dist, STUDY_WAVE_COLUMN),
          }),
          ...(note ? { note } : {}),
        },
        { groups: waves.map((w) => ({ key: w.key, waves: [w.key], label: w.label, fictional: w.fictional })) },
      ),
      by: STUDY_WAVE_COLUMN,
      levels,
      labels,
      // A scale centred on a neutral answer (decrease → increase) diverges around it.
      scale: isCentredScale(study.instrument, id) ? "diverging" : "sequential",
    }),
    table: distributionTable(dist, {
      id: fid,
      caption: title,
      by: STUDY_WAVE_COLUMN,
      levels,
      labels,
      lang,
      groups: waves.map((w) => w.label[lang]),
    }),
  };
}
