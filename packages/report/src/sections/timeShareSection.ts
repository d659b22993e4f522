import { formatNumber, keyFigure, stackedShareChart } from "@monitoring-social/charts";
import {
  compareProportions,
  compositionMargins,
  proportion,
  rake,
  type SurveyDesign,
  surveyDesign,
  timeBurden,
} from "@monitoring-social/stats";
import type { Block, BuiltSection, DataTable } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { csvRound as round } from "../content/csvNumbers.ts";
import { distributionTable, type ShareRow } from "../content/distributionTable.ts";
import { choiceLabels, questionLabel, scaleCodes } from "../content/labels.ts";
import type { TimeShareSection } from "../definition/section.ts";
import { comparisonForms, disclosedRows, shareForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { comparisonBases, distributionBases } from "../story/waveBases.ts";
import { withComposition } from "../story/withComposition.ts";
import { describeComparison } from "../wording/describeComparison.ts";
import { ofWave, yesNoOf } from "./derive.ts";
import { blockId, chartOptions, comparabilityNote, type SectionContext } from "./sectionContext.ts";

/** Midpoints (in %) of the 2021 brackets, used for hours and FTE when only the bracket is known. */
export const BRACKET_MIDPOINTS: Readonly<Record<string, number>> = {
  b0_10: 5,
  b11_25: 18,
  b26_50: 38,
  b51_75: 63,
  b76_100: 88,
};

type Burden = { indicator: string; n: number; estimate: number; ci_low: number; ci_high: number };

/**
 * Builds the `timeShare` section: the distribution of the share of working time spent on
 * procedures per wave; the share above a quarter of the time compared raw and at equal composition
 * (the later wave raked to the earlier wave's mix of structures and functions, Rao–Scott test);
 * hours per week and FTE, with the method of each row said (bracket midpoints or exact percentage).
 * @example timeShareSection({ study, lang: "fr" }, { kind: "timeShare", id: "temps", title })
 */
export function timeShareSection(ctx: SectionContext, section: TimeShareSection): BuiltSection {
  const { study, lang } = ctx;
  const [a, b] = study.years;
  const id = section.question ?? "B1";
  const above = section.above ?? ["b26_50", "b51_75", "b76_100"];
  const midpoints = section.midpoints ?? BRACKET_MIDPOINTS;
  const fte = section.fte ?? "A5";
  const adjustFor = section.adjustFor ?? ["A1", "A3"];
  const levels = scaleCodes(study.instrument, id);
  const labels = choiceLabels(study.instrument, id, lang);
  const title = questionLabel(study.instrument, id, lang);
  const note = comparabilityNote(ctx, id);
  const blocks: Block[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });

  // 1. Above a quarter of the time: raw, then at equal composition.
  const flagged = yesNoOf(study.harmonised.table, id, above, "above");
  const aboveLabel = tr("time_above", lang);
  const raw = disclosedRows(
    ctx.disclosure,
    compareProportions(surveyDesign(flagged), "above", {
      by: "vague",
      levels: ["yes"],
      threshold: study.threshold,
    }).objects() as unknown as ShareComparisonRow[],
    comparisonForms(() => ({ variable: id, codes: above, excluded: [null], binary: true })),
  )[0]!;
  const rawFinding = describeComparison(raw, { label: aboveLabel, lang, alpha: study.alpha });

  const earlier = ofWave(flagged, a);
  const later = ofWave(flagged, b);
  // The later wave raked to the earlier one's composition, as a domain of the wave-stratified design:
  // the comparison then uses the calibrated variance (R rake + svyglm/svychisq on the raked design).
  const raked = rake(
    surveyDesign(flagged, { strata: "vague" }),
    compositionMargins(surveyDesign(earlier), adjustFor, later.numRows()),
    { domain: { column: "vague", level: b } },
  );
  // The earlier wave's share is the raw one; the raked share is published with it, or not at all.
  const adjusted = disclosedRows(
    ctx.disclosure,
    compareProportions(raked, "above", {
      by: "vague",
      levels: ["yes"],
      threshold: study.threshold,
    }).objects() as unknown as ShareComparisonRow[],
    () => comparisonForms(() => ({ variable: id, codes: above, excluded: [null], binary: true }))(raw),
  )[0]!;
  const adjustedFinding = describeComparison(adjusted, {
    label: aboveLabel,
    qualifier: tr("at_composition", lang, { year: a }),
    lang,
    alpha: study.alpha,
  });
  const headline = withComposition(rawFinding, adjustedFinding, tr("at_composition", lang, { year: a }));
  const wordings = studyQuestionAsAsked(study, id, lang);
  const profile = adjustFor.map((q) => questionLabel(study.instrument, q, lang).toLowerCase()).join(tr("and", lang));
  blocks.push(
    {
      kind: "figure",
      id: blockId(section.id, "cle"),
      chart: keyFigure(
        {
          level: "yes",
          n: raw.n_b,
          denominator: raw.denominator_b,
          estimate: raw.estimate_b,
          ci_low: raw.ci_low_b,
          ci_high: raw.ci_high_b,
          method: "wilson",
          suppressed: raw.suppressed,
        },
        {
          ...chartOptions(ctx, {
            title: findingTitle(headline, tr("in_year", lang, { year: b }), lang, { form: "short" }),
            subtitle: questionSubtitle({ lang, wordings, bases: comparisonBases([raw]) }),
          }),
          sentence: tr("time_key_sentence", lang),
          wave: b,
          waves: [a, b],
          // Both waves: the earlier one beside the number.
          previous: {
            label: a,
            row: {
              level: "yes",
              n: raw.n_a,
              denominator: raw.denominator_a,
              estimate: raw.estimate_a,
              ci_low: raw.ci_low_a,
              ci_high: raw.ci_high_a,
              method: "wilson",
              suppressed: raw.suppressed,
            },
          },
        },
      ),
      // The key figure's numbers: the combined share of the answers above a quarter, per wave.
      table: comparisonTable([{ ...raw, question: id, level: above.join("+") }], {
        id: blockId(section.id, "cle"),
        caption: aboveLabel,
        labels: { [above.join("+")]: aboveLabel },
        lang,
        note: tr("note_holm", lang),
      }),
    },
    { kind: "findings", items: [rawFinding, adjustedFinding] },
    {
      kind: "paragraph",
      text: tr("composition_method", lang, {
        b,
        a,
        profile,
        deff: formatNumber(raked.designEffect, lang, { digits: 2 }),
        ess: formatNumber(raked.effectiveSampleSize, lang),
        n: later.numRows(),
      }),
    },
  );

  // 2. The whole distribution per wave.
  const dist = disclosedRows(
    ctx.disclosure,
    proportion(study.design, id, {
      by: "vague",
      levels,
      threshold: study.threshold,
    }).objects() as unknown as ShareRow[],
    shareForms(id, [null]),
  );
  const fid = blockId(section.id, id);
  blocks.push({
    kind: "figure",
    id: fid,
    chart: stackedShareChart(dist as never, {
      ...chartOptions(ctx, {
        title: findingTitle(headline, title, lang),
        subtitle: questionSubtitle({
          lang,
          measure: tr("subtitle_distribution", lang),
          wordings,
          bases: distributionBases(dist, "vague"),
        }),
        ...(note ? { note } : {}),
      }),
      by: "vague",
      levels,
      labels,
    }),
    table: distributionTable(dist, { id: fid, caption: title, by: "vague", levels, labels, lang }),
  });

  // 3. Hours per week and FTE, with the method of each row.
  const percent = section.percentQuestion ?? "B1_pct";
  const burdenRows: { label: string; rows: Burden[] }[] = [];
  const burden = (design: SurveyDesign, options: Parameters<typeof timeBurden>[1]) =>
    timeBurden(design, options).objects() as unknown as Burden[];
  const byMid = { shareCodes: { column: id, percent: midpoints }, etp: fte } as const;
  burdenRows.push({ label: tr("burden_midpoints", lang, { year: a }), rows: burden(surveyDesign(earlier), byMid) });
  burdenRows.push({ label: tr("burden_midpoints", lang, { year: b }), rows: burden(surveyDesign(later), byMid) });
  const laterWave = study.waves[1];
  if (laterWave.table.columnNames().includes(percent) && laterWave.table.columnNames().includes(fte))
    burdenRows.push({
      label: tr("burden_exact", lang, { year: b }),
      rows: burden(surveyDesign(laterWave.table), { share: percent, etp: fte }),
    });
  burdenRows.push({
    label: tr("burden_adjusted", lang, { year: b, base: a }),
    rows: burden(raked, { ...byMid, by: "vague" }).filter((r) => (r as Burden & { vague: string }).vague === b),
  });
  blocks.push(
    { kind: "paragraph", text: tr("burden_method", lang, { a, b }) },
    { kind: "table", table: burdenTable(burdenRows, blockId(section.id, "heures-etp"), ctx) },
  );
  return { id: section.id, title: section.title[lang], blocks, headlines: [headline] };
}

