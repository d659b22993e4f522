import Papa from "papaparse";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./ingestLimits.ts";
import { countTextLineBreaks, uniformNewline } from "./lineBreaks.ts";
import { ReadFailure } from "./readFailure.ts";
import type { RowSource } from "./rowSource.ts";
import { countBreaks, scanCsv } from "./scanCsv.ts";

/** Delimiters the reader detects. */
export const DELIMITERS = [",", ";", "\t"] as const;
/** One of `,` `;` tab. */
export type Delimiter = (typeof DELIMITERS)[number];

/** A line break of a text file. */
export type Newline = "\n" | "\r\n" | "\r";

/**
 * Detects the delimiter from the first lines: the one that splits the header into the most
 * columns and the lines after it into as many — without regard to quotes, so that a stray quote
 * cannot hide the rows after it. Ties go to `;` (Excel on a Belgian PC), then tab, then `,`; a text
 * with none of them is read with `,` (one column).
 * @example detectDelimiter("a;b\n1;2") // => ";"
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .slice(0, 31)
    .filter((l) => l.trim() !== "");
  const [first = "", ...rest] = lines;
  let best: { delimiter: Delimiter; columns: number; consistent: number } | null = null;
  for (const delimiter of [";", "\t", ","] as const) {
    const columns = first.split(delimiter).length;
    if (columns < 2) continue;
    const consistent = rest.filter((l) => l.split(delimiter).length === columns).length;
    if (!best || consistent > best.consistent || (consistent === best.consistent && columns > best.columns))
      best = { delimiter, columns, consistent };
  }
  return best?.delimiter ?? ",";
}

/**
 * The delimiter Excel's `sep=` first line announces (`sep=;`), or `null` when the text does not
 * start with one. Excel hides that line; the reader skips it and counts it as a line of the file.
 * @throws ReadFailure (`bad_sep_line`) when it announces a delimiter other than `,` `;` tab.
 * @example sepLine("sep=;\r\nid;A1") // => { delimiter: ";", length: 7 }
 */
export function sepLine(text: string): { readonly delimiter: Delimiter; readonly length: number } | null {
  const m = /^sep=(.?)(\r\n|\n|\r|$)/i.exec(text);
  if (!m) return null;
  const delimiter = m[1]!;
  if (!(DELIMITERS as readonly string[]).includes(delimiter))
    throw new ReadFailure("bad_sep_line", { value: delimiter === "" ? "∅" : delimiter });
  return { delimiter: delimiter as Delimiter, length: m[0].length };
}

/**
 * The line break of a text: the one it uses throughout, or `null` when it mixes them (the reader
 * then reads `\r\n` and `\r` as `\n`). A text without line breaks uses `\n`.
 * @example textNewline("a\r\nb") // => "\r\n"
 */
export function textNewline(text: string): Newline | null {
  return uniformNewline(countTextLineBreaks(text));
}

/** The header of a CSV text and the physical lines it takes. */
export interface CsvHeader {
  /** Headers, trimmed. */
  readonly header: string[];
  /** Physical lines of the header record (more than 1 when a quoted header holds a line break). */
  readonly lines: number;
}

/**
 * The first record of CSV text (the header), checked: a quote it leaves open, or a header that
 * swallows the lines after it, refuses the file, as do more columns than `maxColumns` or a header
 * longer than `maxCellLength`. Parses a slice of the text, not all of it, growing the slice until
 * the record ends inside it.
 * @throws ReadFailure (`header_unclosed_quote`, `limit_columns`, `limit_cell_length`).
 * @example readCsvHeaderRecord("id; A1 \nr1;cpas", ";", "\n").header // => ["id", "A1"]
 */
