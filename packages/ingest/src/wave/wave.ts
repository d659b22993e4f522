import type { Instrument } from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import type { Provenance, ValidationReport } from "../report/validationReport.ts";

/**
 * One wave of a survey: validated answers in canonical columns plus where they came from.
 * Every output built from a wave carries its `fictional` flag.
 */
export interface Wave {
  /** The instrument version the answers follow. */
  readonly instrument: Instrument;
  /** Commune (postcode), e.g. `1030`. */
  readonly commune: string;
  /** Year of the wave, e.g. `2025` (the `vague` column). */
  readonly year: string;
  /** Whether the data are fictional. */
  readonly fictional: boolean;
  /** Accepted rows in canonical columns (DESIGN.md conventions). */
  readonly table: ColumnTable;
  /** File, SHA-256, format, encoding, delimiter, rows read/accepted/rejected. */
  readonly provenance: Provenance;
  /** The validation report. */
  readonly report: ValidationReport;
}
