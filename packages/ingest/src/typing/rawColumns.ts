import type { RowNote } from "../read/rowNote.ts";
import type { RowSource } from "../read/rowSource.ts";
import type { CsvParser, CsvScanOptions, CsvScanResult, scanCsv } from "../read/scanCsv.ts";

export type { CsvParser } from "../read/scanCsv.ts";

/*
 * `stringHash`, `isAscii`, `StringIndex`, `RawColumnsBuilder` and `encodeCsvText` also run on a worker thread,
 * from their source text (see `readCsvColumns`): they refer to nothing but each other, `scanCsv` and
 * globals, and have no static members (a bundler may rewrite a class that refers to itself).
 */

/** Per-row indices into a column's distinct strings: one byte while there are at most 256 of them. */
export type RawCodes = Uint8Array | Uint16Array | Int32Array;

/**
 * The raw cells of one file column. A survey column holds few distinct strings (codes, labels,
 * TRUE/FALSE, small numbers), so cells are kept dictionary-encoded: each distinct string once, and
 * one small integer per row. A column of mostly distinct strings (ids, free text) is kept plain.
 */
export interface RawColumn {
  /** Dictionary mode: the distinct strings. Plain mode: one string per row. */
  readonly values: readonly string[];
  /** Dictionary mode: per row, the index of its string in `values`. Plain mode: `null`. */
  readonly codes: RawCodes | null;
  /** The first row whose cell holds a character beyond ASCII, or -1 (a mojibake check can skip the rest). */
  readonly firstNonAscii: number;
}

/** The data rows of a source as raw columns (internal to ingest; built by {@link RawColumnsBuilder}). */
export interface RawColumns {
  /** Data rows read (blank lines excluded), malformed rows included. */
  readonly rowCount: number;
  /** Row number of each data row as a spreadsheet shows it (header = 1). */
  readonly rowNumbers: Int32Array;
  /** One raw column per header column. A malformed row holds `""` in every column. */
  readonly columns: readonly RawColumn[];
  /**
   * Malformed rows, which the reader rejects (fewer cells than the header or text beyond it, a
   * quote left open, a cell too long…): row index → cells as read. The reason is in `notes`.
   */
  readonly malformed: ReadonlyMap<number, readonly string[]>;
  /** The reader's notes: why a malformed row is rejected, or that a row spans several lines. Row index → note. */
  readonly notes: ReadonlyMap<number, RowNote>;
  /** Physical lines of the data rows (a row spanning several lines of a text file counts each). */
  readonly rowLines: number;
  /** Rows spanning more than one physical line. */
  readonly multiLineRows: number;
  /** Rows with blank cells beyond the header (kept): row index → every cell as read. */
  readonly wide: ReadonlyMap<number, readonly string[]>;
  /** Blank lines skipped. */
  readonly blankLines: number;
  /** Columns hashed into `rowHashes` (see {@link RowHashing}). */
  readonly rowHashColumns: readonly number[];
  /** Per row, a hash of its cells in `rowHashColumns`: equal cells, equal hash. */
  readonly rowHashes: Int32Array;
  /** The column hashed cell by cell into `cellHashes`, or -1. */
  readonly cellHashColumn: number;
  /** Per row, the hash (`stringHash`) of its cell in `cellHashColumn`; empty when there is none. */
  readonly cellHashes: Int32Array;
}

/**
 * Hashes the builder computes while it holds each cell (they would otherwise be computed again,
 * row after row, on one thread): a hash per row over some columns (to find identical responses),
 * and the hash of each cell of one column (to find repeated ids).
 */
export interface RowHashing {
  /** Columns whose cells make up a row's hash. Default: none. */
  readonly rowHashColumns?: readonly number[];
  /** Column whose cells are hashed one by one. Default: none (-1). */
  readonly cellHashColumn?: number;
}

/** The raw string of a column at a row. */
export function rawCell(column: RawColumn, row: number): string {
  return column.codes === null ? column.values[row]! : column.values[column.codes[row]!]!;
}

/** Every cell of a row as read (for the rejected-rows file). */
export function rawRow(raw: RawColumns, row: number): readonly string[] {
  return raw.malformed.get(row) ?? raw.wide.get(row) ?? raw.columns.map((c) => rawCell(c, row));
}

/** 32-bit FNV-1a over UTF-16 code units, with a final avalanche so that low bits spread. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Whether every character of a string is ASCII. */
export function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

/**
 * Numbers distinct strings 0, 1, 2… in order of first appearance. Same contract as a
 * `Map<string, number>` used for interning, but about four times faster on millions of short, freshly
 * parsed strings (a `Map` has V8 hash each new string in the runtime; here a 32-bit FNV-1a hash is
 * computed inline and the table is a typed array with open addressing).
 */
