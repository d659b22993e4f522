import type { LocalizedText } from "@monitoring-social/questionnaire";
import type { Section } from "./section.ts";

/** One wave's raw export, as the report reads it. */
export interface WaveSource {
  /** Path of the export (CSV or XLSX), relative to the definition file's folder. */
  readonly file: string;
  /** Instrument version the file follows, e.g. `"worker@2021"`. */
  readonly instrument: string;
  /** Whether the data are fictional: every output then says so. Required, no default. */
  readonly fictional: boolean;
  /** Year of the wave. Default: the instrument's version. */
  readonly year?: string;
  /**
   * Commune of the wave, by postcode (`"1190"`): a study names each wave's commune and year, so that
   * one definition can hold one wave, several years of a commune or several communes. Written by
   * `monitoring init`. Default: the definition's `commune`.
   */
  readonly commune?: string;
  /**
   * Column mapping (file header → question id, `C1__cpas`, `A1__autre_texte`, `id` or `-`; format in
   * `packages/ingest/README.md`): the object itself, or the path of a mapping file (as written by
   * `monitoring validate --write-mapping`), relative to the definition file's folder. Anything else
   * is an error. Default: none.
   */
  readonly mapping?: Readonly<Record<string, unknown>> | string;
  /** Whether unfinished responses (LimeSurvey: empty `submitdate`) count. Default: `false` (set apart). */
  readonly includeIncomplete?: boolean;
  /**
   * One export that covers several communes (a joint survey, a coordination of several communes):
   * split it into one wave per commune by the answer to A6 (the commune where the respondent mainly
   * works). Respondents who work outside Brussels or did not answer A6 are left out, and counted in
   * the methodology. The wave's `commune` is then ignored. Default: `false` (the whole export is
   * one wave of `commune`).
   */
  readonly splitByWorkCommune?: boolean;
}

/** Reference studies a report can compare its commune with, by name. */
export const ReferenceStudy = {
  /**
   * Schaerbeek's monitoring 2021 and 2025, as embedded in `datasets/schaerbeek/` — FICTIONAL data
   * (the real microdata are not public): every comparison with it says so.
   */
  schaerbeek: "schaerbeek",
} as const;
/** One of the reference studies. */
export type ReferenceStudy = (typeof ReferenceStudy)[keyof typeof ReferenceStudy];

/**
 * Whether a value names a reference study.
 * @example isReferenceStudy("schaerbeek") // => true
 */
export function isReferenceStudy(value: unknown): value is ReferenceStudy {
  return typeof value === "string" && Object.hasOwn(ReferenceStudy, value);
}

/**
 * A report, as data: its waves (one or more: each a commune and a year), which harmonisation
 * compares them, and the sections in order. The study's shape follows from the waves (one wave,
 * several years of a commune, several communes, or both: see `studyShape`) and so do its
 * comparisons. The HTML, figures and tables are generated from it, so a new section is a few lines.
 * A definition can be a TypeScript module (`export default defineReport({…})`) or a JSON file.
 */
export interface ReportDefinition {
  /** Folder name of the outputs, e.g. `"schaerbeek-2021-2025"`. */
  readonly id: string;
  /** Title, French and Dutch. */
  readonly title: LocalizedText;
  /** Subtitle. Default: none. */
  readonly subtitle?: LocalizedText;
  /** Who collected the data, for every source line, e.g. « CASS Schaerbeek, enquête auprès des travailleurs sociaux ». */
  readonly source: LocalizedText;
  /**
   * Commune (postcode) of the survey: the default commune of every wave, and the commune the report
   * is about (its key figure, its comparison with the reference) when the study has several.
   */
  readonly commune: string;
  /**
   * The waves, one or more, in any order (the study sorts them by year, then commune): one wave is a
   * descriptive report; several years of a commune are compared wave to wave and over the whole
   * period; several communes side by side, pooled, and each with the others.
   */
  readonly waves: readonly [WaveSource, ...WaveSource[]];
  /**
   * A reference study each wave is also compared with (the reference's wave of the same year, else
   * its latest wave). Default: none.
   */
  readonly reference?: ReferenceStudy;
  /**
   * Smallest number of accepted respondents for a wave to be compared: with fewer, a share's 95 %
   * interval is about ±17 points wide or more (Wilson, 15 of 30), so only large gaps could show; the
   * wave is still shown, and the report says it is too small to compare. A whole number ≥ 2.
   * Default: `30`.
   */
  readonly minSample?: number;
  /** Harmonisation that compares the waves, by instrument family. Default: `"worker"`. */
  readonly harmonisation?: string;
  /** Significance level of adjusted p-values. Default: `0.05`. */
  readonly alpha?: number;
  /**
   * Disclosure threshold: no published number may reveal, directly or by subtraction, a count of
   * fewer respondents. A whole number ≥ 1; below 5 the methodology says so. Default: `5`.
   */
  readonly threshold?: number;
  /** Sections, in order. */
  readonly sections: readonly Section[];
}
