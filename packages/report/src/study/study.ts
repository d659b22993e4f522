import type { HarmonisedWaves } from "@monitoring-social/ingest";
import type { Instrument } from "@monitoring-social/questionnaire";
import type { SurveyDesign } from "@monitoring-social/stats";
import type { ReportDefinition } from "../definition/reportDefinition.ts";
import type { StudyComparison } from "./studyComparison.ts";
import type { StudyShape } from "./studyShape.ts";
import type { StudyCommune, StudyWave } from "./studyWave.ts";

/**
 * Everything a report is built from: the definition, its validated waves (and a reference's), one
 * harmonised table, the stratified design, the study's shape and the comparisons that follow from it.
 * Built by `loadStudy`; shared by the report, the command line and the notebooks.
 */
export interface Study {
  /** The report definition. */
  readonly definition: ReportDefinition;
  /**
   * Every wave, the definition's first (by year, then postcode), then the reference's, each with
   * its validation report.
   */
  readonly waves: readonly StudyWave[];
  /** Every wave in the comparison schema (columns `vague`, `commune`, {@link STUDY_WAVE_COLUMN}…), with comparability notes. */
  readonly harmonised: HarmonisedWaves;
  /** The comparison schema: questions, lists and labels, over every instrument version the waves use. */
  readonly instrument: Instrument;
  /** Unweighted design over the harmonised table, stratified by wave × commune (`STUDY_STRATA`). */
  readonly design: SurveyDesign;
  /** Years of the definition's waves, oldest first, each once. */
  readonly years: readonly string[];
  /** Communes of the definition's waves, the definition's commune first. */
  readonly communes: readonly StudyCommune[];
  /** What the waves make: one wave, several years, several communes, or both. */
  readonly shape: StudyShape;
  /** The comparisons the shape calls for, in reading order (each with its test in every section). */
  readonly comparisons: readonly StudyComparison[];
  /** Waves too small to compare (fewer than `minSample` respondents): shown, not compared, and said. */
  readonly tooSmall: readonly StudyWave[];
  /**
   * Respondents of an export split by commune of work (A6) left out of every wave, by file: `rows`
   * in all, of whom `outsideRegion` work outside the Brussels Region and `noCommune` gave no commune
   * in A6 (blank or unknown answer).
   */
  readonly outsideCommunes: readonly {
    readonly file: string;
    readonly rows: number;
    readonly outsideRegion: number;
    readonly noCommune: number;
  }[];
  /** Whether any of the definition's waves is fictional: every output says so. */
  readonly fictional: boolean;
  /** Significance level of adjusted p-values. */
  readonly alpha: number;
  /** Disclosure threshold: cells with fewer respondents are not published. */
  readonly threshold: number;
  /** Smallest wave compared. */
  readonly minSample: number;
}
