import { LOCALES, listText } from "@monitoring-social/charts";
import { problemCounts } from "@monitoring-social/ingest";
import type { CsvCell } from "@monitoring-social/questionnaire";
import type { Block, BuiltSection, DataTable } from "../content/block.ts";
import { questionLabel } from "../content/labels.ts";
import type { MethodologySection } from "../definition/section.ts";
import { type ReportMessageCode, tr } from "../messages/index.ts";
import { studyLimitationFacts } from "../story/limitationFacts.ts";
import { limitations } from "../story/limitations.ts";
import { communeText } from "../study/studyCommune.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { tooSmallWarning } from "./sampleSection.ts";
import { askedWaves, blockId, type SectionContext } from "./sectionContext.ts";

/** The exports a study read, each with the waves it gave (one, or one per commune when split by A6). */
function exportsOf(waves: readonly StudyWave[]): { readonly wave: StudyWave; readonly waves: StudyWave[] }[] {
  const out: { wave: StudyWave; waves: StudyWave[] }[] = [];
  for (const w of waves) {
    const known = out.find((e) => e.wave.provenance === w.provenance);
    if (known) known.waves.push(w);
    else out.push({ wave: w, waves: [w] });
  }
  return out;
}

/**
 * Builds the `methodology` section from the study itself: samples and validation (each export read:
 * rows read, accepted, rejected, problems by kind, file fingerprints), the waves too small to compare,
 * interval methods, tests and why, the survey design (each wave of each commune a stratum; the
 * classical tests for two waves, the stratified design for communes pooled; the calibrated
 * variance of the comparison at equal composition), the comparisons the study's shape calls for,
 * the multiple-testing adjustment (Holm over every test of the report: one family), the
 * suppression rule, the limits of the study (written from the data: sample sizes, the same workers
 * in several waves, tool change, perception, FTE totals, sensitivity to the time brackets), the
 * comparability of each question that changed or that some waves did not
 * ask (and across which waves it is compared), a fictional reference — and, when the data are
 * fictional, that they are.
 * @example methodologySection({ study, lang: "nl" }, { kind: "methodology", id: "methode", title })
 */
