import { dumbbellChart, LOCALES, labelled, likertChart, quote, smallMultiplesChart } from "@monitoring-social/charts";
import {
  compareBattery,
  compareMultiple,
  likert,
  multipleResponse,
  proportion,
  surveyDesign,
} from "@monitoring-social/stats";
import type { ColumnTable } from "arquero";
import type { Block, BuiltSection, Finding } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import { distributionTable, type ShareRow } from "../content/distributionTable.ts";
import { choiceLabels, questionLabel, ranks, scaleCodes } from "../content/labels.ts";
import { type LikertRow, likertTable } from "../content/likertTable.ts";
import type { LikertSection } from "../definition/section.ts";
import type { CountForm } from "../disclosure/countForm.ts";
import { comparisonForms, disclosedRows, rankForms, shareForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { findingInContext } from "../story/findingInContext.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { largestFinding } from "../story/rankFindings.ts";
import { comparisonBases, distributionBases } from "../story/waveBases.ts";
import { POOLED_COLUMN, STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import type { StudyComparison } from "../study/studyComparison.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { describeComparison } from "../wording/describeComparison.ts";
import { formatP } from "../wording/formatP.ts";
import {
  changeOrGap,
  compareBy,
  comparisonBlockId,
  comparisonShown,
  differenceNote,
  groupWaves,
  holmNote,
  mainComparison,
  namedGroups,
  testedRows,
  testKey,
} from "./comparisonParts.ts";
import { indicatorOf, ofWave } from "./derive.ts";
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

/** The battery of one wave: diverging bars, and the table of agreement and mean rank. */
function battery(
  ctx: SectionContext,
  section: LikertSection,
  wave: StudyWave,
  scale: readonly string[],
): Block | undefined {
  const { study, lang } = ctx;
  const first = section.items[0]!;
  const agree = scale.slice(-2);
  const scaleLabels = choiceLabels(study.instrument, first, lang);
  const itemLabels = Object.fromEntries(section.items.map((i) => [i, questionLabel(study.instrument, i, lang)]));
  const design = surveyDesign(ofWave(study.harmonised.table, wave.key, STUDY_WAVE_COLUMN));
  const asked = section.items.filter((i) => (design.table.array(i) as unknown[]).some((v) => v !== null));
  if (asked.length === 0) return undefined;
  // Each item's bar shows all its answers, or none.
  const rows = asked.flatMap(
    (i) =>
      disclosedRows(
        ctx.disclosure,
        proportion(design, i, { levels: scale, threshold: study.threshold }).objects() as unknown as ShareRow[],
        shareForms(i, [null], { wave: wave.key, levels: scale, together: true }),
      ) as never[],
  );
  const rankOf = ranks(study.instrument, first);
  const summary = disclosedRows(
    ctx.disclosure,
    likert(design, asked, { ranks: rankOf, agree, threshold: study.threshold }).objects() as unknown as (LikertRow & {
      agree_n: number;
    })[],
    (r) => {
      const mean = rankForms(wave.key, r.question, rankOf, r.n, r.mean_rank ?? undefined);
      const agreeing = {
        kind: "count",
        wave: wave.key,
        variable: r.question,
        codes: agree,
        binary: true,
        observed: r.agree_n,
      } as const;
      return { shown: [agreeing, ...mean.shown], needs: mean.needs };
    },
  );
  const title = tr("likert_title", lang, { title: section.title[lang], year: wave.label[lang] });
  const id = blockId(section.id, wave.key);
  return {
    kind: "figure",
    id,
    chart: likertChart(rows, {
      ...chartOptions(
        ctx,
        {
          title,
          subtitle: questionSubtitle({
            lang,
            measure: tr("subtitle_likert", lang),
            bases: distributionBases(
              (rows as ShareRow[]).map((r) => ({ ...r, [STUDY_WAVE_COLUMN]: wave.label[lang] })),
              STUDY_WAVE_COLUMN,
            ),
            items: true,
          }),
          note: tr("note_likert_chart", lang),
        },
        { groups: [{ key: wave.key, waves: [wave.key], label: wave.label, fictional: wave.fictional }] },
      ),
      scale,
      scaleLabels,
      itemLabels,
    }),
    table: likertTable(summary, {
      id,
      caption: title,
      labels: itemLabels,
      lang,
      shares: { rows: rows as ShareRow[], levels: scale, labels: scaleLabels },
    }),
  };
}

/** The agreement with each item in each commune of a year, side by side on one scale, and pooled. */
function sideBySide(
  ctx: SectionContext,
  section: LikertSection,
  year: string,
  waves: readonly StudyWave[],
  agree: readonly string[],
  agreeText: string,
): Block {
  const { study, lang } = ctx;
  const itemLabels = Object.fromEntries(section.items.map((i) => [i, questionLabel(study.instrument, i, lang)]));
  let flagged: ColumnTable = study.harmonised.table;
  for (const i of section.items) flagged = indicatorOf(flagged, i, agree, `agree__${i}`);
  const columns = section.items.map((i) => `agree__${i}`);
  const forms = (wave: string | readonly string[]) => (r: ShareRow) => ({
    shown: [{ kind: "count", wave, variable: r.level, codes: agree, binary: true, observed: r.n } as CountForm],
    needs: [
      { kind: "margin", wave, variable: r.level, codes: { except: [null] }, observed: r.denominator } as CountForm,
    ],
  });
  const keys = new Set(waves.map((w) => w.key));
  // Each item is its own question: its base is the respondents who answered that item.
  const design = designOf(flagged);
  const perItem = (by: string) =>
    columns.flatMap((c) => multipleResponse(design, [c], { by, threshold: study.threshold }).objects() as ShareRow[]);
  const byWave = perItem(STUDY_WAVE_COLUMN).filter((r) => keys.has(String(r[STUDY_WAVE_COLUMN])));
  const shown = byWave.flatMap((r) => disclosedRows(ctx.disclosure, [r], forms(String(r[STUDY_WAVE_COLUMN]))));
  const all = study.waves.filter((w) => !w.reference && w.year === year).map((w) => w.key);
  const pooled = disclosedRows(
    ctx.disclosure,
    perItem(POOLED_COLUMN)
      .filter((r) => String(r[POOLED_COLUMN]) === year)
      .map((r) => ({ ...r, [STUDY_WAVE_COLUMN]: pooledKey(year) })),
    forms(all),
  );
  const groups = [...waves.map((w) => w.key), pooledKey(year)];
  const names = Object.fromEntries(groups.map((g) => [g, groupLabel(ctx, g)]));
  const fid = study.years.length > 1 ? blockId(section.id, "communes", year) : blockId(section.id, "communes");
  const title = `${tr("likert_agree_title", lang)}${study.years.length > 1 ? ` (${year})` : ""}`;
  return {
    kind: "figure",
    id: fid,
    chart: smallMultiplesChart([...shown, ...pooled] as never, {
      ...chartOptions(ctx, {
        title,
        subtitle: tr("likert_agree_communes", lang, { agree: agreeText }),
        note: tr("note_pooled", lang),
      }),
      by: STUDY_WAVE_COLUMN,
      groups,
      groupLabels: names,
      labels: itemLabels,
      levels: section.items,
    }),
    table: distributionTable(
      [...shown, ...pooled].map((r) => ({ ...r, [STUDY_WAVE_COLUMN]: names[String(r[STUDY_WAVE_COLUMN])]! })),
      {
        id: fid,
        caption: title,
        by: STUDY_WAVE_COLUMN,
        levels: section.items,
        labels: itemLabels,
        lang,
        groups: groups.map((g) => names[g]!),
        note: tr("note_pooled_table", lang),
      },
    ),
  };
}

/** The share agreeing compared item by item, and the whole scale (Wilcoxon–Mann–Whitney), for one comparison. */
function compared(
  ctx: SectionContext,
  section: LikertSection,
  cmp: StudyComparison,
  items: readonly string[],
  agree: readonly string[],
  agreeText: string,
): { blocks: Block[]; headline: Finding } {
  const { study, lang } = ctx;
  const first = section.items[0]!;
  const itemLabels = Object.fromEntries(section.items.map((i) => [i, questionLabel(study.instrument, i, lang)]));
  const [a, b] = [cmp.groups[0].label[lang], cmp.groups[1].label[lang]];
  let flagged: ColumnTable = study.harmonised.table;
  for (const i of items) flagged = indicatorOf(flagged, i, agree, `agree__${i}`);
  const raw = compareMultiple(
    designOf(flagged),
    items.map((i) => `agree__${i}`),
    { ...compareBy(cmp), threshold: study.threshold },
  ).objects() as unknown as ShareComparisonRow[];
  const rows = namedGroups(
    ctx,
    cmp,
    disclosedRows(
      ctx.disclosure,
      testedRows(ctx, raw, (r) => testKey(section.id, cmp.id, r.level, "agree")),
      comparisonForms((r) => ({ variable: r.level, codes: agree, excluded: [null], binary: true }), groupWaves(cmp)),
    ),
  );
  const notes = items
    // Keyed to what the chart shows: the statement as labelled, never its code (F3).
    .map((i) => {
      const note = comparabilityNote(ctx, i);
      return note ? labelled(quote(itemLabels[i] ?? i, lang), note.replace(/\.$/, ""), lang) : "";
    })
    .filter(Boolean);
  const fid = comparisonBlockId(ctx, cmp, section.id, "accord");
  const findings: Finding[] = rows
    .filter((r) => !r.suppressed)
    .map((r) =>
      describeComparison(r, { label: itemLabels[r.level] ?? r.level, lang, alpha: study.alpha, change: cmp.change }),
    );
  const significant = findings.filter((f) => f.significant);
  const largest = largestFinding(significant);
  const top = largest && findingInContext(largest, tr("story_agree_context", lang));
  const summary = (k: number) =>
    tr(changeOrGap(cmp, "likert_summary"), lang, { agree: agreeText, k, n: findings.length, a, b });
  const blocks: Block[] = [
    { kind: "paragraph", text: summary(significant.length) },
    ...(significant.length > 0 ? [{ kind: "findings" as const, items: significant }] : []),
    {
      kind: "figure",
      id: fid,
      chart: dumbbellChart(rows, {
        ...chartOptions(
          ctx,
          {
            title: findingTitle(top, tr("likert_agree_title", lang), lang),
            subtitle: questionSubtitle({
              lang,
              measure: tr(changeOrGap(cmp, "likert_agree_subtitle"), lang, { agree: agreeText, a, b }),
              bases: comparisonBases(rows),
              items: true,
            }),
            note: [differenceNote(cmp, lang), ...notes].join(LOCALES[lang].semicolon),
          },
          comparisonShown(ctx, cmp),
        ),
        labels: itemLabels,
        alpha: study.alpha,
      }),
      table: comparisonTable(rows, {
        id: fid,
        caption: tr("likert_agree_title", lang),
        labels: itemLabels,
        lang,
        note: holmNote(ctx, cmp),
      }),
    },
  ];
  // The whole scale, Wilcoxon–Mann–Whitney, Holm over the whole report.
  const scale = (
    compareBattery(study.design, items, { ...compareBy(cmp), ranks: ranks(study.instrument, first) }).objects() as {
      question: string;
      p_value: number;
    }[]
  ).map((r) => ({ ...r, p: ctx.tests.adjust(testKey(section.id, cmp.id, r.question, "scale"), r.p_value) }));
  const shifted = scale.filter((r) => r.p !== null && r.p < study.alpha);
  blocks.push({
    kind: "paragraph",
    text: tr("likert_scale_test", lang, {
      k: shifted.length,
      n: scale.length,
      items:
        shifted.length > 0
          ? shifted
              .map((r) => `${itemLabels[r.question]} (${formatP(r.p, lang, { adjusted: true })})`)
              .join(LOCALES[lang].semicolon)
          : "—",
    }),
  });
  return { blocks, headline: top ?? { text: summary(0), significant: false, subject: section.title[lang] } };
}

/**
 * Builds a `likert` section: the battery of each wave as diverging bars (with its table of
 * agreement and mean rank); several communes of a year side by side (the share agreeing with each
 * item, on one scale, and pooled); for each comparison of the study, the share agreeing (« plutôt » +
 * « tout à fait ») compared item by item (dumbbell, one test per item) and the whole scale of each
 * item (Wilcoxon–Mann–Whitney), every p-value adjusted by Holm over the whole report. Items asked
 * in one wave only are shown for that wave and left out of the comparisons; reworded items carry
 * their note.
 * @example likertSection({ study, lang: "fr" }, { kind: "likert", id: "ressenti", title, items: ["F1", "F2"] })
 */
export function likertSection(ctx: SectionContext, section: LikertSection): BuiltSection {
  const { study, lang } = ctx;
  const first = section.items[0]!;
  const scale = scaleCodes(study.instrument, first);
  const scaleLabels = choiceLabels(study.instrument, first, lang);
  const itemLabels = Object.fromEntries(section.items.map((i) => [i, questionLabel(study.instrument, i, lang)]));
  const agree = scale.slice(-2);
  const agreeText = agree.map((c) => quote(scaleLabels[c] ?? c, lang)).join(tr("or", lang));
  const blocks: Block[] = [];
  const headlines: Finding[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });
  const comparisons = study.comparisons
    .map((cmp) => ({
      cmp,
      items: section.items.filter((i) => comparable(ctx, i, [...cmp.groups[0].waves, ...cmp.groups[1].waves])),
    }))
    .filter((x) => x.items.length > 0);

  // The battery of each wave shown (the reference's only when compared with).
  const shown = study.waves.filter(
    (w) => !w.reference || comparisons.some((x) => x.cmp.groups[0].waves.includes(w.key)),
  );
  for (const w of shown) {
    const figure = battery(ctx, section, w, scale);
    if (figure) blocks.push(figure);
  }

  // Several communes of a year, side by side.
  for (const year of study.years) {
    const ofYear = study.waves.filter((w) => !w.reference && w.year === year);
    if (ofYear.length >= 2) blocks.push(sideBySide(ctx, section, year, ofYear, agree, agreeText));
  }

  const main = mainComparison(ctx);
  const lead = comparisons.find((x) => x.cmp === main) ?? comparisons[0];
  const several = comparisons.length > 1;
  for (const x of comparisons) {
    if (several) blocks.push({ kind: "heading", text: x.cmp.title[lang] });
    const r = compared(ctx, section, x.cmp, x.items, agree, agreeText);
    blocks.push(...r.blocks);
    if (x === lead) headlines.push(r.headline);
  }
  // Items compared in no comparison while the study has some: asked in one wave only.
  const never = section.items.filter((i) => !comparisons.some((x) => x.items.includes(i)));
  if (comparisons.length > 0 && never.length > 0)
    blocks.push({
      kind: "paragraph",
      text: tr("likert_one_wave", lang, { items: never.map((i) => quote(itemLabels[i] ?? i, lang)).join(", ") }),
    });
  if (comparisons.length === 0) {
    const asked = section.items.filter((i) => askedWaves(ctx, i).some((w) => !w.reference));
    blocks.push({ kind: "paragraph", text: tr("likert_descriptive", lang, { agree: agreeText, n: asked.length }) });
  }
  return { id: section.id, title: section.title[lang], blocks, headlines };
}
