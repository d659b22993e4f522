import { groupedBarChart } from "@monitoring-social/charts";
import { compareProportions, publishable } from "@monitoring-social/stats";
import type { Block, BuiltSection } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { choiceLabels, missingCodes, questionLabel, scaleCodes } from "../content/labels.ts";
import type { SampleSection } from "../definition/section.ts";
import { tr } from "../messages/index.ts";
import { formatP } from "../wording/formatP.ts";
import { testName } from "../wording/testName.ts";
import { blockId, chartOptions, type SectionContext } from "./sectionContext.ts";

/**
 * Builds a `sample` section: how many answered in each wave, and who (type of structure, function…):
 * shares per wave with intervals, and whether the composition differs (a test of the whole
 * distribution) — which is why the time figures are also given at equal composition.
 * @example sampleSection({ study, lang: "nl" }, { kind: "sample", id: "repondants", title, questions: ["A1", "A3"] })
 */
export function sampleSection(ctx: SectionContext, section: SampleSection): BuiltSection {
  const { study, lang } = ctx;
  const [w1, w2] = study.waves;
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: tr("sample_sizes", lang, {
        a: w1.year,
        b: w2.year,
        n_a: w1.provenance.rowsAccepted,
        n_b: w2.provenance.rowsAccepted,
        read_a: w1.provenance.rowsRead,
        read_b: w2.provenance.rowsRead,
      }),
    },
  ];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });
  for (const id of section.questions) {
    const levels = scaleCodes(study.instrument, id);
    const labels = choiceLabels(study.instrument, id, lang);
    const title = questionLabel(study.instrument, id, lang);
    const result = compareProportions(study.design, id, {
      by: "vague",
      levels,
      missingCodes: missingCodes(study.instrument, id),
      threshold: study.threshold,
    });
    const overall = result.objects()[0] as { overall_test: string | null; overall_p: number | null } | undefined;
    const rows = publishable(result).objects() as unknown as ShareComparisonRow[];
    const fid = blockId(section.id, id);
    blocks.push(
      { kind: "heading", text: title },
      {
        kind: "paragraph",
        text: tr("composition_test", lang, {
          question: title.toLowerCase(),
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
          ...chartOptions(ctx, { title, subtitle: tr("subtitle_share_by_wave", lang) }),
          labels,
          ranked: false,
        }),
        table: comparisonTable(rows, { id: fid, caption: title, labels, lang, note: tr("note_holm", lang) }),
      },
    );
  }
  return { id: section.id, title: section.title[lang], blocks, headlines: [] };
}
