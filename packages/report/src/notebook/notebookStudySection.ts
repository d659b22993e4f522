import { JUPYTER_DISPLAY } from "@monitoring-social/charts";
import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import type { Block, BuiltSection } from "../content/block.ts";
import type { Section } from "../definition/section.ts";
import { buildSection } from "../sections/buildReport.ts";
import type { Study } from "../study/study.ts";
import { studySourceLine } from "../study/studySourceLine.ts";
import { type NotebookDisplay, notebookSection } from "./notebookSection.ts";

type Bundle = Record<string, string>;

const bundleOf = (d: NotebookDisplay) => d[JUPYTER_DISPLAY]() as Bundle;

const textDisplay = (bundle: Bundle): NotebookDisplay => ({ [JUPYTER_DISPLAY]: () => bundle });

/** The displays of one block, escaped and laid out exactly as {@link notebookSection} does. */
async function blockDisplays(block: Block): Promise<NotebookDisplay[]> {
  return (await notebookSection({ id: "", title: "", blocks: [block], headlines: [] })).slice(1);
}

/**
 * What a notebook shows of one section of a study's report, built by the same code as the report
 * ({@link buildSection}): like {@link notebookSection}, but the texts between two figures
 * (paragraphs, findings, tables) are gathered into one Markdown output that ends with the study's
 * source line ({@link studySourceLine}); a table closes its output. So every sentence and table
 * drawn from the data says where it comes from — and « Données fictives » when it is so — as the
 * figures already do in their own source line. Figures are shown as interactive Vega-Lite with an
 * SVG fallback. A section already built can be given instead (e.g. the key findings, which
 * {@link buildReport} fills from the other sections). A cell shows them with
 * `for (const d of await notebookStudySection(study, section)) await Deno.jupyter.display(d)`.
 * @example (await notebookStudySection(study, definition.sections[2]!, "fr")).length // => 6 (title, key figure, …)
 */
export async function notebookStudySection(
  study: Study,
  section: Section | BuiltSection,
  lang: Language = DEFAULT_LANGUAGE,
): Promise<NotebookDisplay[]> {
  const built: BuiltSection = "blocks" in section ? section : buildSection(study, section, lang);
  const source = bundleOf((await blockDisplays({ kind: "paragraph", text: studySourceLine(study, lang) }))[0]!);
  const out: NotebookDisplay[] = [];
  let texts: Bundle[] = [bundleOf((await notebookSection({ ...built, blocks: [] }))[0]!)];
  const close = () => {
    if (texts.length === 0) return;
    const all = [...texts, source];
    out.push(
      textDisplay({
        "text/markdown": all.map((b) => b["text/markdown"]).join("\n\n"),
        "text/plain": all.map((b) => b["text/plain"]).join("\n"),
      }),
    );
    texts = [];
  };
  for (const block of built.blocks) {
    const shown = await blockDisplays(block);
    if (block.kind === "figure") {
      close();
      out.push(shown[0]!);
      if (shown.length > 1) {
        texts.push(...shown.slice(1).map(bundleOf));
        close();
      }
    } else {
      texts.push(...shown.map(bundleOf));
      if (block.kind === "table") close();
    }
  }
  close();
  return out;
}
