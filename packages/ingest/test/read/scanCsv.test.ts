import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type CsvScanOptions, type RowNote, scanCsv } from "../../src/index.ts";

/** Every record scanCsv visits, with its lines and note. */
function scan(text: string, options: Partial<CsvScanOptions> = {}) {
  const records: { cells: string[]; line: number; lastLine: number; note: RowNote | null }[] = [];
  const result = scanCsv(
    Papa,
    text,
    {
      delimiter: ";",
      newline: "\n",
      width: 3,
      firstLine: 1,
      maxCellLength: 32_767,
      maxRowLines: 100,
      maxBrokenRows: 100,
      ...options,
    },
    (cells, line, lastLine, note) => records.push({ cells, line, lastLine, note }),
  );
  return { records, result };
}

describe("scanCsv", () => {
  it("cuts a row whose quote is left open after its first line, and reads every line after it as itself", () => {
    const { records, result } = scan('id;A1;G1\nr1;cpas;ok\nr2;cpas;"Trop de démarches\nr3;cpas;ok\nr4;cpas;fin');
    expect(records.map((r) => [r.cells, r.line, r.lastLine, r.note?.code ?? null])).toEqual([
      [["id", "A1", "G1"], 1, 1, null],
      [["r1", "cpas", "ok"], 2, 2, null],
      [["r2", "cpas", "Trop de démarches"], 3, 3, "unclosed_quote"],
      [["r3", "cpas", "ok"], 4, 4, null],
      [["r4", "cpas", "fin"], 5, 5, null],
    ]);
    expect(records[2]!.note).toMatchObject({ column: 2, line: 3, lastLine: 3 });
    expect(result).toEqual({ lines: 5, broken: 1, stoppedAt: 0 });
  });

  it("cuts a row whose stray quote is closed by a later quote, so the rows between are not swallowed", () => {
    const { records } = scan('id;A1;G1\nr1;"il a dit;x\nr2;cpas;ok\nr3;cpas;"cité"\nr4;cpas;fin');
    // The lines the quote had swallowed (3 and 4, up to where it closed) are read again and flagged.
    expect(records.map((r) => [r.cells[0], r.line, r.note?.code ?? null])).toEqual([
      ["id", 1, null],
      ["r1", 2, "unclosed_quote"],
      ["r2", 3, "reread_line"],
      ["r3", 4, "reread_line"],
      ["r4", 5, null],
    ]);
    expect(records[2]!.note).toEqual({ code: "reread_line", line: 3, lastLine: 3, column: -1, params: { from: 2 } });
    expect(records[3]!.cells).toEqual(["r3", "cpas", "cité"]);
  });

  it("keeps a quoted cell that spans lines as one row, with its first and last line", () => {
    const { records, result } = scan('id;A1;G1\nr1;cpas;"Elle a dit : ""non""\net elle est partie"\nr2;cpas;ok\n');
    expect(records[1]).toEqual({
      cells: ["r1", "cpas", 'Elle a dit : "non"\net elle est partie'],
      line: 2,
      lastLine: 3,
      note: { code: "multiline_row", line: 2, lastLine: 3, column: 2, params: {} },
    });
    expect(records[2]).toMatchObject({ cells: ["r2", "cpas", "ok"], line: 4, lastLine: 4, note: null });
    expect(records[3]).toMatchObject({ cells: [""], line: 5 }); // the final line break, as papaparse gives it
    expect(result.lines).toBe(5);
  });

  it("cuts a multi-line cell that holds a whole row's delimiters (a swallowed row), even when its quote closes", () => {
    const { records } = scan('id;A1;G1\nr1;cpas;"début\nr2;cpas;milieu"\nr3;cpas;ok');
    expect(records.map((r) => [r.cells[0], r.line, r.note?.code ?? null])).toEqual([
      ["id", 1, null],
      ["r1", 2, "unclosed_quote"],
      ["r2", 3, "reread_line"],
      ["r3", 4, null],
    ]);
    expect(records[2]!.cells).toEqual(["r2", "cpas", 'milieu"']);
  });

  it("cuts a multi-line record left with the wrong number of cells", () => {
    const { records } = scan('id;A1;G1\nr1;"a\nb";c;d\nr2;cpas;ok', { width: 3 });
    expect(records.map((r) => [r.line, r.lastLine, r.note?.code ?? null])).toEqual([
      [1, 1, null],
      [2, 2, "unclosed_quote"],
      [3, 3, "reread_line"], // 'b";c;d' read as itself (and rejected as ragged by the builder)
      [4, 4, null],
    ]);
  });

  it("rejects whole a row that spans more lines than maxRowLines, and reads the rows after it", () => {
    const cell = Array.from({ length: 5 }, (_, i) => `ligne ${i}`).join("\n");
    const { records, result } = scan(`id;A1;G1\nr1;cpas;"${cell}"\nr2;cpas;ok`, { maxRowLines: 4 });
    expect(records[1]!.note).toEqual({ code: "too_many_lines", line: 2, lastLine: 6, column: 2, params: { max: 4 } });
    expect(records[1]!.cells[2]).toBe(cell);
    expect(records[2]).toMatchObject({ cells: ["r2", "cpas", "ok"], line: 7, note: null });
    expect(result).toMatchObject({ lines: 7, broken: 0 });
  });

  it("rejects a row with a cell longer than maxCellLength, its cell cut to the limit", () => {
    const { records } = scan(`id;A1;G1\nr1;cpas;${"x".repeat(30)}\nr2;cpas;ok`, { maxCellLength: 20 });
    expect(records[1]!.note).toEqual({
      code: "cell_too_long",
      line: 2,
      lastLine: 2,
      column: 2,
      params: { length: 30, max: 20 },
    });
    expect(records[1]!.cells[2]).toBe(`${"x".repeat(20)}…`);
    expect(records[2]!.note).toBeNull();
  });

  it("counts the empty last line after a row cut at the end of the text", () => {
    const { records, result } = scan('id;A1;G1\n"r1;cpas;ok\n');
    expect(records.map((r) => [r.cells, r.line, r.note?.code ?? null])).toEqual([
      [["id", "A1", "G1"], 1, null],
      [["r1;cpas;ok"], 2, "unclosed_quote"],
      [[""], 3, null],
    ]);
    expect(result.lines).toBe(3);
  });

  it("rejects a last row whose quote is left open", () => {
    const { records } = scan('id;A1;G1\nr1;cpas;"pas fermé');
    expect(records[1]).toMatchObject({
      cells: ["r1", "cpas", "pas fermé"],
      note: { code: "unclosed_quote", column: 2 },
    });
  });

  it("stops after maxBrokenRows cut rows, naming the line", () => {
    const rows = Array.from({ length: 5 }, (_, i) => `r${i};cpas;"x`).join("\n");
    const { result } = scan(`id;A1;G1\n${rows}`, { maxBrokenRows: 2 });
    expect(result).toMatchObject({ broken: 3, stoppedAt: 4 });
  });

  it("counts lines with \\r\\n and \\r line breaks", () => {
    for (const newline of ["\r\n", "\r"] as const) {
      const text = ["id;A1;G1", 'r1;cpas;"a', 'b"', "r2;cpas;ok"].join(newline);
      const { records, result } = scan(text, { newline });
      expect(records.map((r) => [r.line, r.lastLine])).toEqual([
        [1, 1],
        [2, 3],
        [4, 4],
      ]);
      expect(records[1]!.cells[2]).toBe(`a${newline}b`);
      expect(result.lines).toBe(4);
    }
  });
});