export class StringIndex {
  /** The strings, by number. */
  readonly keys: string[] = [];
  /** Open-addressing table of [hash, number + 1] pairs (0 = empty): one cache line per probe. */
  private slots: Int32Array = new Int32Array(64);
  private mask = 31;

  /** Number of distinct strings. */
  get size(): number {
    return this.keys.length;
  }

  /** The number of a string, or -1 when it was never added. */
  get(key: string): number {
    const h = stringHash(key);
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) return -1;
      if (slots[2 * i] === h && this.keys[s - 1] === key) return s - 1;
    }
  }

  /** The number of a string added now, or `-1 - number` when it was already there. */
  addNew(key: string): number {
    const size = this.keys.length;
    const code = this.add(key);
    return code === size ? code : -1 - code;
  }

  /** The number of a string, adding it when new. */
  add(key: string): number {
    return this.addHashed(key, stringHash(key));
  }

  /** {@link StringIndex.add} with the string's `stringHash` already computed. */
  addHashed(key: string, h: number): number {
    const slots = this.slots;
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) break;
      if (slots[2 * i] === h && this.keys[s - 1] === key) return s - 1;
    }
    const code = this.keys.length;
    this.keys.push(key);
    slots[2 * i] = h;
    slots[2 * i + 1] = code + 1;
    if (this.keys.length * 2 > this.mask) this.rehash();
    return code;
  }

  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = old[j]! & mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j]!;
      slots[2 * i + 1] = old[j + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Builds raw columns row by row (or part by part: see {@link RawColumnsBuilder.append}). */
export class RawColumnsBuilder {
  /** Switch a column to plain mode once it holds this many distinct strings and more than half its rows. */
  private readonly plainAfter = 4096;

  private n = 0;
  private capacity = 1024;
  private rowNumbers = new Int32Array(1024);
  private readonly indexes: (StringIndex | null)[];
  private readonly codes: (RawCodes | null)[];
  private readonly plain: (string[] | null)[];
  private readonly malformed = new Map<number, readonly string[]>();
  private readonly wide = new Map<number, readonly string[]>();
  private readonly notes = new Map<number, RowNote>();
  private rowLines = 0;
  private multiLineRows = 0;
  private blank = 0;
  private readonly firstNonAscii: number[];
  private readonly inRowHash: Uint8Array;
  private readonly rowHashColumns: readonly number[];
  private readonly cellHashColumn: number;
  private rowHashes = new Int32Array(1024);
  private cellHashes = new Int32Array(1024);

  constructor(
    private readonly width: number,
    hashing: RowHashing = {},
  ) {
    this.indexes = Array.from({ length: width }, () => new StringIndex());
    this.codes = Array.from({ length: width }, () => new Uint8Array(1024));
    this.plain = Array.from({ length: width }, () => null);
    this.firstNonAscii = Array.from({ length: width }, () => -1);
    this.rowHashColumns = (hashing.rowHashColumns ?? []).filter((i) => i >= 0 && i < width);
    this.inRowHash = new Uint8Array(width);
    for (const i of this.rowHashColumns) this.inRowHash[i] = 1;
    const cell = hashing.cellHashColumn ?? -1;
    this.cellHashColumn = cell >= 0 && cell < width ? cell : -1;
  }

  /**
   * Adds a data row: its cells as read, its row number (header = 1), the reader's note on it (a
   * rejecting note makes it malformed) and its first physical line (default: the row number). A
   * row with fewer cells than the header, or text beyond it, is malformed (`ragged_row`).
   */
  row(cells: readonly string[], rowNumber: number, note: RowNote | null = null, line: number = rowNumber): void {
    const n = this.n;
    if (n === this.capacity) this.grow();
    this.rowNumbers[n] = rowNumber;
    const width = this.width;
    // Every note but these two rejects its row (see `rejectsRow`, which cannot be called here: this runs on a worker).
    let isRagged = note !== null && note.code !== "multiline_row" && note.code !== "reread_line";
    if (!isRagged) {
      isRagged = cells.length < width;
      if (cells.length > width) {
        for (let i = width; i < cells.length && !isRagged; i++) if (cells[i]!.trim() !== "") isRagged = true;
        if (!isRagged) this.wide.set(n, cells);
      }
      if (isRagged) {
        const lastLine = note === null ? line : note.lastLine;
        note = { code: "ragged_row", line, lastLine, column: -1, params: { found: cells.length, expected: width } };
      }
    }
    if (isRagged) this.malformed.set(n, cells);
    if (note !== null) {
      this.notes.set(n, note);
      this.rowLines += note.lastLine - note.line + 1;
      if (note.lastLine > note.line) this.multiLineRows++;
    } else this.rowLines++;
    let rowHash = 0x811c9dc5;
    for (let i = 0; i < width; i++) {
      const cell = isRagged ? "" : cells[i]!;
      const h = stringHash(cell);
      this.add(i, cell, h, n);
      if (this.inRowHash[i] === 1) rowHash = Math.imul(rowHash ^ h, 0x01000193) ^ i;
      if (i === this.cellHashColumn) this.cellHashes[n] = h;
    }
    rowHash ^= rowHash >>> 15;
    this.rowHashes[n] = Math.imul(rowHash, 0x2c1b3c6d) ^ (rowHash >>> 12);
    this.n = n + 1;
  }

  /** Counts a blank line. */
  blankLine(): void {
    this.blank++;
  }

  private add(i: number, cell: string, h: number, at: number): void {
    const index = this.indexes[i];
    if (!index) {
      this.plain[i]!.push(cell);
      if (this.firstNonAscii[i]! < 0 && !isAscii(cell)) this.firstNonAscii[i] = at;
      return;
    }
    const size = index.size;
    const code = index.addHashed(cell, h);
    // A new string: the first row it appears in (rows come in order).
    if (code === size && this.firstNonAscii[i]! < 0 && !isAscii(cell)) this.firstNonAscii[i] = at;
    let codes = this.codes[i]!;
    if (code === 256 && codes instanceof Uint8Array) codes = this.widen(i, Uint16Array);
    else if (code === 65536 && codes instanceof Uint16Array) codes = this.widen(i, Int32Array);
    codes[at] = code;
    if (code >= this.plainAfter && code * 2 > at) this.toPlain(i, at + 1);
  }

  private widen(i: number, to: Uint16ArrayConstructor | Int32ArrayConstructor): RawCodes {
    const wider = new to(this.capacity);
    wider.set(this.codes[i]!);
    this.codes[i] = wider;
    return wider;
  }

  private toPlain(i: number, rows: number): void {
    const codes = this.codes[i]!;
    const dict = this.indexes[i]!.keys;
    const plain = new Array<string>(rows);
    for (let r = 0; r < rows; r++) plain[r] = dict[codes[r]!]!;
    this.plain[i] = plain;
    this.codes[i] = null;
    this.indexes[i] = null;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const rowNumbers = new Int32Array(capacity);
    rowNumbers.set(this.rowNumbers);
    this.rowNumbers = rowNumbers;
    const rowHashes = new Int32Array(capacity);
    rowHashes.set(this.rowHashes);
    this.rowHashes = rowHashes;
    if (this.cellHashColumn >= 0) {
      const cellHashes = new Int32Array(capacity);
      cellHashes.set(this.cellHashes);
      this.cellHashes = cellHashes;
    }
    for (let i = 0; i < this.width; i++) {
      const codes = this.codes[i];
      if (!codes) continue;
      const grown = new (codes.constructor as Int32ArrayConstructor)(capacity);
      grown.set(codes);
      this.codes[i] = grown;
    }
    this.capacity = capacity;
  }

  /**
   * Appends the rows of a part read separately (the rows after these), its row numbers shifted by
   * `rowOffset` and its physical lines by `lineOffset`: dictionaries merged, codes renumbered.
   */
  append(part: RawColumns, rowOffset: number, lineOffset: number = rowOffset): void {
    const n = this.n;
    const total = n + part.rowCount;
    while (this.capacity < total) this.grow();
    for (let r = 0; r < part.rowCount; r++) this.rowNumbers[n + r] = part.rowNumbers[r]! + rowOffset;
    this.rowHashes.set(part.rowHashes.subarray(0, part.rowCount), n);
    if (this.cellHashColumn >= 0) this.cellHashes.set(part.cellHashes.subarray(0, part.rowCount), n);
    for (let i = 0; i < this.width; i++) {
      const from = part.columns[i]!;
      if (this.firstNonAscii[i]! < 0 && from.firstNonAscii >= 0) this.firstNonAscii[i] = n + from.firstNonAscii;
      const index = this.indexes[i];
      if (index && from.codes) {
        const renumber = Int32Array.from(from.values, (v) => index.add(v));
        let codes = this.codes[i]!;
        if (index.size > 256 && codes instanceof Uint8Array) codes = this.widen(i, Uint16Array);
        if (index.size > 65536 && !(codes instanceof Int32Array)) codes = this.widen(i, Int32Array);
        const fromCodes = from.codes;
        let same = true; // the part numbered its strings as these rows did: copy its codes as they are
        for (let k = 0; k < renumber.length && same; k++) same = renumber[k] === k;
        if (same) codes.set(fromCodes.subarray(0, part.rowCount), n);
        else for (let r = 0; r < part.rowCount; r++) codes[n + r] = renumber[fromCodes[r]!]!;
        if (index.size > this.plainAfter && index.size * 2 > total) this.toPlain(i, total);
        continue;
      }
      if (index) this.toPlain(i, n);
      const plain = this.plain[i]!;
      const fromCodes = from.codes;
      for (let r = 0; r < part.rowCount; r++) plain.push(from.values[fromCodes ? fromCodes[r]! : r]!);
    }
    for (const [r, cells] of part.malformed) this.malformed.set(n + r, cells);
    for (const [r, cells] of part.wide) this.wide.set(n + r, cells);
    for (const [r, note] of part.notes)
      this.notes.set(n + r, { ...note, line: note.line + lineOffset, lastLine: note.lastLine + lineOffset });
    this.rowLines += part.rowLines;
    this.multiLineRows += part.multiLineRows;
    this.blank += part.blankLines;
    this.n = total;
  }

  /** The raw columns of the rows added. */
  done(): RawColumns {
    const n = this.n;
    return {
      rowCount: n,
      rowNumbers: this.rowNumbers.subarray(0, n),
      columns: this.indexes.map((index, i) => ({
        values: index ? index.keys : this.plain[i]!,
        codes: index ? this.codes[i]!.subarray(0, n) : null,
        firstNonAscii: this.firstNonAscii[i]!,
      })),
      malformed: this.malformed,
      wide: this.wide,
      notes: this.notes,
      rowLines: this.rowLines,
      multiLineRows: this.multiLineRows,
      blankLines: this.blank,
      rowHashColumns: this.rowHashColumns,
      rowHashes: this.rowHashes.subarray(0, n),
      cellHashColumn: this.cellHashColumn,
      cellHashes: this.cellHashColumn >= 0 ? this.cellHashes.subarray(0, n) : new Int32Array(0),
    };
  }
}

/**
 * Parses CSV text with papaparse, one record at a time (see `scanCsv`: a row whose quote is left
 * open is cut and rejected, and the rows after it are still read), straight into raw columns (no
 * row is kept as an array). Records are numbered from 1 in the text; when `header` is true the
 * first record is the header and is skipped. A record whose cells are all empty (an empty line, or
 * `;;;` as Excel writes a cleared row) is a blank line.
 * @returns the raw columns, the number of records read (header and blank lines included), the
 * physical lines of the header, and what the scan read.
 * @example encodeCsvText(Papa, scanCsv, "id;A1\nr1;cpas", { delimiter: ";", newline: "\n", width: 2, firstLine: 1, maxCellLength: 32767, maxRowLines: 100, maxBrokenRows: 100 }, true).builder.done().rowNumbers // => [2]
 */
export function encodeCsvText(
  papa: CsvParser,
  scan: typeof scanCsv,
  text: string,
  options: CsvScanOptions,
  header: boolean,
  hashing: RowHashing = {},
): { builder: RawColumnsBuilder; records: number; headerLines: number; scan: CsvScanResult } {
  // `scan` is `scanCsv`, passed in: this function also runs on a worker thread, from its source text.
  const builder = new RawColumnsBuilder(options.width, hashing);
  let records = 0;
  let headerLines = 0;
  const result = scan(papa, text, options, (cells, line, lastLine, note) => {
    records++;
    if (header && records === 1) headerLines = lastLine - line + 1;
    else if (note === null && cells[0] === "" && cells.every((c) => c === "")) builder.blankLine();
    else builder.row(cells, records, note, line);
  });
  return { builder, records, headerLines, scan: result };
}

/**
 * Reads every data row of a source once into dictionary-encoded raw columns, and sets malformed rows
 * aside (fewer cells than the header, non-blank cells beyond it, or rejected by the reader), so that typing and validation
 * can then work column by column.
 * @example encodeRows(readCsv("id;A1\nr1;cpas\nr2;cpas", ";")).columns[1] // => { values: ["cpas"], codes: [0, 0] }
 */
export function encodeRows(source: RowSource, hashing: RowHashing = {}): RawColumns {
  const builder = new RawColumnsBuilder(source.header.length, hashing);
  source.each((cells, row, note, line) => builder.row(cells, row, note ?? null, line ?? row));
  const raw = builder.done();
  return { ...raw, blankLines: source.blankLines() };
}