export function methodologySection(ctx: SectionContext, section: MethodologySection): BuiltSection {
  const { study, lang } = ctx;
  const blocks: Block[] = [];
  if (study.fictional) blocks.push({ kind: "paragraph", text: tr("method_fictional", lang) });
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });
  const own = study.waves.filter((w) => !w.reference);
  const single = study.communes.length === 1 && own.length === study.waves.length;

  // Samples and validation: one row per export read.
  const exports = exportsOf(study.waves);
  const waveNames = (e: (typeof exports)[number]) => e.waves.map((w) => w.label[lang]).join(", ");
  const samples: DataTable = {
    id: blockId(section.id, "echantillons"),
    caption: tr("method_samples_caption", lang),
    columns: [
      { label: tr("col_wave", lang), numeric: false },
      { label: tr("col_file", lang), numeric: false },
      { label: tr("col_format", lang), numeric: false },
      { label: tr("col_read", lang), numeric: true },
      { label: tr("col_accepted", lang), numeric: true },
      { label: tr("col_rejected", lang), numeric: true },
      { label: tr("col_problems", lang), numeric: false },
      { label: "SHA-256", numeric: false },
    ],
    cells: exports.map((e) => {
      const p = e.wave.provenance;
      return [
        waveNames(e),
        p.file,
        `${p.format}, ${p.encoding}`,
        String(p.rowsRead),
        String(p.rowsAccepted),
        String(p.rowsRejected),
        problemSummary(e.wave.report, lang),
        `${p.sha256.slice(0, 12)}…`,
      ];
    }),
    csv: {
      columns: [
        tr("col_wave", lang),
        tr("col_file", lang),
        tr("col_format", lang),
        tr("col_encoding", lang),
        tr("col_read", lang),
        tr("col_accepted", lang),
        tr("col_rejected", lang),
        tr("col_problems", lang),
        "sha256",
      ],
      rows: exports.map((e): CsvCell[] => {
        const p = e.wave.provenance;
        return [
          waveNames(e),
          p.file,
          p.format,
          p.encoding,
          p.rowsRead,
          p.rowsAccepted,
          p.rowsRejected,
          problemSummary(e.wave.report, lang),
          p.sha256,
        ];
      }),
    },
    note: tr("method_samples_note", lang),
  };
  blocks.push({ kind: "heading", text: tr("method_samples", lang) }, { kind: "table", table: samples });
  for (const o of study.outsideCommunes)
    blocks.push({
      kind: "paragraph",
      text: tr("sample_split", lang, { file: o.file, n: o.rows, region: o.outsideRegion, blank: o.noCommune }),
    });
  if (study.tooSmall.length > 0) blocks.push({ kind: "paragraph", text: tooSmallWarning(ctx) });
  const reference = study.waves.find((w) => w.reference);
  if (reference)
    blocks.push({
      kind: "paragraph",
      text: tr(reference.fictional ? "method_reference_fictional" : "method_reference_study", lang, {
        commune: communeText(reference.place, lang),
        waves: listText(
          study.waves.filter((w) => w.reference).map((w) => w.label[lang]),
          lang,
        ),
      }),
    });

  // Methods.
  const twoWaves = single && own.length === 2;
  const changes = study.comparisons.filter((c) => c.change);
  blocks.push(
    { kind: "heading", text: tr("method_statistics", lang) },
    {
      kind: "list",
      items: [
        tr("method_intervals", lang),
        tr("method_tests", lang),
        tr(
          twoWaves
            ? "method_design"
            : study.comparisons.length === 0 && own.length === 1
              ? "method_design_one"
              : single
                ? "method_design_waves"
                : "method_design_communes",
          lang,
        ),
        ...(study.comparisons.length > 0
          ? [
              tr("method_comparisons", lang, {
                shape: tr(`shape_${study.shape}` as ReportMessageCode, lang),
                list: study.comparisons.map((c) => c.title[lang]).join(LOCALES[lang].semicolon),
              }),
            ]
          : [tr("method_descriptive", lang)]),
        ...(study.comparisons.length > 0
          ? [
              tr("method_adjustment", lang, {
                alpha: String(study.alpha).replace(".", ","),
                m: ctx.tests.size,
              }),
              tr("method_wording", lang),
            ]
          : []),
        ...(changes.length > 0 ? [tr(twoWaves ? "method_composition" : "method_composition_waves", lang)] : []),
        ...(study.communes.length > 1 ? [tr("method_communes", lang, { min: study.minSample })] : []),
        ...(study.threshold > 1
          ? [
              tr("method_suppression", lang, {
                below: study.threshold - 1,
                primary: ctx.disclosure.withheld.primary,
                complementary: ctx.disclosure.withheld.complementary,
              }),
            ]
          : []),
        ...(study.threshold < 5 ? [tr("method_threshold_low", lang, { threshold: study.threshold })] : []),
        tr("method_missing", lang),
        tr("method_reference", lang),
      ],
    },
  );

  // Limits, written from the data (story/limitations.ts).
  blocks.push(
    { kind: "heading", text: tr("method_limits", lang) },
    { kind: "list", items: limitations(studyLimitationFacts(study, lang), lang) },
  );

  // Comparability of the questions that changed, or that some waves did not ask.
  const changed = study.harmonised.comparability.filter((r) => {
    const asked = askedWaves(ctx, r.question).filter((w) => !w.reference);
    if (asked.length === 0) return false;
    return (r.status !== "identical" && r.note) || (asked.length < own.length && own.length > 1);
  });
  if (changed.length > 0) {
    const across = (q: string) => {
      const asked = askedWaves(ctx, q).filter((w) => !w.reference);
      return asked.length <= 1 && own.length > 1
        ? tr("comparable_none", lang, { waves: asked.map((w) => w.label[lang]).join(", ") })
        : listText(
            asked.map((w) => w.label[lang]),
            lang,
          );
    };
    const status = (r: (typeof changed)[number]) => {
      const asked = askedWaves(ctx, r.question).filter((w) => !w.reference);
      return asked.length === 1 && own.length > 1 ? "only_one_version" : r.status;
    };
    const note = (r: (typeof changed)[number]) => {
      const asked = askedWaves(ctx, r.question).filter((w) => !w.reference);
      if (asked.length < own.length && own.length > 1) {
        const waves = listText(
          asked.map((w) => w.label[lang]),
          lang,
        );
        const prefix = tr(asked.length <= 1 ? "note_asked_one_wave" : "note_asked_some_waves", lang, { waves });
        return r.status === "only_one_version" || r.status === "identical" || !r.note
          ? prefix
          : `${prefix} ${r.note[lang]}`;
      }
      return r.note?.[lang] ?? "";
    };
    const table: DataTable = {
      id: blockId(section.id, "comparabilite"),
      caption: tr(own.length > 2 ? "method_comparability_caption_waves" : "method_comparability_caption", lang),
      columns: [
        { label: tr("col_question", lang), numeric: false },
        { label: tr("col_status", lang), numeric: false },
        { label: tr("col_compared_across", lang), numeric: false },
        { label: tr("col_note", lang), numeric: false },
      ],
      cells: changed.map((r) => [
        `${r.question} — ${questionLabel(study.instrument, r.question, lang)}`,
        tr(`status_${status(r)}` as ReportMessageCode, lang),
        across(r.question),
        note(r),
      ]),
      csv: {
        columns: [
          tr("csv_question", lang),
          tr("col_status", lang),
          tr("csv_compared_across", lang),
          tr("col_note", lang),
        ],
        rows: changed.map((r) => [
          r.question,
          tr(`status_${status(r)}` as ReportMessageCode, lang),
          across(r.question),
          note(r),
        ]),
      },
    };
    blocks.push({ kind: "heading", text: tr("method_comparability", lang) }, { kind: "table", table });
  }
  return { id: section.id, title: section.title[lang], blocks, headlines: [] };
}

function problemSummary(report: Parameters<typeof problemCounts>[0], lang: "fr" | "nl"): string {
  const counts = problemCounts(report);
  const parts = Object.entries(counts).map(([code, n]) => `${n} × ${tr(`problem_${code}` as ReportMessageCode, lang)}`);
  return parts.length === 0 ? tr("no_problem", lang) : parts.join(LOCALES[lang].semicolon);
}
