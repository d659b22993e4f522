/**
 * What the reader notes about a row while it reads it: why it rejects it (a malformed row), or
 * that it spans several lines of the text file.
 */
export const RowNoteCode = {
  /** Fewer cells than the header, or text beyond it: rejected. */
  raggedRow: "ragged_row",
  /** A cell opens a quote that its row does not close (it would swallow the next lines): rejected. */
  unclosedQuote: "unclosed_quote",
  /** A row spans more lines than `maxRowLines`: rejected. */
  tooManyLines: "too_many_lines",
  /** A cell longer than `maxCellLength`: rejected. */
  cellTooLong: "cell_too_long",
  /** A row whose quoted cells hold line breaks: kept, reported with its first and last line. */
  multilineRow: "multiline_row",
  /** A line that a cut row's open quote had swallowed, read again as a row: kept, reported to be checked. */
  rereadLine: "reread_line",
} as const;
/** One of the codes of {@link RowNoteCode}. */
export type RowNoteCode = (typeof RowNoteCode)[keyof typeof RowNoteCode];

/**
 * Whether a value is a row note code.
 * @example isRowNoteCode("unclosed_quote") // => true
 */
export function isRowNoteCode(value: unknown): value is RowNoteCode {
  return typeof value === "string" && (Object.values(RowNoteCode) as string[]).includes(value);
}

/** Whether a note rejects its row (every note but `multiline_row` and `reread_line`). */
export function rejectsRow(code: RowNoteCode): boolean {
  return code !== RowNoteCode.multilineRow && code !== RowNoteCode.rereadLine;
}

/** A note on one row. */
export interface RowNote {
  /** What happened. */
  readonly code: RowNoteCode;
  /** First physical line of the row in the text file (1 = first line); the row number in a workbook. */
  readonly line: number;
  /** Last physical line of the row (equal to `line` for a row on one line). */
  readonly lastLine: number;
  /** Index of the cell concerned in the row, or -1. */
  readonly column: number;
  /** Numbers the message needs (`length`, `max`…). */
  readonly params: Readonly<Record<string, number>>;
}