function burdenTable(groups: readonly { label: string; rows: Burden[] }[], id: string, ctx: SectionContext): DataTable {
  const { lang, study } = ctx;
  const get = (rows: Burden[], indicator: string) => rows.find((r) => r.indicator === indicator);
  const num = (x: number | undefined, digits: number) => (x === undefined ? "" : formatNumber(x, lang, { digits }));
  const interval = (r: Burden | undefined, digits: number) =>
    r === undefined ? "" : `${num(r.ci_low, digits)}–${num(r.ci_high, digits)}`;
  const hidden = (rows: Burden[]) => (rows[0]?.n ?? 0) < study.threshold;
  return {
    id,
    caption: tr("burden_caption", lang),
    columns: [
      { label: tr("col_method", lang), numeric: false },
      { label: "n", numeric: true },
      { label: tr("col_hours", lang), numeric: true },
      { label: tr("col_ci", lang), numeric: true },
      { label: tr("col_fte_total", lang), numeric: true },
      { label: tr("col_ci", lang), numeric: true },
    ],
    cells: groups.map(({ label, rows }) => {
      if (hidden(rows)) return [label, tr("suppressed_cell", lang), "", "", "", ""];
      const h = get(rows, "heures_par_semaine");
      const t = get(rows, "etp_total");
      return [label, String(rows[0]?.n ?? 0), num(h?.estimate, 1), interval(h, 1), num(t?.estimate, 1), interval(t, 1)];
    }),
    csv: {
      columns: [
        tr("col_method", lang),
        "n",
        tr("csv_hours", lang),
        `${tr("csv_hours", lang)}_${tr("csv_ci_low", lang)}`,
        `${tr("csv_hours", lang)}_${tr("csv_ci_high", lang)}`,
        tr("csv_fte_total", lang),
        `${tr("csv_fte_total", lang)}_${tr("csv_ci_low", lang)}`,
        `${tr("csv_fte_total", lang)}_${tr("csv_ci_high", lang)}`,
      ],
      rows: groups.map(({ label, rows }) => {
        if (hidden(rows)) return [label, null, null, null, null, null, null, null];
        const h = get(rows, "heures_par_semaine");
        const t = get(rows, "etp_total");
        return [
          label,
          rows[0]?.n ?? null,
          round(h?.estimate, 2),
          round(h?.ci_low, 2),
          round(h?.ci_high, 2),
          round(t?.estimate, 2),
          round(t?.ci_low, 2),
          round(t?.ci_high, 2),
        ];
      }),
    },
    note: tr("burden_note", lang),
  };
}
