import type { Instrument } from "@monitoring-social/questionnaire";
import type { ColumnTable } from "arquero";
import type { ValueConventions } from "../formats/valueConventions.ts";
import type { ColumnBinding } from "../mapping/columnBinding.ts";
import type { RowSource } from "../read/rowSource.ts";
import type { Problem } from "../validate/problem.ts";
import { ingestColumns, rowHashing } from "./ingestColumns.ts";
import type { DecimalSeparator } from "./parseValues.ts";
import { encodeRows } from "./rawColumns.ts";

/** A row that was not accepted, with its raw cells and the reasons. */
export interface RejectedRow {
  /** Row number as a spreadsheet shows it. */
  readonly row: number;
  /** Raw cells as in the file. */
  readonly cells: readonly string[];
  /** Codes of the errors that rejected it. */
  readonly reasons: readonly Problem[];
}

/** Result of {@link ingestRows}. */
export interface IngestResult {
  /** Accepted rows in canonical columns. */
  readonly table: ColumnTable;
  /** Every problem found, in file order. */
  readonly problems: readonly Problem[];
  /** Rejected rows with their reasons. */
  readonly rejected: readonly RejectedRow[];
  /** Data rows read (blank lines excluded). */
  readonly rowsRead: number;
  /** Blank lines skipped. */
  readonly blankLines: number;
}

/** Options of {@link ingestRows}. */
export interface IngestRowsOptions {
  /** File name used in messages. */
  readonly file: string;
  /** Decimal separator of numbers. Default: `","` when the file uses `;`, else `"."` (decided by the caller). */
  readonly decimal: DecimalSeparator;
  /** Value of the `vague` column when the file has none. */
  readonly vague: string;
  /** Value of the `commune` column when the file has none. */
  readonly commune: string;
  /** Prefix of ids given to rows without one. Default: `"ligne-"`. */
  readonly idPrefix?: string;
  /** Encoding name, to explain mojibake. */
  readonly encoding: string;
  /**
   * Whether an unknown answer to a question with an "other" choice is that other text written in
   * place of the choice (Google Forms does this). Default: `false` (an unknown answer is reported).
   */
  readonly otherInPlace?: boolean;
  /** How the file's tool writes blanks, its own "other" and positional codes. Default: plain codes and labels. */
  readonly values?: ValueConventions;
}

/**
 * Types and validates the rows of a source into canonical columns, by the instrument: codes or
 * labels to codes, numbers with decimal comma, dates, multiple-choice indicators or lists, "other"
 * texts; then skip logic, required answers and duplicates. Every row ends up accepted or rejected:
 * `table.numRows() + rejected.length === rowsRead`.
 *
 * Columnar: the rows are read once into dictionary-encoded raw columns; each distinct string of a
 * column is typed once; canonical columns are typed arrays written column by column; skip logic,
 * required answers and duplicates then take one light pass over the rows. Problems come out in
 * file order (by row, then column, then question), as a row-by-row reading would give them.
 */
export function ingestRows(
  source: RowSource,
  bindings: readonly ColumnBinding[],
  instrument: Instrument,
  options: IngestRowsOptions,
): IngestResult {
  return ingestColumns(encodeRows(source, rowHashing(bindings)), source.header, bindings, instrument, options);
}
