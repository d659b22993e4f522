import type Papa from "papaparse";
import type { RowNote } from "./rowNote.ts";

/*
 * `scanCsv` and `countBreaks` also run on a worker thread, from their source text (see
 * `readCsvColumns`): they refer to nothing but each other, their arguments and globals.
 */

/** The part of papaparse the reader uses (passed in: the code also runs on a worker thread). */
export type CsvParser = Pick<typeof Papa, "parse">;

/** Options of {@link scanCsv}. */
export interface CsvScanOptions {
  /** Field delimiter. */
  readonly delimiter: string;
  /** The text's only line break (the reader normalises a text that mixes them). */
  readonly newline: "\n" | "\r\n" | "\r";
  /** Cells of a full row (the header's): a multi-line cell holding a whole row's delimiters has swallowed a row. */
  readonly width: number;
  /** Physical line number of the text's first character (1 for a whole file). */
  readonly firstLine: number;
  /** Longest cell, in characters (see `IngestLimits`). */
  readonly maxCellLength: number;
  /** Most lines one row may span (see `IngestLimits`). */
  readonly maxRowLines: number;
  /** Most rows cut at a misplaced quote before the scan stops (see `IngestLimits`). */
  readonly maxBrokenRows: number;
}

/** What {@link scanCsv} read. */
export interface CsvScanResult {
  /** Physical lines scanned: every record's lines, blank lines included. */
  readonly lines: number;
  /** Rows cut at a misplaced quote. */
  readonly broken: number;
  /** First line of the row past `maxBrokenRows` where the scan stopped, or 0 when it read the whole text. */
  readonly stoppedAt: number;
}

/**
 * Visits one record: its cells, its first and last physical line, and the reader's note (a
 * rejected row's reason, or a row spanning several lines), or `null`.
 */
export type CsvRecordVisitor = (cells: string[], line: number, lastLine: number, note: RowNote | null) => void;

/**
 * Number of `newline` sequences in `text` between `from` and `to`, counting at most `cap`.
 * @example countBreaks("a\nb\nc", "\n", 0, 5, 10) // => 2
 */
export function countBreaks(text: string, newline: string, from: number, to: number, cap: number): number {
  let n = 0;
  for (let at = text.indexOf(newline, from); at >= 0 && at < to && n < cap; at = text.indexOf(newline, at + 1)) n++;
  return n;
}

/**
 * Reads CSV text record by record with papaparse (quoted fields, quoted line breaks, doubled
 * quotes) and gives each record with the physical lines it spans, so that no row can vanish into
 * another's cell: a record that spans several lines and whose quote is left open (papaparse
 * reaches the end of the text, or finds a misplaced closing quote), whose quoted line breaks leave
 * it with the wrong number of cells, or whose multi-line cell holds as many delimiters as a whole
 * row, is cut after its first line: that line is visited as a rejected row (`unclosed_quote`), and
 * reading starts again at the next line, so that each line it would have swallowed is read as
 * itself (and flagged `reread_line` up to where the quote closed). A quote left open on the last
 * line rejects that row. A row whose quoted cells span lines without any of these signs is kept
 * (`multiline_row`, with its first and last line), or rejected whole when it spans more than
 * `maxRowLines` lines (`too_many_lines`).
 * Every physical line of the text is thus in exactly one visited record (blank lines included), in
 * order, and a record never holds text of two lines unless its quoted cells legitimately span them.
 * A record without quotes is one line (the caller gives a text whose only line break is `newline`).
 *
 * @example scanCsv(Papa, 'id;G1\nr1;"oui\nr2;non', { delimiter: ";", newline: "\n", width: 2, firstLine: 1, maxCellLength: 32767, maxRowLines: 100, maxBrokenRows: 100 }, visit)
 * // visits ["id","G1"] line 1; ["r1","oui"] line 2 rejected (unclosed_quote); ["r2","non"] line 3
 */
