import { indicatorColumn, question } from "@monitoring-social/questionnaire";
import { multipleResponse, proportion } from "@monitoring-social/stats";
import type { ShareRow } from "../content/distributionTable.ts";
import { missingCodes, scaleCodes } from "../content/labels.ts";
import { choiceForms, disclosedRows, type RowWaves, shareForms } from "../disclosure/disclosedRows.ts";
import { tr } from "../messages/index.ts";
import { POOLED_COLUMN, STUDY_WAVE_COLUMN } from "../study/studyColumns.ts";
import type { StudyWave } from "../study/studyWave.ts";
import type { SectionContext } from "./sectionContext.ts";

/** Key of the pooled group of a year in {@link STUDY_WAVE_COLUMN}-shaped rows. */
export const pooledKey = (year: string) => `ensemble-${year}`;

/** The indicator columns of a multiple-choice question present in the study's table. */
export function choiceColumns(ctx: SectionContext, id: string): string[] {
  return scaleCodes(ctx.study.instrument, id)
    .map((c) => indicatorColumn(id, c))
    .filter((c) => ctx.study.harmonised.table.columnNames().includes(c));
}

/**
 * The shares of each answer of a choice question (single, ordinal: % of valid answers; multiple:
 * % of respondents per choice) in each of some waves, each with its interval (Wilson: a wave is a
 * stratum of the design), as they may be published (the report's disclosure decision); each row's
 * wave key in {@link STUDY_WAVE_COLUMN}.
 */
export function sharesByWave(ctx: SectionContext, id: string, waves: readonly StudyWave[]): ShareRow[] {
  const keys = new Set(waves.map((w) => w.key));
  return choiceShares(ctx, id, STUDY_WAVE_COLUMN, { column: STUDY_WAVE_COLUMN }, (rows) =>
    rows.filter((r) => keys.has(String(r[STUDY_WAVE_COLUMN]))),
  );
}

/**
 * The shares of a choice question over every commune of a year pooled, through the stratified
 * design (each commune a stratum: domain estimates, Korn–Graubard intervals), as they may be
 * published; the rows' group is {@link pooledKey} of the year in {@link STUDY_WAVE_COLUMN}.
 */
export function pooledShares(ctx: SectionContext, id: string, year: string): ShareRow[] {
  const waves = ctx.study.waves.filter((w) => !w.reference && w.year === year).map((w) => w.key);
  return choiceShares(ctx, id, POOLED_COLUMN, { wave: waves }, (rows) =>
    rows.filter((r) => String(r[POOLED_COLUMN]) === year).map((r) => ({ ...r, [STUDY_WAVE_COLUMN]: pooledKey(year) })),
  );
}

/**
 * The shares of a choice question by a column of the study's table (single, ordinal: % of valid
 * answers; multiple: % of respondents per choice), the rows kept by `keep`, then the disclosure
 * decision applied, each row's counts recorded for the waves `where` says.
 */
function choiceShares(
  ctx: SectionContext,
  id: string,
  by: string,
  where: RowWaves,
  keep: (rows: ShareRow[]) => ShareRow[],
): ShareRow[] {
  const { study } = ctx;
  if (question(study.instrument, id).kind === "multiple")
    return disclosedRows(
      ctx.disclosure,
      keep(
        multipleResponse(study.design, choiceColumns(ctx, id), {
          by,
          threshold: study.threshold,
        }).objects() as ShareRow[],
      ),
      choiceForms(where),
    );
  const missing = missingCodes(study.instrument, id);
  return disclosedRows(
    ctx.disclosure,
    keep(
      proportion(study.design, id, {
        by,
        levels: scaleCodes(study.instrument, id),
        missingCodes: missing,
        threshold: study.threshold,
      }).objects() as ShareRow[],
    ),
    shareForms(id, [null, ...missing], where),
  );
}

/**
 * How the report names a group of per-wave rows: a wave's label (« 2025 », « Forest »), or the
 * communes of a year pooled (« Toutes les communes »).
 * @example groupLabel(ctx, pooledKey("2025")) // => "Toutes les communes"
 */
export function groupLabel(ctx: SectionContext, key: string): string {
  if (key.startsWith("ensemble-"))
    return `${tr("all_communes", ctx.lang)}${ctx.study.years.length > 1 ? ` ${key.slice("ensemble-".length)}` : ""}`;
  return ctx.study.waves.find((w) => w.key === key)?.label[ctx.lang] ?? key;
}

/** Rows of per-wave (or pooled) shares with their group named as the report names it ({@link groupLabel}). Pure. */
export function labelledShares(ctx: SectionContext, rows: readonly ShareRow[]): ShareRow[] {
  return rows.map((r) => ({ ...r, [STUDY_WAVE_COLUMN]: groupLabel(ctx, String(r[STUDY_WAVE_COLUMN])) }));
}
