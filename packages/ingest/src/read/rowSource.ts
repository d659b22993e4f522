/** A table read from a file: its header and a way to visit each data row once, in order. */
export interface RowSource {
  /** Column headers as in the file. */
  readonly header: readonly string[];
  /**
   * Visits every data row: the cells as strings (blank → `""`) and the row number as a user sees it
   * in a spreadsheet (header = row 1). Blank lines are skipped and counted in `blankLines`.
   */
  readonly each: (visit: (cells: readonly string[], row: number) => void) => void;
  /** Number of blank lines skipped (known after `each`). */
  readonly blankLines: () => number;
}
