import { formatPercent, formatPercentInterval, listText } from "@monitoring-social/charts";
import { proportion, wilsonInterval } from "@monitoring-social/stats";
import * as aq from "arquero";
import type { Block, BuiltSection, DataTable } from "../content/block.ts";
import { csvPercent } from "../content/csvNumbers.ts";
import { questionLabel } from "../content/labels.ts";
import type { SampleSection } from "../definition/section.ts";
import type { CountForm } from "../disclosure/countForm.ts";
import { disclosedRows } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import { communeText } from "../study/studyCommune.ts";
import type { StudyWave } from "../study/studyWave.ts";
import { inWave } from "../wording/inWave.ts";
import { askedWaves, blockId, comparable, designOf, type SectionContext } from "./sectionContext.ts";
import { singleChoiceComparison } from "./singleChoiceComparison.ts";
import { sharesOfWaves, sideBySide } from "./waveParts.ts";

/** Where each respondent mainly works (A6), for the sample section. */
const WORK_PLACES = ["commune", "bruxelles", "hors"] as const;
type WorkPlace = (typeof WORK_PLACES)[number];

/** The codes of A6 each place counts, for a wave of a commune. */
function placeCodes(place: WorkPlace, postcode: string, codes: readonly string[]): string[] {
  if (place === "commune") return [`c${postcode}`];
  if (place === "hors") return codes.filter((c) => !/^c\d{4}$/.test(c));
  return codes.filter((c) => /^c\d{4}$/.test(c) && c !== `c${postcode}`);
}

/**
 * The commune where the respondents of each wave mainly work (A6): in the wave's commune, in
 * another Brussels commune, outside Brussels — shares with their interval, as they may be
 * published. Waves split from one export by A6 are left out (their commune is their answer).
 */
function workPlaces(
  ctx: SectionContext,
  waves: readonly StudyWave[],
  split: ReadonlySet<string>,
): DataTable | undefined {
  const { study, lang } = ctx;
  const table = study.harmonised.table;
  if (!table.columnNames().includes("A6")) return undefined;
  const shown = waves.filter((w) => !split.has(w.key) && !w.reference);
  if (shown.length === 0) return undefined;
  const a6 = table.array("A6") as readonly (string | null)[];
  const communes = table.array("commune") as readonly string[];
  const place = a6.map((v, i) =>
    v === null ? null : v === `c${communes[i]}` ? "commune" : /^c\d{4}$/.test(v) ? "bruxelles" : "hors",
  );
  const codes = [...new Set(a6.filter((v): v is string => v !== null))];
  const flagged = table.assign(aq.table({ lieu_travail: place }));
  const rows = (
    proportion(designOf(flagged), "lieu_travail", {
      by: STUDY_WAVE_COLUMN,
      levels: [...WORK_PLACES],
      threshold: study.threshold,
    }).objects() as {
      vague_etude: string;
      level: WorkPlace;
      n: number;
      denominator: number;
      estimate: number | null;
      ci_low: number | null;
      ci_high: number | null;
      suppressed: boolean;
    }[]
  ).filter((r) => shown.some((w) => w.key === r.vague_etude));
  const published = disclosedRows(ctx.disclosure, rows, (r) => {
    const w = shown.find((x) => x.key === r.vague_etude)!;
    return {
      shown: [
        {
          kind: "count",
          wave: w.key,
          variable: "A6",
          codes: placeCodes(r.level, w.place.postcode, codes),
          observed: r.n,
        } as CountForm,
      ],
      needs: [
        {
          kind: "margin",
          wave: w.key,
          variable: "A6",
          codes: { except: [null] },
          observed: r.denominator,
        } as CountForm,
      ],
    };
  });
  const label = (w: StudyWave, p: WorkPlace) =>
    p === "commune" ? w.place.name[lang] : tr(p === "hors" ? "work_outside" : "work_other_commune", lang);
  const hidden = tr("suppressed_cell", lang);
  return {
    id: blockId("repondants", "commune-de-travail"),
    caption: tr("work_caption", lang),
    columns: [
      { label: tr("col_wave", lang), numeric: false },
      { label: tr("col_work_place", lang), numeric: false },
      { label: "%", numeric: true },
      { label: tr("col_ci", lang), numeric: true },
    ],
    cells: shown.flatMap((w) =>
      WORK_PLACES.map((p) => {
        const r = published.find((x) => x.vague_etude === w.key && x.level === p);
        if (!r || r.suppressed || r.estimate === null) return [w.label[lang], label(w, p), hidden, ""];
        return [
          w.label[lang],
          label(w, p),
          `${formatPercent(r.estimate, lang)} (${r.n})`,
          r.ci_low === null || r.ci_high === null ? "" : formatPercentInterval(r.ci_low, r.ci_high, lang),
        ];
      }),
    ),
    csv: {
      columns: [
        tr("csv_group", lang),
        tr("csv_code", lang),
        tr("csv_label", lang),
        "n",
        tr("csv_base", lang),
        "pct",
        tr("csv_ci_low", lang),
        tr("csv_ci_high", lang),
        tr("csv_suppressed", lang),
      ],
      rows: shown.flatMap((w) =>
        WORK_PLACES.map((p) => {
          const r = published.find((x) => x.vague_etude === w.key && x.level === p);
          const s = r?.suppressed ?? true;
          return [
            w.label[lang],
            p,
            label(w, p),
            s ? null : (r?.n ?? null),
            r?.denominator ?? null,
            csvPercent(r?.estimate ?? null),
            csvPercent(r?.ci_low ?? null),
            csvPercent(r?.ci_high ?? null),
            s,
          ];
        }),
      ),
    },
    note: tr("work_note", lang),
  };
}

