import { barChart, formatNumber, keyFigure, listText } from "@monitoring-social/charts";
import {
  compareProportions,
  compositionMargins,
  proportion,
  rake,
  type SurveyDesign,
  surveyDesign,
  timeBurden,
} from "@monitoring-social/stats";
import type { Block, BuiltSection, DataTable, Finding } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { csvRound as round } from "../content/csvNumbers.ts";
import { distributionTable, type ShareRow } from "../content/distributionTable.ts";
import { questionLabel } from "../content/labels.ts";
import type { TimeShareSection } from "../definition/section.ts";
import type { CountForm } from "../disclosure/countForm.ts";
import { comparisonForms, disclosedRows, type RowForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { studyQuestionAsAsked } from "../story/questionAsAsked.ts";
import { questionSubtitle, type WaveBase } from "../story/questionSubtitle.ts";
import { withComposition } from "../story/withComposition.ts";
import { POOLED_COLUMN, STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import type { StudyComparison } from "../study/studyComparison.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { describeComparison } from "../wording/describeComparison.ts";
import {
  compareBy,
  comparisonBlockId,
  groupWaves,
  holmNote,
  mainComparison,
  namedGroups,
  testedRows,
  testKey,
} from "./comparisonParts.ts";
import { ofWave, yesNoOf } from "./derive.ts";
import { distributionFigure } from "./distributionFigure.ts";
import {
  askedWaves,
  blockId,
  chartOptions,
  comparabilityNote,
  comparable,
  designOf,
  type SectionContext,
} from "./sectionContext.ts";
import { groupLabel, pooledKey } from "./waveShares.ts";

/** Midpoints (in %) of the 2021 brackets, used for hours and FTE when only the bracket is known. */
export const BRACKET_MIDPOINTS: Readonly<Record<string, number>> = {
  b0_10: 5,
  b11_25: 18,
  b26_50: 38,
  b51_75: 63,
  b76_100: 88,
};

type Burden = { indicator: string; n: number; estimate: number; ci_low: number; ci_high: number };

/** The share above a quarter of the time in some groups (waves, or the communes of a year pooled), as published. */
function aboveShares(
  ctx: SectionContext,
  flagged: Parameters<typeof designOf>[0],
  id: string,
  above: readonly string[],
  by: string,
  groups: readonly { readonly key: string; readonly waves: string | readonly string[]; readonly value: string }[],
): ShareRow[] {
  const rows = (
    proportion(designOf(flagged), "above", {
      by,
      levels: ["yes"],
      threshold: ctx.study.threshold,
    }).objects() as ShareRow[]
  ).flatMap((r) => {
    const g = groups.find((x) => x.value === String(r[by]));
    return g ? [{ ...r, [STUDY_WAVE_COLUMN]: g.key, __waves: g.waves }] : [];
  });
  const forms = (r: ShareRow): RowForms => {
    const wave = r.__waves as string | readonly string[];
    return {
      shown: [{ kind: "count", wave, variable: id, codes: above, binary: true, observed: r.n } as CountForm],
      needs: [{ kind: "margin", wave, variable: id, codes: { except: [null] }, observed: r.denominator } as CountForm],
    };
  };
  return disclosedRows(ctx.disclosure, rows, forms).map(({ __waves: _w, ...r }) => r as ShareRow);
}

/**
 * Builds the `timeShare` section: the share above a quarter of the time — the report's commune's
 * latest wave as a key figure; for each comparison of the study, the two groups compared raw and,
 * between two waves of a commune, at equal composition (the later wave raked to the earlier wave's
 * mix of structures and functions, Rao–Scott test); several communes of a year side by side with
 * all of them pooled — then the distribution of the share of working time spent on procedures in
 * every wave; and hours per week and FTE, with the method of each row said (bracket midpoints or
 * exact percentage). Every p-value is adjusted by Holm over the whole report.
 * @example timeShareSection({ study, lang: "fr" }, { kind: "timeShare", id: "temps", title })
 */
export function timeShareSection(ctx: SectionContext, section: TimeShareSection): BuiltSection {
  const { study, lang } = ctx;
  const id = section.question ?? "B1";
  const above = section.above ?? ["b26_50", "b51_75", "b76_100"];
  const midpoints = section.midpoints ?? BRACKET_MIDPOINTS;
  const fte = section.fte ?? "A5";
  const adjustFor = section.adjustFor ?? ["A1", "A3"];
  const title = questionLabel(study.instrument, id, lang);
  const note = comparabilityNote(ctx, id);
  const blocks: Block[] = [];
  const headlines: Finding[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });
  const asked = askedWaves(ctx, id).filter((w) => !w.reference);
  if (asked.length === 0) {
    blocks.push({ kind: "paragraph", text: tr("not_asked", lang, { question: title }) });
    return { id: section.id, title: section.title[lang], blocks, headlines };
  }
  const flagged = yesNoOf(study.harmonised.table, id, above, "above");
  const aboveLabel = tr("time_above", lang);
  const comparisons = study.comparisons.filter((c) =>
    comparable(ctx, id, [...c.groups[0].waves, ...c.groups[1].waves]),
  );
  const main = mainComparison(ctx);
  const lead = main !== undefined && comparisons.includes(main) ? main : comparisons[0];
  const several = comparisons.length > 1;

  // 1. The key figure: the report's commune, its latest wave, beside its previous wave (drawn once
  // the comparisons are known: its title states the change since that wave when it is demonstrated).
  const focus =
    [...asked].reverse().find((w) => w.place.postcode === study.communes[0]?.postcode) ?? asked[asked.length - 1]!;
  const previous = asked
    .filter((w) => w.place.postcode === focus.place.postcode && w.year < focus.year)
    .sort((x, y) => x.year.localeCompare(y.year))
    .at(-1);
  const [keyRow, previousRow] = [focus, previous].map((w) =>
    w
      ? aboveShares(ctx, flagged, id, above, STUDY_WAVE_COLUMN, [{ key: w.key, waves: w.key, value: w.key }])[0]
      : undefined,
  );
  const single = study.communes.length === 1 && !study.waves.some((w) => w.reference);
  const keyAt = blocks.length;
  if (comparisons.length === 0 && keyRow && !keyRow.suppressed)
    headlines.push({
      text: tr("time_descriptive", lang, {
        label: aboveLabel,
        wave: focus.label[lang],
        value: formatNumber(keyRow.estimate! * 100, lang, { digits: 0 }),
        low: formatNumber(keyRow.ci_low! * 100, lang, { digits: 0 }),
        high: formatNumber(keyRow.ci_high! * 100, lang, { digits: 0 }),
      }),
      significant: false,
    });

  // 2. Several communes of a year side by side, and pooled.
  for (const year of study.years) {
    const ofYear = asked.filter((w) => w.year === year);
    if (ofYear.length < 2) continue;
    const rows = [
      ...aboveShares(
        ctx,
        flagged,
        id,
        above,
        STUDY_WAVE_COLUMN,
        ofYear.map((w) => ({ key: w.key, waves: w.key, value: w.key })),
      ),
      ...aboveShares(ctx, flagged, id, above, POOLED_COLUMN, [
        {
          key: pooledKey(year),
          waves: study.waves.filter((w) => !w.reference && w.year === year).map((w) => w.key),
          value: year,
        },
      ]),
    ].map((r) => ({ ...r, level: String(r[STUDY_WAVE_COLUMN]) }));
    const groupNames = Object.fromEntries(rows.map((r) => [r.level, groupLabel(ctx, r.level)]));
    const fid = study.years.length > 1 ? blockId(section.id, "communes", year) : blockId(section.id, "communes");
    const caption = `${aboveLabel}${study.years.length > 1 ? ` (${year})` : ""}`;
    blocks.push({
      kind: "figure",
      id: fid,
      chart: barChart(rows, {
        ...chartOptions(ctx, {
          title: caption,
          subtitle: tr("subtitle_above_by_commune", lang),
          note: tr("note_pooled", lang),
        }),
        labels: groupNames,
        order: "instrument",
      }),
      table: distributionTable(
        rows.map((r) => ({ ...r, [STUDY_WAVE_COLUMN]: groupNames[r.level]!, level: "yes" })),
        {
          id: fid,
          caption,
          by: STUDY_WAVE_COLUMN,
          levels: ["yes"],
          labels: { yes: aboveLabel },
          lang,
          groups: rows.map((r) => groupNames[r.level]!),
          note: tr("note_pooled_table", lang),
        },
      ),
    });
  }

  // 3. Each comparison: raw, and — two waves of a commune — at equal composition.
  const rakedOf = new Map<StudyComparison, ReturnType<typeof rake>>();
  const rawOf = new Map<StudyComparison, ShareComparisonRow>();
  // The headline of each comparison: raw, said with its value at equal composition when made.
  const headlineOf = new Map<StudyComparison, Finding>();
  for (const cmp of comparisons) {
    const wavesOf = groupWaves(cmp);
    const forms = comparisonForms(() => ({ variable: id, codes: above, excluded: [null], binary: true }), wavesOf);
    const raw = namedGroups(
      ctx,
      cmp,
      disclosedRows(
        ctx.disclosure,
        testedRows(
          ctx,
          compareProportions(designOf(flagged), "above", {
            ...compareBy(cmp),
            levels: ["yes"],
            threshold: study.threshold,
          }).objects() as unknown as ShareComparisonRow[],
          () => testKey(section.id, cmp.id, id, "above"),
        ),
        forms,
      ),
    )[0]!;
    const rawFinding = describeComparison(raw, { label: aboveLabel, lang, alpha: study.alpha, change: cmp.change });
    rawOf.set(cmp, raw);
    const found: Finding[] = [rawFinding];
    const texts: Block[] = [];
    const [a, b] = cmp.groups;
    if (cmp.change) {
      const earlier = ofWave(flagged, a.key, STUDY_WAVE_COLUMN);
      const later = ofWave(flagged, b.key, STUDY_WAVE_COLUMN);
      // The later wave raked to the earlier one's composition, as a domain of the stratified design:
      // the comparison then uses the calibrated variance (R rake + svyglm/svychisq on the raked design).
      const raked = rake(designOf(flagged), compositionMargins(surveyDesign(earlier), adjustFor, later.numRows()), {
        domain: { column: STUDY_WAVE_COLUMN, level: b.key },
      });
      rakedOf.set(cmp, raked);
      // The earlier wave's share is the raw one; the raked share is published with it, or not at all.
      const rawForms = comparisonForms(() => ({ variable: id, codes: above, excluded: [null], binary: true }), wavesOf);
      const rawRow = (
        compareProportions(designOf(flagged), "above", {
          ...compareBy(cmp),
          levels: ["yes"],
          threshold: study.threshold,
        }).objects() as unknown as ShareComparisonRow[]
      )[0]!;
      const adjusted = namedGroups(
        ctx,
        cmp,
        disclosedRows(
          ctx.disclosure,
          testedRows(
            ctx,
            compareProportions(raked, "above", {
              ...compareBy(cmp),
              levels: ["yes"],
              threshold: study.threshold,
            }).objects() as unknown as ShareComparisonRow[],
            () => testKey(section.id, cmp.id, id, "above-composition"),
          ),
          () => rawForms(rawRow),
        ),
      )[0]!;
      found.push(
        describeComparison(adjusted, {
          label: aboveLabel,
          qualifier: tr("at_composition", lang, { year: a.label[lang] }),
          lang,
          alpha: study.alpha,
        }),
      );
      const profile = adjustFor
        .map((q) => questionLabel(study.instrument, q, lang).toLowerCase())
        .join(tr("and", lang));
      texts.push({
        kind: "paragraph",
        text: tr("composition_method", lang, {
          b: b.label[lang],
          a: a.label[lang],
          profile,
          deff: formatNumber(raked.designEffect, lang, { digits: 2 }),
          ess: formatNumber(raked.effectiveSampleSize, lang),
          n: later.numRows(),
        }),
      });
    }
    if (several) blocks.push({ kind: "heading", text: cmp.title[lang] });
    blocks.push({ kind: "findings", items: found }, ...texts);
    if (cmp.kind === "others")
      blocks.push({
        kind: "table",
        table: comparisonTable([raw], {
          id: comparisonBlockId(ctx, cmp, section.id, "plus-quart"),
          caption: aboveLabel,
          labels: { yes: aboveLabel },
          lang,
          note: holmNote(ctx, cmp),
        }),
      });
    const headline = found[1]
      ? withComposition(rawFinding, found[1], tr("at_composition", lang, { year: a.label[lang] }))
      : rawFinding;
    headlineOf.set(cmp, headline);
    if (cmp === lead) headlines.push(headline);
  }

  // The key figure (section 1), now that the change since the previous wave is known.
  const sincePrevious = comparisons.find(
    (c) => c.change && previous !== undefined && c.groups[0].key === previous.key && c.groups[1].key === focus.key,
  );
  if (keyRow) {
    const since = sincePrevious ? headlineOf.get(sincePrevious) : undefined;
    const neutral = single
      ? tr("in_year", lang, { year: focus.year })
      : tr("in_commune_year", lang, { commune: focus.place.name[lang], year: focus.year });
    const estimate = (r: ShareRow) => ({
      level: "yes",
      n: r.n,
      denominator: r.denominator,
      estimate: r.estimate,
      ci_low: r.ci_low,
      ci_high: r.ci_high,
      method: "wilson" as const,
      suppressed: r.suppressed,
    });
    const drawn = [
      ...(previous && previousRow ? [{ wave: previous, row: previousRow }] : []),
      { wave: focus, row: keyRow },
    ];
    const bases: WaveBase[] = drawn
      .filter((d) => !d.row.suppressed)
      .map((d) => ({ year: d.wave.label[lang], n: d.row.denominator }));
    const ownWaves = study.waves
      .filter((w) => !w.reference && w.place.postcode === focus.place.postcode)
      .sort((x, y) => x.year.localeCompare(y.year))
      .map((w) => w.label[lang]);
    const kid = blockId(section.id, "cle");
    const sinceRaw = sincePrevious ? rawOf.get(sincePrevious) : undefined;
    // The key figure's numbers: the share above a quarter, per wave drawn (with the test when compared).
    const table = sinceRaw
      ? comparisonTable([{ ...sinceRaw, question: id, level: above.join("+") }], {
          id: kid,
          caption: aboveLabel,
          labels: { [above.join("+")]: aboveLabel },
          lang,
          note: holmNote(ctx, sincePrevious!),
        })
      : distributionTable(
          drawn.map((d) => ({ ...d.row, [STUDY_WAVE_COLUMN]: d.wave.label[lang], level: "yes" })),
          {
            id: kid,
            caption: aboveLabel,
            by: STUDY_WAVE_COLUMN,
            levels: ["yes"],
            labels: { yes: aboveLabel },
            lang,
            groups: drawn.map((d) => d.wave.label[lang]),
          },
        );
    blocks.splice(keyAt, 0, {
      kind: "figure",
      id: kid,
      chart: keyFigure(estimate(keyRow), {
        ...chartOptions(
          ctx,
          {
            // « En hausse depuis 2021 »: the previous wave named by its year (same commune).
            title: findingTitle(
              since?.facts && previous ? { ...since, facts: { ...since.facts, a: previous.year } } : since,
              neutral,
              lang,
              { form: "short" },
            ),
            subtitle: questionSubtitle({
              lang,
              wordings: studyQuestionAsAsked(
                study,
                id,
                lang,
                drawn.map((d) => d.wave.key),
              ),
              bases,
            }),
          },
          {
            groups: [{ key: focus.key, waves: [focus.key], label: focus.label, fictional: focus.fictional }],
            waves: ownWaves,
          },
        ),
        sentence: tr("time_key_sentence", lang),
        wave: focus.label[lang],
        ...(previous && previousRow ? { previous: { label: previous.year, row: estimate(previousRow) } } : {}),
      }),
      table,
    });
  }

  // 4. The whole distribution per wave.
  const shownWaves = study.waves.filter(
    (w) => asked.includes(w) || comparisons.some((c) => [...c.groups[0].waves, ...c.groups[1].waves].includes(w.key)),
  );
  const leadHeadline = lead ? headlineOf.get(lead) : undefined;
  blocks.push(
    distributionFigure(ctx, {
      id,
      fid: blockId(section.id, id),
      waves: shownWaves,
      finding: leadHeadline,
      ...(note ? { note } : {}),
    }),
  );

  // 5. Hours per week and FTE, with the method of each row.
  const percent = section.percentQuestion ?? "B1_pct";
  const burdenRows: { label: string; rows: Burden[] }[] = [];
  const burden = (design: SurveyDesign, options: Parameters<typeof timeBurden>[1]) =>
    timeBurden(design, options).objects() as unknown as Burden[];
  const byMid = { shareCodes: { column: id, percent: midpoints }, etp: fte } as const;
  const own = asked.filter((w) => !w.reference);
  for (const w of own)
    burdenRows.push({
      label: tr("burden_midpoints", lang, { year: w.label[lang] }),
      rows: burden(surveyDesign(ofWave(flagged, w.key, STUDY_WAVE_COLUMN)), byMid),
    });
  const exact = (w: StudyWave) => w.table.columnNames().includes(percent) && w.table.columnNames().includes(fte);
  for (const w of own.filter(exact))
    burdenRows.push({
      label: tr("burden_exact", lang, { year: w.label[lang] }),
      rows: burden(surveyDesign(w.table), { share: percent, etp: fte }),
    });
  for (const [cmp, raked] of rakedOf)
    burdenRows.push({
      label: tr("burden_adjusted", lang, { year: cmp.groups[1].label[lang], base: cmp.groups[0].label[lang] }),
      rows: burden(raked, { ...byMid, by: STUDY_WAVE_COLUMN }).filter(
        (r) => (r as Burden & { vague_etude: string }).vague_etude === cmp.groups[1].key,
      ),
    });
  const bracketsOnly = own.filter((w) => !exact(w)).map((w) => w.label[lang]);
  const withPercent = own.filter(exact).map((w) => w.label[lang]);
  const list = (xs: readonly string[]) => listText(xs, lang);
  blocks.push(
    {
      kind: "paragraph",
      text:
        bracketsOnly.length > 0 && withPercent.length > 0
          ? tr("burden_method", lang, { a: list(bracketsOnly), b: list(withPercent) })
          : tr(withPercent.length > 0 ? "burden_method_exact" : "burden_method_brackets", lang),
    },
    { kind: "table", table: burdenTable(burdenRows, blockId(section.id, "heures-etp"), ctx) },
  );
  return { id: section.id, title: section.title[lang], blocks, headlines };
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
