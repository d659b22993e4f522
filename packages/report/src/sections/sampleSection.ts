import type { Block, BuiltSection } from "../content/block.ts";
import { questionLabel } from "../content/labels.ts";
import type { SampleSection } from "../definition/section.ts";
import { tr } from "../messages/index.ts";
import type { SectionContext } from "./sectionContext.ts";
import { singleChoiceComparison } from "./singleChoiceComparison.ts";

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
  for (const id of section.questions)
    blocks.push(
      { kind: "heading", text: questionLabel(study.instrument, id, lang) },
      ...singleChoiceComparison(ctx, section.id, id, "composition_test"),
    );
  return { id: section.id, title: section.title[lang], blocks, headlines: [] };
}