/**
 * Builds a `sample` section: where and when the survey was made (the communes, by their names in
 * French and Dutch, and the waves), how many answered in each wave, the waves too small to be
 * compared (and what « too small » means), where the respondents mainly work (A6), and who they
 * are (type of structure, function…): shares per wave with intervals and, for each comparison of
 * the study, whether the composition differs (a test of the whole distribution) — which is why the
 * time figures are also given at equal composition; several communes of a year side by side.
 * @example sampleSection({ study, lang: "nl" }, { kind: "sample", id: "repondants", title, questions: ["A1", "A3"] })
 */
export function sampleSection(ctx: SectionContext, section: SampleSection): BuiltSection {
  const { study, lang } = ctx;
  const own = study.waves.filter((w) => !w.reference);
  const splitFiles = new Set(study.outsideCommunes.map((o) => o.file));
  const split = new Set(own.filter((w) => splitFiles.has(w.provenance.file)).map((w) => w.key));
  const blocks: Block[] = [];
  // Where and when.
  blocks.push({
    kind: "paragraph",
    text: tr("sample_place", lang, {
      communes: listText(
        study.communes.map((c) => communeText(c, lang)),
        lang,
      ),
      years: listText(study.years, lang),
    }),
  });
  // How many.
  const [w1, w2] = own;
  if (own.length === 2 && w1 && w2 && split.size === 0 && !study.waves.some((w) => w.reference))
    blocks.push({
      kind: "paragraph",
      text: tr("sample_sizes", lang, {
        a: w1.label[lang],
        b: w2.label[lang],
        in_a: inWave(w1.label[lang], lang),
        in_b: inWave(w2.label[lang], lang),
        n_a: w1.respondents,
        n_b: w2.respondents,
        read_a: w1.provenance.rowsRead,
        read_b: w2.provenance.rowsRead,
      }),
    });
  else
    blocks.push({
      kind: "paragraph",
      text: tr("sample_sizes_list", lang, {
        waves: listText(
          study.waves.map((w) =>
            tr(split.has(w.key) ? "sample_size_split" : "sample_size_item", lang, {
              n: w.respondents,
              wave: w.label[lang],
              read: w.provenance.rowsRead,
              file: w.provenance.file,
            }),
          ),
          lang,
        ),
      }),
    });
  for (const o of study.outsideCommunes)
    blocks.push({
      kind: "paragraph",
      text: tr("sample_split", lang, { file: o.file, n: o.rows, region: o.outsideRegion, blank: o.noCommune }),
    });
  if (study.tooSmall.length > 0) blocks.push({ kind: "paragraph", text: tooSmallWarning(ctx) });
  if (section.intro) blocks.push({ kind: "paragraph", text: section.intro[lang] });
  // Where they work.
  const work = workPlaces(ctx, own, split);
  if (work) blocks.push({ kind: "table", table: work });
  // Who they are.
  for (const id of section.questions) {
    blocks.push({ kind: "heading", text: questionLabel(study.instrument, id, lang) });
    const asked = askedWaves(ctx, id).filter((w) => !w.reference);
    const comparisons = study.comparisons.filter((c) =>
      comparable(ctx, id, [...c.groups[0].waves, ...c.groups[1].waves]),
    );
    if (comparisons.length === 0) {
      blocks.push(...sharesOfWaves(ctx, section.id, id, asked).blocks);
      continue;
    }
    for (const year of study.years) {
      const ofYear = asked.filter((w) => w.year === year);
      if (ofYear.length >= 2) blocks.push(...sideBySide(ctx, section.id, id, year, ofYear));
    }
    for (const cmp of comparisons) {
      if (comparisons.length > 1) blocks.push({ kind: "heading", text: cmp.title[lang] });
      blocks.push(
        ...singleChoiceComparison(ctx, section.id, id, "composition_test", cmp, { figure: cmp.kind !== "others" }),
      );
    }
  }
  return { id: section.id, title: section.title[lang], blocks, headlines: [] };
}

/**
 * The warning about the waves too small to compare: which, how many respondents, and what « too
 * small » means (the half-width of a 95 % Wilson interval of a share of one half at the minimum size).
 */
export function tooSmallWarning(ctx: SectionContext): string {
  const { study, lang } = ctx;
  const m = study.minSample;
  // The widest interval a share can have at the minimum size: half of the answers (Wilson, R prop.test).
  const ci = wilsonInterval(Math.floor(m / 2), m);
  const half = (ci.high - ci.low) / 2;
  return tr("too_small", lang, {
    waves: listText(
      study.tooSmall.map((w) => tr("too_small_item", lang, { wave: w.label[lang], n: w.respondents })),
      lang,
    ),
    min: m,
    half: Math.round(half * 100),
  });
}
