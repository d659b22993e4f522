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
 * Reads CSV text with papaparse (quoted fields, quoted line breaks, doubled quotes), streaming in
 * chunks so that no object is built per row: cells stay arrays of strings. The first record is the
 * header.
 * @example readCsv("id;B1\nr1;12").header // => ["id", "B1"]
 */
export function readCsv(input: string, delimiter: Delimiter): RowSource {
  // The line break that ends the last row is not a blank line.
  const text = input.replace(/\r?\n$/, "");
  const first = Papa.parse<string[]>(text, { delimiter, preview: 1 });
  const header = (first.data[0] ?? []).map((h) => h.trim());
  let blank = 0;
  return {
    header,
    blankLines: () => blank,
    each: (visit) => {
      let index = 0;
      Papa.parse<string[]>(text, {
        delimiter,
        chunkSize: 4 * 1024 * 1024,
        complete: () => {},
        chunk: (results: Papa.ParseResult<string[]>) => {
          for (const cells of results.data) {
            index++;
            if (index === 1) continue; // header
            if (cells.length === 1 && cells[0] === "") {
              blank++;
              continue;
            }
            visit(cells, index);
          }
        },
      });
    },
  };
}