export function readCsvHeaderRecord(
  text: string,
  delimiter: Delimiter,
  newline: Newline,
  limits: IngestLimits = DEFAULT_INGEST_LIMITS,
  firstLine = 1,
): CsvHeader {
  const eol = text.indexOf(newline);
  const firstPhysical = eol < 0 ? text : text.slice(0, eol);
  for (let size = 2 ** 21; ; size *= 4) {
    let cells: string[];
    let breaks = 0;
    if (!firstPhysical.includes('"')) {
      // No quote on the first line: the header is that line.
      cells = firstPhysical.split(delimiter);
    } else {
      const sample = size >= text.length ? text : text.slice(0, size);
      const first = Papa.parse<string[]>(sample, { delimiter, newline, preview: 1 });
      if (sample !== text && first.meta.cursor >= sample.length) continue;
      cells = first.data[0] ?? [];
      const end = first.meta.cursor;
      const open = first.errors.some((e) => e.code === "MissingQuotes");
      const bodyEnd = !open && sample.startsWith(newline, end - newline.length) ? end - newline.length : end;
      breaks = countBreaks(sample, newline, 0, bodyEnd, limits.maxRowLines);
      const swallows =
        breaks > 0 &&
        (first.errors.some((e) => e.type === "Quotes") ||
          breaks >= limits.maxRowLines ||
          cells.some((c) => c.includes(newline) && c.includes(delimiter)));
      if (open || swallows) throw new ReadFailure("header_unclosed_quote", { line: firstLine });
    }
    if (cells.length > limits.maxColumns)
      throw new ReadFailure("limit_columns", { count: cells.length, max: limits.maxColumns });
    const long = cells.findIndex((c) => c.length > limits.maxCellLength);
    if (long >= 0)
      throw new ReadFailure("limit_header_cell", {
        line: firstLine,
        index: long + 1,
        length: cells[long]!.length,
        max: limits.maxCellLength,
      });
    return { header: cells.map((h) => h.trim()), lines: breaks + 1 };
  }
}

/**
 * The first record of CSV text (the header), trimmed.
 * @throws ReadFailure when the header leaves a quote open or is too wide (see {@link readCsvHeaderRecord}).
 * @example readCsvHeader("id; A1 \nr1;cpas", ";") // => ["id", "A1"]
 */
export function readCsvHeader(text: string, delimiter: Delimiter): string[] {
  return readCsvHeaderRecord(text, delimiter, textNewline(text) ?? "\n").header;
}

/**
 * Reads CSV text with papaparse (quoted fields, quoted line breaks, doubled quotes), one row at a
 * time, as `readWave` does (see `scanCsv`): the first record is the header; a row whose quote is
 * left open is cut and handed over with its reason, and the rows after it are still read. Rows are
 * numbered as a spreadsheet numbers them (header = 1) and carry their physical line.
 * @throws ReadFailure when the header is unreadable, or more rows than `maxBrokenRows` are cut.
 * @example readCsv("id;B1\nr1;12").header // => ["id", "B1"]
 */
export function readCsv(input: string, delimiter: Delimiter, limits: IngestLimits = DEFAULT_INGEST_LIMITS): RowSource {
  const newline = textNewline(input);
  let text = newline === null ? input.replace(/\r\n?/g, "\n") : input;
  const nl = newline ?? "\n";
  // The line break that ends the last row is not a blank line.
  if (text.endsWith(nl)) text = text.slice(0, text.length - nl.length);
  const { header } = readCsvHeaderRecord(text, delimiter, nl, limits);
  let blank = 0;
  return {
    header,
    blankLines: () => blank,
    each: (visit) => {
      let record = 0;
      blank = 0;
      const scan = scanCsv(
        Papa,
        text,
        { delimiter, newline: nl, width: header.length, firstLine: 1, ...limits },
        (cells, line, _lastLine, note) => {
          record++;
          if (record === 1) return; // header
          if (note === null && cells[0] === "" && cells.every((c) => c === "")) blank++;
          else visit(cells, record, note, line);
        },
      );
      if (scan.stoppedAt > 0)
        throw new ReadFailure("too_many_broken_rows", { line: scan.stoppedAt, max: limits.maxBrokenRows });
    },
  };
}