export function scanCsv(
  papa: CsvParser,
  text: string,
  options: CsvScanOptions,
  visit: CsvRecordVisitor,
): CsvScanResult {
  const { delimiter, newline, width, maxCellLength, maxRowLines, maxBrokenRows } = options;
  const nlLength = newline.length;
  // Delimiters that make a multi-line cell hold a whole row.
  const rowDelimiters = Math.max(width - 1, 1);
  let pos = 0; // where the text still to read starts
  let line = options.firstLine; // physical line at `pos`
  let broken = 0;
  let stoppedAt = 0;
  // Lines a cut row's quote had swallowed (up to where it closed), read again: each row there is flagged.
  let rereadFrom = 0;
  let rereadUntil = 0;
  /** The note of a row read again after a cut, or the row's own note. */
  const flag = (note: RowNote | null, first: number, last: number): RowNote | null =>
    note === null && first <= rereadUntil
      ? { code: "reread_line", line: first, lastLine: last, column: -1, params: { from: rereadFrom } }
      : note;
  /** Number of delimiters in text[from, to), counting at most `cap`. */
  const delimitersIn = (s: string, from: number, to: number, cap: number): number => {
    let n = 0;
    for (let at = s.indexOf(delimiter, from); at >= 0 && at < to && n < cap; at = s.indexOf(delimiter, at + 1)) n++;
    return n;
  };
  const isRagged = (cells: readonly string[]): boolean => {
    if (cells.length < width) return true;
    for (let i = width; i < cells.length; i++) if (cells[i]!.trim() !== "") return true;
    return false;
  };
  const truncate = (cells: string[]): string[] =>
    cells.map((c) => (c.length > maxCellLength ? `${c.slice(0, maxCellLength)}…` : c));

  for (let restart = true; restart; ) {
    restart = false;
    if (pos > 0 && pos === text.length) {
      // Cut just before an empty last line, which papaparse gives for the whole text but not for "".
      visit([""], line, line, null);
      line++;
      break;
    }
    const rest = pos === 0 ? text : text.slice(pos);
    let start = 0; // where the current record starts in `rest`
    let nextQuote = rest.indexOf('"');
    papa.parse<string[]>(rest, {
      delimiter,
      newline: newline as Papa.ParseConfig["newline"],
      step: (results: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => {
        const cells = results.data;
        const end = results.meta.cursor;
        const from = start;
        start = end;
        // A record without a quote is one line; one with quotes may hold line breaks.
        if (nextQuote < 0 || nextQuote >= end) {
          const note = end - from > maxCellLength ? tooLong(cells, line, line) : (null as RowNote | null);
          visit(note ? truncate(cells) : cells, line, line, line <= rereadUntil ? flag(note, line, line) : note);
          line++;
          return;
        }
        nextQuote = rest.indexOf('"', end);
        const errors = results.errors;
        let missing = false;
        let quoteError = false;
        for (const e of errors) {
          if (e.type === "Quotes") quoteError = true;
          if (e.code === "MissingQuotes") missing = true;
        }
        // The line break that ends the record is not inside it (a quote left open runs to the end).
        const bodyEnd =
          !missing && end - nlLength >= from && rest.startsWith(newline, end - nlLength) ? end - nlLength : end;
        const breaks = countBreaks(rest, newline, from, bodyEnd, maxRowLines);
        if (breaks === 0) {
          if (missing) {
            visit(truncate(cells), line, line, {
              code: "unclosed_quote",
              line,
              lastLine: line,
              column: cells.length - 1,
              params: {},
            });
          } else {
            const note = end - from > maxCellLength ? tooLong(cells, line, line) : null;
            visit(note ? truncate(cells) : cells, line, line, flag(note, line, line));
          }
          line++;
          return;
        }
        // A quote left open, or that closes leaving the wrong number of cells, or a multi-line cell
        // holding a whole row's delimiters: the record has swallowed lines, and is cut.
        let swallowed = quoteError || isRagged(cells);
        for (let i = 0; i < cells.length && !swallowed; i++) {
          const c = cells[i]!;
          swallowed = c.includes(newline) && delimitersIn(c, 0, c.length, rowDelimiters) >= rowDelimiters;
        }
        if (!swallowed) {
          // A row whose quoted cells span lines: kept — or rejected whole when it spans too many.
          const lastLine = line + (breaks < maxRowLines ? breaks : countBreaks(rest, newline, from, bodyEnd, Infinity));
          let column = -1;
          for (let i = 0; i < cells.length && column < 0; i++) if (cells[i]!.includes(newline)) column = i;
          const note: RowNote =
            lastLine - line + 1 > maxRowLines
              ? { code: "too_many_lines", line, lastLine, column, params: { max: maxRowLines } }
              : end - from > maxCellLength && cells.some((c) => c.length > maxCellLength)
                ? tooLong(cells, line, lastLine)!
                : { code: "multiline_row", line, lastLine, column, params: {} };
          visit(note.code === "multiline_row" ? cells : truncate(cells), line, lastLine, note);
          line = lastLine + 1;
          return;
        }
        // Cut the record after its first line: the lines after it are read again, each as itself —
        // and flagged, up to where the quote closed (a quote open to the end of the text flags none).
        const cut = rest.indexOf(newline, from) + nlLength;
        const cutLine = line + 1;
        if (!missing && breaks < maxRowLines && line + breaks > rereadUntil) {
          rereadFrom = line;
          rereadUntil = line + breaks;
        }
        const head = papa.parse<string[]>(rest.slice(from, cut - nlLength), {
          delimiter,
          newline: newline as Papa.ParseConfig["newline"],
        });
        // The record's quote is still open at the end of its first line: the cell open there is the culprit.
        const headCells = head.data.flat();
        const column = headCells.length - 1;
        visit(truncate(headCells.length > 0 ? headCells : [""]), line, cutLine - 1, {
          code: "unclosed_quote",
          line,
          lastLine: cutLine - 1,
          column,
          params: {},
        });
        broken++;
        parser.abort();
        if (broken > maxBrokenRows) {
          stoppedAt = line;
          return;
        }
        pos += cut;
        line = cutLine;
        restart = true;
      },
    });
  }
  return { lines: line - options.firstLine, broken, stoppedAt };

  /** The note of a row with a cell longer than the limit, or null. */
  function tooLong(cells: readonly string[], first: number, last: number): RowNote | null {
    for (let i = 0; i < cells.length; i++) {
      const length = cells[i]!.length;
      if (length > maxCellLength)
        return {
          code: "cell_too_long",
          line: first,
          lastLine: last,
          column: i,
          params: { length, max: maxCellLength },
        };
    }
    return null;
  }
}
