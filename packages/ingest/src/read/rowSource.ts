import type { RowNote } from "./rowNote.ts";

/** A table read from a file: its header and a way to visit each data row once, in order. */
export interface RowSource {
  /** Column headers as in the file. */
  readonly header: readonly string[];
  /**
   * Visits every data row: the cells as strings (blank → `""`), the row number as a user sees it
   * in a spreadsheet (header = row 1), the reader's note on the row (why it is rejected, or that it
   * spans several lines of a text file) or `null`, and its first physical line in a text file
   * (default: the row number). Blank lines are skipped and counted in `blankLines`.
   */
  readonly each: (visit: (cells: readonly string[], row: number, note?: RowNote | null, line?: number) => void) => void;
  /** Number of blank lines skipped (known after `each`). */
  readonly blankLines: () => number;
}
