import { LOCALES } from "@monitoring-social/charts";
import { problemCounts } from "@monitoring-social/ingest";
import type { CsvCell } from "@monitoring-social/questionnaire";
import type { Block, BuiltSection, DataTable } from "../content/block.ts";
import { questionLabel } from "../content/labels.ts";
import type { MethodologySection } from "../definition/section.ts";
import { type ReportMessageCode, tr } from "../messages/index.ts";
import { studyLimitationFacts } from "../story/limitationFacts.ts";
import { limitations } from "../story/limitations.ts";
import { blockId, type SectionContext } from "./sectionContext.ts";

/**
 * Builds the `methodology` section from the study itself: samples and validation (rows read,
 * accepted, rejected, problems by kind, file fingerprints), interval methods, tests and why, the
 * survey design (each wave a stratum; the calibrated variance of the comparison at equal composition), the
 * multiple-testing adjustment, the suppression rule, the limits of the comparison (written from the
 * data: sample sizes, tool change, perception, FTE totals, sensitivity to the time brackets), the
 * comparability of each question that changed, and — when the data are fictional — that they are.
 * @example methodologySection({ study, lang: "nl" }, { kind: "methodology", id: "methode", title })
 */
export function methodologySection(ctx: SectionContext, section: MethodologySection): BuiltSection {
  const { study, lang } = ctx;
  const blocks: Block[] = [];
  if (study.fictional) blocks.push({ kind: "paragraph", text: tr("method_fictional", lang) });
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });

  // Samples and validation.
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
    cells: study.waves.map((w) => {
      const p = w.provenance;
      return [
        w.year,
        p.file,
        `${p.format}, ${p.encoding}`,
        String(p.rowsRead),
        String(p.rowsAccepted),
        String(p.rowsRejected),
        problemSummary(w.report, lang),
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
      rows: study.waves.map((w): CsvCell[] => {
        const p = w.provenance;
        return [
          w.year,
          p.file,
          p.format,
          p.encoding,
          p.rowsRead,
          p.rowsAccepted,
          p.rowsRejected,
          problemSummary(w.report, lang),
          p.sha256,
        ];
      }),
    },
    note: tr("method_samples_note", lang),
  };
  blocks.push({ kind: "heading", text: tr("method_samples", lang) }, { kind: "table", table: samples });

  // Methods.
  blocks.push(
    { kind: "heading", text: tr("method_statistics", lang) },
    {
      kind: "list",
      items: [
        tr("method_intervals", lang),
        tr("method_tests", lang),
        tr("method_design", lang),
        tr("method_adjustment", lang, { alpha: String(study.alpha).replace(".", lang === "fr" ? "," : ",") }),
        tr("method_wording", lang),
        tr("method_composition", lang),
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

  // Comparability of the questions that changed.
  const changed = study.harmonised.comparability.filter((r) => r.status !== "identical" && r.note);
  if (changed.length > 0) {
    const table: DataTable = {
      id: blockId(section.id, "comparabilite"),
      caption: tr("method_comparability_caption", lang),
      columns: [
        { label: tr("col_question", lang), numeric: false },
        { label: tr("col_status", lang), numeric: false },
        { label: tr("col_note", lang), numeric: false },
      ],
      cells: changed.map((r) => [
        `${r.question} — ${questionLabel(study.instrument, r.question, lang)}`,
        tr(`status_${r.status}` as ReportMessageCode, lang),
        r.note?.[lang] ?? "",
      ]),
      csv: {
        columns: [tr("csv_question", lang), tr("col_status", lang), tr("col_note", lang)],
        rows: changed.map((r) => [
          r.question,
          tr(`status_${r.status}` as ReportMessageCode, lang),
          r.note?.[lang] ?? "",
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
