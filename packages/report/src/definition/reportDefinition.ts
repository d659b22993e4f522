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
}

/**
 * A report, as data: where the two waves are, which harmonisation compares them, and the sections
 * in order. The HTML, figures and tables are generated from it, so a new section is a few lines.
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
  /** Commune (postcode) of the survey. */
  readonly commune: string;
  /** Exactly two waves, oldest first. */
  readonly waves: readonly [WaveSource, WaveSource];
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
