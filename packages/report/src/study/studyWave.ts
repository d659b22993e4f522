import type { Wave } from "@monitoring-social/ingest";
import type { LocalizedText } from "@monitoring-social/questionnaire";

/** A commune of a study: its postcode and its names (French and Dutch, from the postcode). */
export interface StudyCommune {
  /** Main postcode, e.g. `"1190"`. */
  readonly postcode: string;
  /** Name in French and Dutch (`findBrusselsCommune`); the postcode itself outside Brussels. */
  readonly name: LocalizedText;
}

/**
 * One wave of a study: a commune in a year, with its instrument version, source file and
 * validation (the fields of {@link Wave}), and what the study adds — its key in the study's table,
 * its label, whether it is a reference.
 */
export interface StudyWave extends Wave {
  /** Value of {@link STUDY_WAVE_COLUMN} for its respondents, e.g. `"2021"` or `"2025-1190"`. */
  readonly key: string;
  /** The commune, with its names. */
  readonly place: StudyCommune;
  /** How charts and tables name it: « 2021 », « Forest », « Forest 2025 », « Schaerbeek 2025 (fictif) ». */
  readonly label: LocalizedText;
  /** Whether it comes from the reference study (compared with, never pooled). */
  readonly reference: boolean;
  /** Accepted respondents of this wave (of its commune, when an export was split by A6). */
  readonly respondents: number;
}
