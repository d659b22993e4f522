import { groupedBarChart } from "@monitoring-social/charts";
import { compareProportions } from "@monitoring-social/stats";
import type { Block } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { choiceLabels, missingCodes, questionLabel, scaleCodes } from "../content/labels.ts";
import { comparisonForms, disclosedRows } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { comparisonBases } from "../story/waveBases.ts";
import { formatP } from "../wording/formatP.ts";
import { testName } from "../wording/testName.ts";
import { blockId, chartOptions, comparabilityNote, type SectionContext } from "./sectionContext.ts";

/**
 * A single-choice question compared between the waves: a sentence with the test of the whole
 * distribution (chi-square, or Fisher when an expected count is under 5), then grouped bars per
 * wave with each share's interval — ranked by the later wave's share: a single-choice (nominal)
 * question's answers have no order of their own; ordinal ones are drawn as stacked distributions —
 * and the table with one test per answer (Holm). `sentence`
 * chooses the wording: a change of distribution, or a difference of composition (who answered).
 * @example singleChoiceComparison(ctx, "repondants", "A1", "composition_test")
 */
export function singleChoiceComparison(
  ctx: SectionContext,
  sectionId: string,
  id: string,
  sentence: "distribution_test" | "composition_test",
): Block[] {
  const { study, lang } = ctx;
  const levels = scaleCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const missing = missingCodes(study.instrument, id);
  const result = compareProportions(study.design, id, {
    by: "vague",
    levels,
    missingCodes: missing,
    threshold: study.threshold,
  });
  const overall = result.objects()[0] as { overall_test: string | null; overall_p: number | null } | undefined;
  const rows = disclosedRows(
    ctx.disclosure,
    result.objects() as unknown as ShareComparisonRow[],
    comparisonForms((r) => ({ variable: id, codes: [r.level], excluded: [null, ...missing] })),
  );
  const fid = blockId(sectionId, id);
  const note = comparabilityNote(ctx, id);
  return [
    {
      kind: "paragraph",
      text: tr(sentence, lang, {
        question: sentence === "composition_test" ? title.toLowerCase() : title,
        a: study.years[0],
        b: study.years[1],
        test: testName(overall?.overall_test ?? null, lang),
        p: formatP(overall?.overall_p ?? null, lang),
      }),
    },
    {
      kind: "figure",
      id: fid,
      chart: groupedBarChart(rows, {
        ...chartOptions(ctx, {
          title,
          subtitle: questionSubtitle({
            lang,
            measure: tr("subtitle_share_by_wave", lang),
            wordings: studyQuestionAsAsked(study, id, lang),
            bases: comparisonBases(rows),
          }),
          ...(note ? { note } : {}),
        }),
        labels,
      }),
      table: comparisonTable(rows, { id: fid, caption: title, labels, lang, note: tr("note_holm", lang) }),
    },
  ];
}
