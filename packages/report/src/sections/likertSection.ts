import { dumbbellChart, LOCALES, labelled, likertChart, quote } from "@monitoring-social/charts";
import { compareBattery, compareMultiple, likert, proportion, surveyDesign } from "@monitoring-social/stats";
import type { ColumnTable } from "arquero";
import type { Block, BuiltSection, Finding } from "../content/block.ts";
import { comparisonTable, type ShareComparisonRow } from "../content/comparisonTable.ts";
import type { ShareRow } from "../content/distributionTable.ts";
import { choiceLabels, questionLabel, ranks, scaleCodes } from "../content/labels.ts";
import { type LikertRow, likertTable } from "../content/likertTable.ts";
import type { LikertSection } from "../definition/section.ts";
import { comparisonForms, disclosedRows, rankForms, shareForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { findingInContext } from "../story/findingInContext.ts";
import { findingTitle } from "../story/findingTitle.ts";
import { questionSubtitle } from "../story/questionSubtitle.ts";
import { largestFinding } from "../story/rankFindings.ts";
import { comparisonBases, distributionBases } from "../story/waveBases.ts";
import { describeComparison } from "../wording/describeComparison.ts";
import { formatP } from "../wording/formatP.ts";
import { indicatorOf, ofWave } from "./derive.ts";
import {
  blockId,
  chartOptions,
  comparabilityNote,
  comparabilityStatus,
  type SectionContext,
} from "./sectionContext.ts";

/**
 * Builds a `likert` section: the battery per wave as diverging bars; the share agreeing ("plutôt" +
 * "tout à fait") per item compared between the waves (dumbbell, one test per item, Holm across the
 * battery); the whole scale of each item compared with Wilcoxon–Mann–Whitney (Holm). Items asked in
 * one wave only are shown for that wave and left out of the comparison; reworded items carry their note.
 * @example likertSection({ study, lang: "fr" }, { kind: "likert", id: "ressenti", title, items: ["F1", "F2"] })
 */
export function likertSection(ctx: SectionContext, section: LikertSection): BuiltSection {
  const { study, lang } = ctx;
  const [a, b] = study.years;
  const first = section.items[0]!;
  const scale = scaleCodes(study.instrument, first);
  const scaleLabels = choiceLabels(study.instrument, first, lang);
  const itemLabels = Object.fromEntries(section.items.map((i) => [i, questionLabel(study.instrument, i, lang)]));
  const compared = section.items.filter((i) => {
    const s = comparabilityStatus(ctx, i);
    return s !== "only_one_version" && s !== "not_comparable";
  });
  const agree = scale.slice(-2);
  const blocks: Block[] = [];
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });

  // The battery of each wave.
  for (const year of study.years) {
    const design = surveyDesign(ofWave(study.harmonised.table, year));
    const asked = section.items.filter((i) => (design.table.array(i) as unknown[]).some((v) => v !== null));
    // Each item's bar shows all its answers, or none.
    const rows = asked.flatMap(
      (i) =>
        disclosedRows(
          ctx.disclosure,
          proportion(design, i, { levels: scale, threshold: study.threshold }).objects() as unknown as ShareRow[],
          shareForms(i, [null], { wave: year, levels: scale, together: true }),
        ) as never[],
    );
    const rankOf = ranks(study.instrument, first);
    const summary = disclosedRows(
      ctx.disclosure,
      likert(design, asked, { ranks: rankOf, agree, threshold: study.threshold }).objects() as unknown as (LikertRow & {
        agree_n: number;
      })[],
      (r) => {
        const mean = rankForms(year, r.question, rankOf, r.n, r.mean_rank ?? undefined);
        const agreeing = {
          kind: "count",
          wave: year,
          variable: r.question,
          codes: agree,
          binary: true,
          observed: r.agree_n,
        } as const;
        return { shown: [agreeing, ...mean.shown], needs: mean.needs };
      },
    );
    const title = tr("likert_title", lang, { title: section.title[lang], year });
    blocks.push({
      kind: "figure",
      id: blockId(section.id, year),
      chart: likertChart(rows, {
        ...chartOptions(ctx, {
          title,
          subtitle: questionSubtitle({
            lang,
            measure: tr("subtitle_likert", lang),
            bases: distributionBases(
              rows.map((r: ShareRow) => ({ ...r, vague: year })),
              "vague",
            ),
            items: true,
          }),
          note: tr("note_likert_chart", lang),
        }),
        scale,
        scaleLabels,
        itemLabels,
      }),
      table: likertTable(summary, {
        id: blockId(section.id, year),
        caption: title,
        labels: itemLabels,
        lang,
        shares: { rows, levels: scale, labels: scaleLabels },
      }),
    });
  }

  // Share agreeing, compared item by item.
  let flagged: ColumnTable = study.harmonised.table;
  for (const i of compared) flagged = indicatorOf(flagged, i, agree, `agree__${i}`);
  const rows = disclosedRows(
    ctx.disclosure,
    compareMultiple(
      surveyDesign(flagged),
      compared.map((i) => `agree__${i}`),
      { by: "vague", threshold: study.threshold },
    ).objects() as unknown as ShareComparisonRow[],
    comparisonForms((r) => ({ variable: r.level, codes: agree, excluded: [null], binary: true })),
  );
  const notes = compared
    // Keyed to what the chart shows: the statement as labelled, never its code (F3).
    .map((i) => {
      const note = comparabilityNote(ctx, i);
      return note ? labelled(quote(itemLabels[i] ?? i, lang), note.replace(/\.$/, ""), lang) : "";
    })
    .filter(Boolean);
  const oneWave = section.items.filter((i) => !compared.includes(i));
  const fid = blockId(section.id, "accord");
  const agreeText = agree.map((c) => quote(scaleLabels[c] ?? c, lang)).join(tr("or", lang));
  const findings: Finding[] = rows
    .filter((r) => !r.suppressed)
    .map((r) => describeComparison(r, { label: itemLabels[r.level] ?? r.level, lang, alpha: study.alpha }));
  const significant = findings.filter((f) => f.significant);
  const largest = largestFinding(significant);
  const agreeContext = tr("story_agree_context", lang);
  blocks.push(
    {
      kind: "paragraph",
      text: tr("likert_summary", lang, { agree: agreeText, k: significant.length, n: findings.length, a, b }),
    },
    ...(significant.length > 0 ? [{ kind: "findings" as const, items: significant }] : []),
    {
      kind: "figure",
      id: fid,
      chart: dumbbellChart(rows, {
        ...chartOptions(ctx, {
          title: findingTitle(largest && findingInContext(largest, agreeContext), tr("likert_agree_title", lang), lang),
          subtitle: questionSubtitle({
            lang,
            measure: tr("likert_agree_subtitle", lang, { agree: agreeText, a, b }),
            bases: comparisonBases(rows),
            items: true,
          }),
          note: [tr("note_newcombe", lang), ...notes].join(LOCALES[lang].semicolon),
        }),
        labels: itemLabels,
        alpha: study.alpha,
      }),
      table: comparisonTable(rows, {
        id: fid,
        caption: tr("likert_agree_title", lang),
        labels: itemLabels,
        lang,
        note: tr("note_holm", lang),
      }),
    },
  );

  // The whole scale, Wilcoxon–Mann–Whitney with Holm across the battery.
  const battery = compareBattery(study.design, compared, {
    by: "vague",
    ranks: ranks(study.instrument, first),
  }).objects() as {
    question: string;
    p_adjusted: number;
  }[];
  const shifted = battery.filter((r) => r.p_adjusted < study.alpha);
  blocks.push({
    kind: "paragraph",
    text: tr("likert_scale_test", lang, {
      k: shifted.length,
      n: battery.length,
      items:
        shifted.length > 0
          ? shifted
              .map((r) => `${itemLabels[r.question]} (${formatP(r.p_adjusted, lang, { adjusted: true })})`)
              .join(LOCALES[lang].semicolon)
          : "—",
    }),
  });
  if (oneWave.length > 0)
    blocks.push({
      kind: "paragraph",
      text: tr("likert_one_wave", lang, { items: oneWave.map((i) => quote(itemLabels[i] ?? i, lang)).join(", ") }),
    });
  const top = largest && findingInContext(largest, agreeContext);
  return {
    id: section.id,
    title: section.title[lang],
    blocks,
    headlines: top
      ? [top]
      : [
          {
            text: tr("likert_summary", lang, { agree: agreeText, k: 0, n: findings.length, a, b }),
            significant: false,
            subject: section.title[lang],
          },
        ],
  };
}
