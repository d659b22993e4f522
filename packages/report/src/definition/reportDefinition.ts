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
  /** Saved column mapping (file header → question id), as `monitoring validate --mapping`. Default: none. */
  readonly mapping?: Readonly<Record<string, string>>;
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
