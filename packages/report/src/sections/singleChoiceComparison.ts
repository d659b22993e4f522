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
import type { StudyComparison } from "../study/studyComparison.ts";
import { formatP } from "../wording/formatP.ts";
import { testName } from "../wording/testName.ts";
import {
  changeOrGap,
  compareBy,
  comparisonBlockId,
  comparisonShown,
  groupWaves,
  holmNote,
  namedGroups,
  testedRows,
  testKey,
} from "./comparisonParts.ts";
import { chartOptions, comparabilityNote, type SectionContext } from "./sectionContext.ts";

/**
 * A single-choice question compared between the two groups of a study's comparison (two waves, two
 * communes, a commune and the others): a sentence with the test of the whole distribution
 * (chi-square, or Fisher when an expected count is under 5; Rao–Scott when a group pools several
 * communes), then grouped bars per group with each share's interval — ranked by the second group's
 * share: a single-choice (nominal) question's answers have no order of their own; ordinal ones are
 * drawn as stacked distributions — and the table with one test per answer; every p-value adjusted
 * by Holm over the whole report. `sentence` chooses the wording: a change of distribution, or a
 * difference of composition (who answered). `figure: false` leaves the chart out (a commune against
 * the others, drawn side by side elsewhere).
 * @example singleChoiceComparison(ctx, "repondants", "A1", "composition_test", study.comparisons[0]!)
 */
export function singleChoiceComparison(
  ctx: SectionContext,
  sectionId: string,
  id: string,
  sentence: "distribution_test" | "composition_test",
  cmp: StudyComparison,
  options: { readonly figure?: boolean } = {},
): Block[] {
  const { study, lang } = ctx;
  const levels = scaleCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const missing = missingCodes(study.instrument, id);
  const raw = compareProportions(study.design, id, {
    ...compareBy(cmp),
    levels,
    missingCodes: missing,
    threshold: study.threshold,
  }).objects() as unknown as (ShareComparisonRow & { overall_test: string | null; overall_p: number | null })[];
  // A yes/no question has one test for both answers.
  const tested = raw.filter((r) => r.p_value !== null && Number.isFinite(r.p_value));
  const binary = tested.length === 2 && tested[0]!.p_value === tested[1]!.p_value;
  const key = (r: ShareComparisonRow) => testKey(sectionId, cmp.id, id, binary ? "binary" : r.level);
  const overall = raw[0];
  const overallP = ctx.tests.adjust(testKey(sectionId, cmp.id, id, "overall"), overall?.overall_p ?? null);
  const rows = namedGroups(
    ctx,
    cmp,
    disclosedRows(
      ctx.disclosure,
      testedRows(ctx, raw, key),
      comparisonForms((r) => ({ variable: id, codes: [r.level], excluded: [null, ...missing] }), groupWaves(cmp)),
    ),
  );
  const fid = comparisonBlockId(ctx, cmp, sectionId, id);
  const note = comparabilityNote(ctx, id);
  // Two waves read in time order; two places read from the commune compared.
  const [a, b] = cmp.change
    ? [cmp.groups[0].label[lang], cmp.groups[1].label[lang]]
    : [cmp.groups[1].label[lang], cmp.groups[0].label[lang]];
  const code = sentence === "composition_test" ? sentence : changeOrGap(cmp, sentence);
  const table = comparisonTable(rows, { id: fid, caption: title, labels, lang, note: holmNote(ctx, cmp) });
  return [
    {
      kind: "paragraph",
      text: tr(code, lang, {
        question: sentence === "composition_test" ? title.toLowerCase() : title,
        a,
        b,
        test: testName(overall?.overall_test ?? null, lang),
        p: formatP(overallP, lang, { adjusted: overallP !== null }),
      }),
    },
    options.figure === false
      ? { kind: "table", table }
      : {
          kind: "figure",
          id: fid,
          chart: groupedBarChart(rows, {
            ...chartOptions(
              ctx,
              {
                title,
                subtitle: questionSubtitle({
                  lang,
                  measure: tr(cmp.change ? "subtitle_share_by_wave" : "subtitle_share_by_group", lang),
                  wordings: studyQuestionAsAsked(study, id, lang, [...cmp.groups[0].waves, ...cmp.groups[1].waves]),
                  bases: comparisonBases(rows),
                }),
                ...(note ? { note } : {}),
              },
              comparisonShown(ctx, cmp),
            ),
            labels,
          }),
          table,
        },
  ];
}
