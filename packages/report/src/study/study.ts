import type { HarmonisedWaves, Wave } from "@monitoring-social/ingest";
import type { Instrument } from "@monitoring-social/questionnaire";
import type { SurveyDesign } from "@monitoring-social/stats";
import type { ReportDefinition } from "../definition/reportDefinition.ts";

/** Everything a report is built from: the definition, both validated waves, one comparison table. */
export interface Study {
  /** The report definition. */
  readonly definition: ReportDefinition;
  /** Both waves, oldest first, with their validation reports. */
  readonly waves: readonly [Wave, Wave];
  /** Both waves in the comparison schema (column `vague`), with comparability notes. */
  readonly harmonised: HarmonisedWaves;
  /** The comparison schema: questions, lists and labels used to compare the waves. */
  readonly instrument: Instrument;
  /** Unweighted design over the harmonised table. */
  readonly design: SurveyDesign;
  /** Years of the two waves, oldest first (values of `vague`). */
  readonly years: readonly [string, string];
  /** Whether any wave is fictional: every output says so. */
  readonly fictional: boolean;
  /** Significance level of adjusted p-values. */
  readonly alpha: number;
  /** Disclosure threshold: cells with fewer respondents are not published. */
  readonly threshold: number;
}
