import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Encoding, encodeText, readCsv } from "../../src/index.ts";
// Internal to ingest (not in the barrel): the CSV reader behind readWave, and its raw columns.
import { readCsvColumns } from "../../src/read/readCsvColumns.ts";
import { encodeRows, type RawColumns, rawCell } from "../../src/typing/rawColumns.ts";

/** Raw columns as plain data: every cell as a string, row numbers, ragged and wide rows, blank lines. */
function plain(raw: RawColumns) {
  return {
    rows: Array.from({ length: raw.rowCount }, (_, r) => raw.columns.map((c) => rawCell(c, r))),
    rowNumbers: [...raw.rowNumbers],
    malformed: [...raw.malformed],
    notes: [...raw.notes],
    rowLines: raw.rowLines,
    wide: [...raw.wide],
    blankLines: raw.blankLines,
  };
}

/** Quote-free CSV lines (the files a second thread may read): codes, blanks, ragged and wide rows. */
const cell = fc.constantFrom("", "cpas", "TRUE", "FALSE", "12", "0,8", " x ", "Émile", "’", "Ã©té");
const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(cell, { minLength: 3, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: 0, maxLength: 5 }) },
);

describe("readCsvColumns", () => {
  it("reads a file with two threads exactly as with one (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 60 }),
        fc.constantFrom("\n", "\r\n"),
        fc.constantFrom(";", ","),
        fc.constantFrom<Encoding>("utf-8", "utf-8-bom", "windows-1252"),
        fc.boolean(),
        async (rows, newline, delimiter, encoding, finalNewline) => {
          const text = ["id;A1;B1".replaceAll(";", delimiter), ...rows.map((r) => r.join(delimiter))].join(newline);
          const bytes = encodeText(finalNewline ? text + newline : text, encoding);
          const copy = bytes.slice();
          const one = await readCsvColumns(bytes, encoding, { delimiter });
          const two = await readCsvColumns(bytes, encoding, { delimiter, parallelFrom: 0 });
          expect(bytes).toEqual(copy); // the caller's bytes are untouched (a copy goes to the worker)
          expect(one?.threads).toBe(1);
          expect(two?.header).toEqual(one?.header);
          expect(plain(two!.raw)).toEqual(plain(one!.raw));
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 40) },
    );
  });

  it("reads a file whose second half is only its last line break as one thread does (a blank last line)", async () => {
    for (const newline of ["\n", "\r\n"]) {
      const bytes = encodeText(`id;A1;B1${newline}${newline}`, "utf-8");
      const one = await readCsvColumns(bytes, "utf-8", { delimiter: ";" });
      const two = await readCsvColumns(bytes, "utf-8", { delimiter: ";", parallelFrom: 0 });
      expect(one?.raw.blankLines).toBe(1);
      expect(plain(two!.raw)).toEqual(plain(one!.raw));
    }
  });

  it("really parses the second half on a worker thread", async () => {
    const text = `id,A1\n${Array.from({ length: 500 }, (_, i) => `r${i},cpas`).join("\n")}\n`;
    const read = await readCsvColumns(encodeText(text, "utf-8"), "utf-8", { parallelFrom: 0 });
    expect(read?.threads).toBe(2);
    expect(read?.raw.rowCount).toBe(500);
    expect(read?.raw.rowNumbers.at(-1)).toBe(501);
  });

  it("reads with one thread a file that holds quotes (a line break may be inside a cell)", async () => {
    const text = 'id;G1\nr1;"deux\nlignes"\nr2;ok\n';
    const read = await readCsvColumns(encodeText(text, "utf-8"), "utf-8", { delimiter: ";", parallelFrom: 0 });
    expect(read?.threads).toBe(1);
    expect(plain(read!.raw).rows).toEqual([
      ["r1", "deux\nlignes"],
      ["r2", "ok"],
    ]);
  });

  it("gives the rows readCsv visits, numbered as a spreadsheet does", async () => {
    const text = "id;A1\nr1;cpas\n\nr2\nr3;cpas;;\n";
    const read = await readCsvColumns(encodeText(text, "utf-8"), "utf-8", { delimiter: ";" });
    expect(plain(read!.raw)).toEqual(plain(encodeRows(readCsv(text, ";"))));
    expect(plain(read!.raw)).toMatchObject({ rowNumbers: [2, 4, 5], blankLines: 1 });
  });

  it("returns null for blank text", async () => {
    expect(await readCsvColumns(encodeText(" \n \n", "utf-8"), "utf-8", { parallelFrom: 0 })).toBeNull();
  });
});
