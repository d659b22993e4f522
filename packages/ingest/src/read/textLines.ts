/**
 * How the physical lines of a text file (CSV) are accounted for: every line is the header's, a
 * data row's (accepted or rejected; a row whose quoted cells hold line breaks spans several) or a
 * blank line. Counted from the file's bytes on one side and from the rows read on the other, so
 * that a row swallowed by another cannot pass unseen.
 */
export interface TextLines {
  /** Physical lines of the file (line breaks `\n`, `\r\n` or `\r`; a final line break ends the last line). */
  readonly total: number;
  /** Lines before the first data row: Excel's `sep=` line, when there is one, and the header. */
  readonly header: number;
  /** Lines of the data rows read, accepted or rejected. */
  readonly rows: number;
  /** Blank lines. */
  readonly blank: number;
  /** Rows that span more than one line. */
  readonly multiLineRows: number;
}

/**
 * Whether every physical line is accounted for: `total === header + rows + blank`.
 * @example linesReconciled({ total: 5, header: 1, rows: 3, blank: 1, multiLineRows: 0 }) // => true
 */
export function linesReconciled(lines: TextLines): boolean {
  return lines.total === lines.header + lines.rows + lines.blank;
}
