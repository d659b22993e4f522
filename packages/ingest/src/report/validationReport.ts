import type { LocalizedText } from "@monitoring-social/questionnaire";
import type { ColumnRecognition } from "../mapping/recogniseColumns.ts";
import type { TextLines } from "../read/textLines.ts";
import type { RejectedRow } from "../typing/ingestRows.ts";
import type { SetApartRow } from "../typing/selectRows.ts";
import type { Problem } from "../validate/problem.ts";

/** Where a wave's data came from and how it was read. */
export interface Provenance {
  /** File name (no folder: reports are shareable). */
  readonly file: string;
  /** SHA-256 of the raw bytes, hex. The raw file is never modified. */
  readonly sha256: string;
  /** Source format, detected or given. */
  readonly format: string;
  /** Text encoding (`xlsx` for a workbook). */
  readonly encoding: string;
  /** Field delimiter (`null` for a workbook). */
  readonly delimiter: string | null;
  /** Decimal separator used to read numbers. */
  readonly decimal: string;
  /** Instrument key, e.g. `worker@2025`. */
  readonly instrument: string;
  /** Data rows read (blank lines excluded). */
  readonly rowsRead: number;
  /** Rows accepted into the wave. */
  readonly rowsAccepted: number;
  /** Rows rejected, listed with their reasons. */
  readonly rowsRejected: number;
  /**
   * Unfinished responses (LimeSurvey: empty `submitdate`). Set apart and left out of the wave unless
   * `incompleteIncluded`; then `rowsAccepted + rowsRejected + rowsIncomplete === rowsRead`.
   */
  readonly rowsIncomplete: number;
  /** Whether unfinished responses were read with the others (`includeIncomplete`). */
  readonly incompleteIncluded: boolean;
  /** Blank lines skipped. */
  readonly blankLines: number;
  /**
   * A text file's physical lines and how they are accounted for (header, rows, blank lines), or
   * `null` for a workbook. A row spanning several lines counts each.
   */
  readonly lines: TextLines | null;
  /** Worksheet read, or `null` for a text file. */
  readonly sheet: string | null;
}

/** The validation report of one file: provenance, column mapping, problems and rejected rows. */
export interface ValidationReport {
  /** Provenance and accounting (`rowsAccepted + rowsRejected + set-apart unfinished rows === rowsRead`). */
  readonly provenance: Provenance;
  /** Whether the data are fictional (carried to every output). */
  readonly fictional: boolean;
  /** What each header feeds and how it was recognised, in file order. */
  readonly columns: readonly ColumnRecognition[];
  /** Every problem, in file order. */
  readonly problems: readonly Problem[];
  /** Rejected rows, with raw cells and reasons. */
  readonly rejected: readonly RejectedRow[];
  /** Unfinished responses set apart (empty when none, or when they were included). */
  readonly incomplete: readonly SetApartRow[];
  /** The instrument's questions in order, with the short label the report names them by. */
  readonly questions: readonly { readonly id: string; readonly label: LocalizedText }[];
}

/**
 * Number of problems per code, codes sorted.
 * @example problemCounts(report) // => { duplicate_id: 1, out_of_range: 1, … }
 */
export function problemCounts(report: Pick<ValidationReport, "problems">): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of report.problems) counts[p.code] = (counts[p.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
