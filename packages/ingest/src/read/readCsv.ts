import Papa from "papaparse";
import type { RowSource } from "./rowSource.ts";

/** Delimiters the reader detects. */
export const DELIMITERS = [",", ";", "\t"] as const;
/** One of `,` `;` tab. */
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Detects the delimiter from the first lines with papaparse's guesser, among `,` `;` and tab.
 * @example detectDelimiter("a;b\n1;2") // => ";"
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  const guess = Papa.parse<string[]>(sample, { preview: 20, delimitersToGuess: [...DELIMITERS] }).meta.delimiter;
  return (DELIMITERS as readonly string[]).includes(guess) ? (guess as Delimiter) : ",";
}

/**
 * The first record of CSV text (the header), trimmed. Parses a slice of the text, not all of it
 * (papaparse splits its whole input into lines before it looks at the first one), growing the
 * slice until the record ends inside it. The slice is at least 2 MB so that papaparse guesses the
 * line breaks from the same first megabyte as for the whole text.
 * @example readCsvHeader("id; A1 \nr1;cpas", ";") // => ["id", "A1"]
 */
export function readCsvHeader(text: string, delimiter: Delimiter): string[] {
  for (let size = 2 ** 21; ; size *= 4) {
    const sample = size >= text.length ? text : text.slice(0, size);
    const first = Papa.parse<string[]>(sample, { delimiter, preview: 1 });
    if (sample === text || first.meta.cursor < sample.length) return (first.data[0] ?? []).map((h) => h.trim());
  }
}

/**
 * Reads CSV text with papaparse (quoted fields, quoted line breaks, doubled quotes), one row at a
 * time: no object is built per row and the rows are not kept, cells are handed over as arrays of
 * strings. The first record is the header.
 * @example readCsv("id;B1\nr1;12").header // => ["id", "B1"]
 */
export function readCsv(input: string, delimiter: Delimiter): RowSource {
  // The line break that ends the last row is not a blank line.
  const end = input.endsWith("\r\n") ? 2 : input.endsWith("\n") ? 1 : 0;
  const text = end === 0 ? input : input.slice(0, input.length - end);
  const header = readCsvHeader(text, delimiter);
  let blank = 0;
  return {
    header,
    blankLines: () => blank,
    each: (visit) => {
      let index = 0;
      // One call over the whole text with a step callback: papaparse's fastest way here (rows are
      // handed over and dropped; chunked parsing keeps every chunk's rows and costs twice as much).
      Papa.parse<string[]>(text, {
        delimiter,
        step: (results: Papa.ParseStepResult<string[]>) => {
          const cells = results.data;
          index++;
          if (index === 1) return; // header
          if (cells.length === 1 && cells[0] === "") {
            blank++;
            return;
          }
          visit(cells, index);
        },
      });
    },
  };
}
