import { listText } from "@monitoring-social/charts";
import type { Block, BuiltSection, NameToReview, Quote } from "../content/block.ts";
import { questionLabel, questionWording } from "../content/labels.ts";
import { textLanguage } from "../content/textLanguage.ts";
import type { TestimoniesSection } from "../definition/section.ts";
import { tr } from "../messages/index.ts";
import { pseudonymise } from "../privacy/pseudonymise.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import { inWave } from "../wording/inWave.ts";
import type { SectionContext } from "./sectionContext.ts";

/** FNV-1a hash of a string: a fixed, seedless order that does not follow the file's order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Builds a `testimonies` section: for each free-text question and wave, a few answers drawn in a
 * fixed pseudo-random order (the same every run, not the first rows of the file), pseudonymised
 * (e-mail, phone, national number, IBAN replaced; possible personal names masked unless listed in
 * `confirmedWords`), with the list of flagged words in `review`, each testimony with the language it
 * is written in when it can be told (the page marks a French testimony `lang="fr"` in the Dutch
 * report). The renderer escapes them: a testimony containing `<script>` shows as text. Says how many
 * answers there were and how they were chosen.
 * @example testimoniesSection({ study, lang: "fr" }, { kind: "testimonies", id: "temoignages", title, questions: ["G1"] })
 */
export function testimoniesSection(ctx: SectionContext, section: TestimoniesSection): BuiltSection {
  const { study, lang } = ctx;
  const perWave = section.perWave ?? 4;
  const table = study.harmonised.table;
  const ids = table.array("id") as readonly string[];
  const vague = table.array(STUDY_WAVE_COLUMN) as readonly string[];
  // The testimonies of the study's own waves (a reference study's are not its to publish).
  const waves = study.waves.filter((w) => !w.reference);
  const blocks: Block[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });
  let replaced = 0;
  const review: NameToReview[] = [];
  for (const q of section.questions) {
    const texts = table.array(q) as readonly (string | null)[];
    const counts: Record<string, number> = {};
    const items: Quote[] = [];
    for (const wave of waves) {
      const answers = texts
        .map((t, i) => ({ t: t?.trim() ?? "", i }))
        .filter(({ t, i }) => vague[i] === wave.key && t !== "");
      counts[wave.key] = answers.length;
      const chosen = [...answers]
        .sort((x, y) => hash(`${q}|${ids[x.i]}`) - hash(`${q}|${ids[y.i]}`) || x.i - y.i)
        .slice(0, perWave);
      for (const { t, i } of chosen) {
        const written = textLanguage(t);
        // Placeholders in the testimony's own language: « [téléphone] » inside a French quote.
        const p = pseudonymise(t, { lang: written ?? lang, confirmed: section.confirmedWords ?? [] });
        replaced += Object.values(p.replaced).reduce((s, n) => s + n, 0);
        items.push({ text: p.text, wave: wave.label[lang], ...(written ? { lang: written } : {}) });
        for (const name of p.names)
          review.push({
            question: q,
            wave: wave.label[lang],
            respondent: String(ids[i] ?? ""),
            hint: tr("review_hint", lang, { initial: [...name.word][0] ?? "", n: [...name.word].length }),
            reason: name.reason,
            masked: name.masked,
            published: p.text,
          });
      }
    }
    blocks.push(
      { kind: "heading", text: questionLabel(study.instrument, q, lang) },
      {
        kind: "paragraph",
        text:
          waves.length === 2
            ? tr("testimonies_counts", lang, {
                wording: questionWording(study.instrument, q, lang),
                a: waves[0]!.label[lang],
                b: waves[1]!.label[lang],
                in_a: inWave(waves[0]!.label[lang], lang),
                in_b: inWave(waves[1]!.label[lang], lang),
                n_a: counts[waves[0]!.key] ?? 0,
                n_b: counts[waves[1]!.key] ?? 0,
                k: perWave,
              })
            : tr("testimonies_counts_list", lang, {
                wording: questionWording(study.instrument, q, lang),
                counts: listText(
                  waves.map((w) => tr("testimonies_count_item", lang, { n: counts[w.key] ?? 0, wave: w.label[lang] })),
                  lang,
                ),
                k: perWave,
              }),
      },
      { kind: "quotes", heading: questionLabel(study.instrument, q, lang), items },
    );
  }
  blocks.push({ kind: "paragraph", text: tr("testimonies_privacy", lang, { n: replaced }) });
  return { id: section.id, title: section.title[lang], blocks, headlines: [], review };
}
